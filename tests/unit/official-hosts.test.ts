// Which outside addresses a page or a ward file may link to: official hosts (and their subdomains,
// never a name that merely ends the same way) and map pages of two services, nothing that hides
// where it leads.
import { describe, expect, it } from 'vitest';
import { checkMapUrl, isAllowedOutboundUrl, isMapUrl, isOfficialHost, mapSearchUrl } from '../../src/lib/official-hosts';
import { reasonOf } from '../support/refusal';

const LINK_HOSTS = ['apps.apple.com'];

describe('isOfficialHost', () => {
  it.each(['vneid.gov.vn', 'VNEID.GOV.VN', 'congan.daklak.gov.vn.', 'chinhphu.vn', 'vanban.chinhphu.vn', 'quochoi.vn', 'vbpl.vn', 'apps.apple.com'])('%s is official', (host) => {
    expect(isOfficialHost(host, LINK_HOSTS)).toBe(true);
  });
  it.each(['vneid-gov.vn', 'gov.vn.evil.example', 'notchinhphu.vn', 'evilvbpl.vn', 'chinhphu.vn.evil.example', 'play.google.com', 'gov.vn'])('%s is not', (host) => {
    expect(isOfficialHost(host, LINK_HOSTS)).toBe(false);
  });
});

describe('map links', () => {
  it.each([
    'https://www.google.com/maps/place/C%C3%B4ng+an/@10.77,106.69,17z',
    'https://www.google.com/maps',
    'https://maps.google.com/maps?q=10.77,106.69',
    'https://www.openstreetmap.org/#map=18/10.77/106.69',
  ])('accepts %s', (url) => {
    expect(isMapUrl(new URL(url))).toBe(true);
    expect(checkMapUrl(`  ${url}  `)).toEqual({ ok: true, url: new URL(url).href });
  });
  it.each([
    ['http://www.google.com/maps/place/x', 'không phải địa chỉ https đầy đủ'],
    ['https://www.google.com/mapsx/evil', 'không dẫn tới Google Maps hay OpenStreetMap (máy chủ www.google.com)'],
    ['https://www.google.com/search?q=maps', 'không dẫn tới Google Maps'],
    ['https://www.google.com@evil.example/maps', 'không dẫn tới Google Maps'],
    ['https://user@www.openstreetmap.org/', 'không dẫn tới Google Maps'],
    ['https://www.openstreetmap.org:8443/', 'không dẫn tới Google Maps'],
    ['https://maps.app.goo.gl/abc', '(máy chủ maps.app.goo.gl)'],
    ['https://www.google.com/maps/ place', 'không phải địa chỉ https đầy đủ'],
    ['https://www.google.com\\@evil.example/maps', 'không phải địa chỉ https đầy đủ'],
    ['www.google.com/maps', 'không phải địa chỉ https đầy đủ'],
  ])('refuses %s', (url, reason) => {
    const said = reasonOf(checkMapUrl(url));
    expect(said).toContain(reason);
    expect(said).toContain('Sửa: mở bản đồ trên máy tính');
  });
  it('isMapUrl refuses plain http, a password and a port on its own', () => {
    expect(isMapUrl(new URL('http://www.openstreetmap.org/'))).toBe(false);
    expect(isMapUrl(new URL('https://:pw@www.openstreetmap.org/'))).toBe(false);
    expect(isMapUrl(new URL('https://www.google.com:444/maps'))).toBe(false);
  });
});

describe('isAllowedOutboundUrl', () => {
  it('allows https to an official host or a map, nothing else', () => {
    expect(isAllowedOutboundUrl(new URL('https://vneid.gov.vn/'), LINK_HOSTS)).toBe(true);
    expect(isAllowedOutboundUrl(new URL('https://www.openstreetmap.org/'), LINK_HOSTS)).toBe(true);
    expect(isAllowedOutboundUrl(new URL('http://vneid.gov.vn/'), LINK_HOSTS)).toBe(false);
    expect(isAllowedOutboundUrl(new URL('https://evil.example/'), LINK_HOSTS)).toBe(false);
  });
});

it('mapSearchUrl searches Google Maps for the place name, encoded', () => {
  expect(mapSearchUrl('Công an phường Bàn Cờ, TP HCM')).toBe('https://www.google.com/maps/search/?api=1&query=C%C3%B4ng%20an%20ph%C6%B0%E1%BB%9Dng%20B%C3%A0n%20C%E1%BB%9D%2C%20TP%20HCM');
  expect(isMapUrl(new URL(mapSearchUrl('x')))).toBe(true);
});
