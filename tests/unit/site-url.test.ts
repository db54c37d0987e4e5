// The public address every QR code to this site is built from: a placeholder, a private host or a
// path that disagrees with basePath must never print a code, and each refusal says how to fix it.
import { describe, expect, it } from 'vitest';
import { checkSiteUrl, isPlaceholderHost } from '../../src/lib/site-url';
import { reasonOf } from '../support/refusal';

describe('isPlaceholderHost', () => {
  it.each([
    'vneid-guide.example.vn', 'example.com', 'EXAMPLE.org', 'www.example', 'foo.test', 'x.test.', 'x.invalid', 'localhost', 'localhost.', 'printer.local', 'printer.local.', 'svc.internal',
    '::1', '[::1]', '[2001:db8::1]', '127.0.0.1', '127.100.200.1', '10.1.2.3', '10.20.30.40', '192.168.1.20', '192.168.100.200', '172.16.0.1', '172.20.5.5', '172.20.100.200', '172.31.255.255', 'intranet',
  ])('%s never serves a real site', (host) => expect(isPlaceholderHost(host)).toBe(true));

  it.each([
    'vneid.phuong-ban-co.gov.vn', 'examples.vn', 'myexample.vn', 'testing.vn', 'localhosting.vn', 'internal-affairs.vn',
    '172.15.0.1', '172.32.0.1', '11.0.0.1', '8.8.8.8', '192.169.1.1', '192.168.1.1.sslip.vn', '10.0.0.1.sslip.vn', '127.0.0.1.nip.vn', '172.16.0.1.sslip.vn', 'a127.0.0.1.vn', '::1.example-host.vn',
  ])('%s may be a real site', (host) => expect(isPlaceholderHost(host)).toBe(false));
});

describe('checkSiteUrl', () => {
  const refused = (siteUrl: unknown, basePath: unknown, phrase: string) => {
    const said = reasonOf(checkSiteUrl(siteUrl, basePath, 'tệp.yaml'));
    expect(said).toContain(phrase);
    expect(said.startsWith('tệp.yaml: ')).toBe(true);
    expect(said).toContain('Sửa: ');
  };

  it('accepts a real https address and says it is configured', () => {
    expect(checkSiteUrl(' https://vneid.phuong-ban-co.gov.vn ', '/')).toEqual({ ok: true, origin: 'https://vneid.phuong-ban-co.gov.vn', base: '/', configured: true });
  });
  it('keeps a sub-path given in basePath, and accepts the same path written in siteUrl too', () => {
    expect(checkSiteUrl('https://x.gov.vn', 'vneid')).toMatchObject({ ok: true, base: '/vneid/' });
    expect(checkSiteUrl('https://x.gov.vn/vneid/', '/vneid/')).toMatchObject({ ok: true, origin: 'https://x.gov.vn', base: '/vneid/' });
  });
  it('accepts the placeholder and a local http address, with a warning naming it', () => {
    const sample = checkSiteUrl('https://vneid-guide.example.vn');
    expect(sample).toMatchObject({ ok: true, configured: false });
    if (sample.ok) expect(sample.warning).toContain('(https://vneid-guide.example.vn) là địa chỉ mẫu');
    expect(checkSiteUrl('http://localhost:4321')).toMatchObject({ ok: true, origin: 'http://localhost:4321', configured: false });
  });
  it('refuses a missing or empty address', () => {
    refused(undefined, '/', 'thiếu trường "siteUrl"');
    refused('   ', '/', 'thiếu trường "siteUrl"');
    refused(42, '/', 'thiếu trường "siteUrl"');
    refused('', '/', 'Sửa: ghi địa chỉ đầy đủ nơi trang được đăng, ví dụ siteUrl: https://vneid.phuong-ban-co.gov.vn.');
  });
  it('refuses what is not a web address', () => {
    refused('https://vneid phuong.vn', '/', '("https://vneid phuong.vn") không phải địa chỉ web hợp lệ');
    refused('vneid.gov.vn', '/', 'không phải địa chỉ web hợp lệ');
    // A space in the path would be encoded silently by the URL parser, and print a code nobody typed.
    refused('https://x.gov.vn/a b/', '/', 'Sửa: ví dụ siteUrl: https://vneid.phuong-ban-co.gov.vn.');
  });
  it('refuses anything but https on a real host', () => {
    refused('http://vneid.gov.vn', '/', 'phải bắt đầu bằng https:// (đang là http://)');
    refused('ftp://localhost', '/', 'phải bắt đầu bằng https:// (đang là ftp://)');
  });
  it('refuses a query, a fragment or a user name', () => {
    for (const url of ['https://x.gov.vn/?a=1', 'https://x.gov.vn/#top', 'https://user@x.gov.vn', 'https://u:p@x.gov.vn']) refused(url, '/', 'không có "?", "#" hay tên đăng nhập');
  });
  it('refuses a basePath with other characters', () => {
    refused('https://x.gov.vn', '/vneid tool/', 'trường "basePath" ("/vneid tool/")');
    refused('https://x.gov.vn', '/hướng-dẫn/', 'chỉ gồm chữ không dấu');
    refused('https://x.gov.vn', 5, 'trường "basePath" ("5")');
  });
  it('refuses a path in siteUrl that disagrees with basePath, and says what to write', () => {
    refused('https://x.gov.vn/vneid/', '/', 'có đường dẫn /vneid/ nhưng "basePath" là /, nên mã QR sẽ trỏ sai chỗ. Sửa: ghi siteUrl: https://x.gov.vn và basePath: /vneid/');
  });
  it('names content/settings/site.yaml by default', () => {
    const result = checkSiteUrl('');
    expect(!result.ok && result.reason.startsWith('content/settings/site.yaml: ')).toBe(true);
  });
});
