import { describe, expect, it } from 'vitest';
import { checkQrTarget, type QrAllowlist } from '../../src/lib/qr-allowlist';

const allowlist: QrAllowlist = {
  exactUrls: ['https://apps.apple.com/vn/app/vneid/id1582750372', 'https://play.google.com/store/apps/details?id=com.vnid'],
  officialHosts: ['vneid.gov.vn', 'dichvucong.gov.vn'],
  siteUrl: 'https://vneid-guide.example.vn/vneid/',
};

describe('checkQrTarget accepts', () => {
  it.each([
    'https://apps.apple.com/vn/app/vneid/id1582750372',
    'https://play.google.com/store/apps/details?id=com.vnid',
    'https://vneid.gov.vn',
    'https://vneid.gov.vn/',
    'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
    'https://vneid-guide.example.vn/vneid/tai-ung-dung/',
    '  https://vneid-guide.example.vn/vneid/phuong-xa/79/27664/  ',
  ])('%s', (url) => {
    expect(checkQrTarget(url, allowlist).ok).toBe(true);
  });
});

describe('checkQrTarget refuses', () => {
  it.each([
    ['lookalike subdomain', 'https://vneid.gov.vn.example.com/'],
    ['hyphenated lookalike', 'https://vneid-gov.vn/'],
    ['credentials before the host', 'https://vneid.gov.vn@evil.tld/'],
    ['credentials with password', 'https://user:pass@vneid.gov.vn/'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['JavaScript: URL, mixed case', 'JaVaScRiPt:alert(1)'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['Cyrillic homoglyph', 'https://vnеid.gov.vn/'],
    ['punycode homoglyph', 'https://xn--vnid-5qe.gov.vn/'],
    ['plain http', 'http://vneid.gov.vn/'],
    ['another app on the App Store', 'https://apps.apple.com/vn/app/vneid-fake/id999'],
    ['another app on Google Play', 'https://play.google.com/store/apps/details?id=com.vnid.fake'],
    ['a port', 'https://vneid.gov.vn:8443/'],
    ['this host outside the base path', 'https://vneid-guide.example.vn/other/'],
    ['a space', 'https://vneid.gov.vn /x'],
    ['a backslash', 'https://evil.tld\\@vneid.gov.vn'],
    ['not a URL', 'vneid.gov.vn'],
    ['empty', ''],
    ['subdomain of an official host', 'https://login.vneid.gov.vn/'],
  ])('%s: %s', (_what, url) => {
    const result = checkQrTarget(url, allowlist);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
  });
});
