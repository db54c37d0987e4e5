// A code to this site is printed only once siteUrl is a real address: while it is the placeholder
// (or a test or local one) every printed code would be dead, so sheets print a box saying so instead.
import { describe, expect, it } from 'vitest';
import { isOwnSiteUrl, siteConfigured, UNCONFIGURED_BOX } from '../../src/lib/qr-site';

describe('siteConfigured', () => {
  it.each([
    'https://vneid.phuong-ban-co.gov.vn',
    'https://vneid.phuong-ban-co.gov.vn/',
    'https://x.gov.vn/vneid/',
    'https://examples.vn/',
  ])('says codes to %s can be printed', (site) => expect(siteConfigured(site)).toBe(true));

  it('reads the site as Astro gives it, a URL', () => {
    expect(siteConfigured(new URL('https://vneid.phuong-ban-co.gov.vn/'))).toBe(true);
    expect(siteConfigured(new URL('https://vneid-guide.example.vn/'))).toBe(false);
  });

  it.each([
    'https://vneid-guide.example.vn',
    'https://vneid-guide.example.vn/vneid-guide/',
    'http://localhost:4321/',
    'http://127.0.0.1:4321',
    'http://192.168.1.20:8080/',
    'https://ban-co.test/',
    'http://[::1]:4321/',
  ])('says codes to %s would be dead', (site) => expect(siteConfigured(site)).toBe(false));

  it('says no site at all is not configured', () => {
    expect(siteConfigured(undefined)).toBe(false);
    expect(siteConfigured('')).toBe(false);
    // Not an address: no scheme, or a scheme no phone opens as a page.
    expect(siteConfigured('vneid.phuong-ban-co.gov.vn')).toBe(false);
    expect(siteConfigured('ftp://vneid.phuong-ban-co.gov.vn/')).toBe(false);
    expect(siteConfigured('')).toBe(false);
  });
});

describe('isOwnSiteUrl', () => {
  const site = 'https://vneid.phuong-ban-co.gov.vn/';

  it('recognises any page of the site, whatever its path, query or spelling of the host', () => {
    expect(isOwnSiteUrl('https://vneid.phuong-ban-co.gov.vn/phuong-xa/27664/', site)).toBe(true);
    expect(isOwnSiteUrl('https://vneid.phuong-ban-co.gov.vn', new URL(site))).toBe(true);
    expect(isOwnSiteUrl('https://VNEID.Phuong-Ban-Co.gov.vn:443/?q=1', site)).toBe(true);
  });

  it('compares origins only, so a site under a sub-path owns the other paths of its host too', () => {
    expect(isOwnSiteUrl('https://x.gov.vn/khac/', 'https://x.gov.vn/vneid/')).toBe(true);
  });

  it('tells apart another host, another scheme and another port', () => {
    expect(isOwnSiteUrl('https://vneid.gov.vn/', site)).toBe(false);
    expect(isOwnSiteUrl('https://phuong-ban-co.gov.vn/', site)).toBe(false);
    expect(isOwnSiteUrl('http://vneid.phuong-ban-co.gov.vn/', site)).toBe(false);
    expect(isOwnSiteUrl('https://vneid.phuong-ban-co.gov.vn:8443/', site)).toBe(false);
  });

  it('says no for an address that is not a full web address, or a site that is not one', () => {
    expect(isOwnSiteUrl('/phuong-xa/27664/', site)).toBe(false);
    expect(isOwnSiteUrl('vneid.phuong-ban-co.gov.vn/phuong-xa/', site)).toBe(false);
    expect(isOwnSiteUrl('https://vneid.phuong-ban-co.gov.vn/', 'vneid.phuong-ban-co.gov.vn')).toBe(false);
  });
});

describe('UNCONFIGURED_BOX', () => {
  it('says in plain Vietnamese what is missing and what will appear, naming no file for residents to read', () => {
    expect(UNCONFIGURED_BOX).toEqual({
      title: 'Chưa cấu hình địa chỉ trang (siteUrl)',
      fix: 'Mã QR tới trang này sẽ in ở đây khi đơn vị vận hành ghi địa chỉ thật của trang.',
    });
    expect(Object.values(UNCONFIGURED_BOX).join(' ')).not.toMatch(/content\/|\.yaml/);
  });
});
