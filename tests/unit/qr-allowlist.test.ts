import { describe, expect, it } from 'vitest';
import { checkQrTarget, UNCONFIGURED_NOTE, type QrAllowlist } from '../../src/lib/qr-allowlist';
import { reasonOf } from '../support/refusal';

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

describe('checkQrTarget refuses, each with its own reason', () => {
  // Each defence is asserted by its reason, so a layer that stops working is noticed even when a
  // later one would still refuse the address.
  it.each([
    ['lookalike subdomain', 'https://vneid.gov.vn.example.com/', 'Tên miền "vneid.gov.vn.example.com" không nằm trong danh sách chính thức (apps.apple.com, play.google.com, vneid.gov.vn, dichvucong.gov.vn, vneid-guide.example.vn). Không tạo mã QR.'],
    ['hyphenated lookalike', 'https://vneid-gov.vn/', 'Tên miền "vneid-gov.vn" không nằm trong danh sách chính thức'],
    ['credentials before the host', 'https://vneid.gov.vn@evil.tld/', 'dấu @ trước tên miền'],
    ['credentials with password', 'https://user:pass@vneid.gov.vn/', 'dấu @ trước tên miền'],
    ['a user name alone', 'https://user@vneid.gov.vn/', 'dấu @ trước tên miền'],
    ['a password alone', 'https://:pass@vneid.gov.vn/', 'dấu @ trước tên miền'],
    ['javascript: URL', 'javascript:alert(1)', 'Không tạo mã QR cho loại địa chỉ này'],
    ['JavaScript: URL, mixed case', 'JaVaScRiPt:alert(1)', 'Không tạo mã QR cho loại địa chỉ này'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>', 'Không tạo mã QR cho loại địa chỉ này'],
    ['vbscript: URL', 'vbscript:msgbox(1)', 'Không tạo mã QR cho loại địa chỉ này'],
    ['file: URL', 'file:///etc/passwd', 'Không tạo mã QR cho loại địa chỉ này'],
    ['blob: URL', 'blob:https://vneid.gov.vn/1', 'Không tạo mã QR cho loại địa chỉ này'],
    ['Cyrillic homoglyph', 'https://vnеid.gov.vn/', 'có ký tự không phải chữ Latin thường'],
    ['punycode homoglyph', 'https://xn--vnid-5qe.gov.vn/', 'Tên miền "xn--vnid-5qe.gov.vn" có ký tự không phải chữ Latin thường'],
    ['punycode in a later label', 'https://vneid.xn--vnid-5qe.vn/', 'có ký tự không phải chữ Latin thường'],
    ['plain http', 'http://vneid.gov.vn/', 'Chỉ dùng địa chỉ bắt đầu bằng https://'],
    ['another app on the App Store', 'https://apps.apple.com/vn/app/vneid-fake/id999', 'Chỉ được dùng đúng đường link ứng dụng VNeID chính thức'],
    ['another app on Google Play', 'https://play.google.com/store/apps/details?id=com.vnid.fake', 'Chỉ được dùng đúng đường link ứng dụng VNeID chính thức'],
    ['a port', 'https://vneid.gov.vn:8443/', 'số cổng'],
    ['this host outside the base path', 'https://vneid-guide.example.vn/other/', 'phải nằm trong https://vneid-guide.example.vn/vneid/'],
    ['a space', 'https://vneid.gov.vn /x', 'dấu cách hoặc ký tự lạ'],
    ['a tab', 'https://vneid.gov.vn/\tx', 'dấu cách hoặc ký tự lạ'],
    ['a backslash', 'https://evil.tld\\@vneid.gov.vn', 'dấu cách hoặc ký tự lạ'],
    ['not a URL', 'vneid.gov.vn', 'không phải địa chỉ trang web đầy đủ'],
    ['empty', '   ', 'Chưa nhập địa chỉ.'],
    ['subdomain of an official host', 'https://login.vneid.gov.vn/', 'Tên miền "login.vneid.gov.vn" không nằm trong danh sách chính thức'],
  ])('%s: %s', (_what, url, reason) => {
    expect(reasonOf(checkQrTarget(url, allowlist))).toContain(reason);
  });

  it('says why no code to this site can be made while siteUrl is the placeholder', () => {
    const result = checkQrTarget('https://evil.tld/', { ...allowlist, siteUrl: null });
    expect(result).toEqual({ ok: false, reason: `Tên miền "evil.tld" không nằm trong danh sách chính thức (apps.apple.com, play.google.com, vneid.gov.vn, dichvucong.gov.vn). Không tạo mã QR. ${UNCONFIGURED_NOTE}` });
  });

  it('matches the store listings exactly, ignoring only a trailing slash', () => {
    expect(checkQrTarget('https://apps.apple.com/vn/app/vneid/id1582750372/', allowlist)).toEqual({ ok: true, url: 'https://apps.apple.com/vn/app/vneid/id1582750372/' });
    expect(checkQrTarget('https://apps.apple.com/vn/app/vneid/id1582750372?x=1', allowlist).ok).toBe(false);
  });
});
