// A ward's own deployment (tests/support/ward-deployment.ts): one province (settings
// scope.provinces: Lai Châu), a configured address, and one of its wards with a verified contact.
// - Ward pages, province pages and old addresses of other provinces are absent, while the lookup
//   and the site search still name the current unit of any old address in the country and link it
//   to the national site.
// - The ward with a verified current contact offers it as a tap-to-call link and its print sheets
//   print it instead of the national hotline; a 2023 historical contact never does either. No real
//   ward has such a contact in content/ (none may be invented): the fixture's is obviously fictional.
// The print tests then print this build's sheets (in `npm test` the same build, see the module).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchOptions } from '../../scripts/lib/browser.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { findAll, readPage, textOf } from '../support/html';
import { buildWardDeployment, CONTACT_WARD, DEPLOYMENT_DIST, NATIONAL_SITE, OTHER_WARD as OTHER, removeWardDeployment } from '../support/ward-deployment';

const out = DEPLOYMENT_DIST;
const WARD = CONTACT_WARD.code;
const OTHER_WARD = OTHER.code;
let buildOutput = '';

beforeAll(async () => {
  buildOutput = await buildWardDeployment();
}, 600_000);
// Kept for the print tests when `npm test` runs them next (it removes the build at its end).
afterAll(() => {
  if (!process.env.VNEID_TEST_RUN) removeWardDeployment();
}, 120_000);

describe('a build scoped to one province (Lai Châu)', () => {
  it('has ward pages of that province only', () => {
    const codes = readdirSync(join(out, 'phuong-xa')).filter((n) => /^\d{5}$/.test(n));
    expect(codes.length).toBe(38);
    expect(existsSync(join(out, 'phuong-xa/27154/index.html'))).toBe(false); // Phường Bàn Cờ, TP.HCM
    expect(existsSync(join(out, 'phuong-xa/tinh/lai-chau/index.html'))).toBe(true);
    expect(existsSync(join(out, 'phuong-xa/tinh/ho-chi-minh/index.html'))).toBe(false);
    expect(existsSync(join(out, 'phuong-xa/cu/ho-chi-minh/quan-3/phuong-5/index.html'))).toBe(false);
    expect(buildOutput).toMatch(/Kích thước bản dựng: \d+ tệp/);
  });

  it('keeps the whole country in the lookup index, marking what is here in every shard', () => {
    const dir = join(out, 'phuong-xa/chi-muc');
    const shards = readdirSync(dir).map((name) => ({ name, index: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
    expect(shards.filter((s) => /^ma\d\d\.json$/.test(s.name)).flatMap((s) => s.index.u)).toHaveLength(3321);
    for (const { name, index } of shards) {
      expect(index.x, name).toEqual([index.p.findIndex((p: string) => p.endsWith('Lai Châu'))]);
      expect(index.x[0]).toBeGreaterThanOrEqual(0);
      expect(index.n, name).toBe(NATIONAL_SITE);
    }
  });

  it('the lookup names an old address elsewhere in the country and links it to the national site', async () => {
    const server = await startStaticServer({ root: out });
    const browser = await chromium.launch(launchOptions());
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}phuong-xa/`);
      await page.getByLabel('Gõ tên phường, xã cũ hoặc mới').fill('phuong 5 quan 3');
      const hit = page.locator('#ward-results li', { hasText: 'Phường 5 (Quận 3)' }).first();
      await hit.waitFor();
      await expect.poll(() => hit.getByRole('link', { name: 'Phường Bàn Cờ' }).getAttribute('href')).toBe(`${NATIONAL_SITE}phuong-xa/27154/`);
      // A unit of the province in scope stays on this site.
      await page.getByLabel('Gõ tên phường, xã cũ hoặc mới').fill('Lai Châu');
      // Poll: the previous query's results stay on screen until the new ones replace them.
      const local = page.locator('#ward-results li a').first();
      await expect.poll(() => local.getAttribute('href')).toMatch(/^\/phuong-xa\/\d{5}\/$/);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('the site search does the same: a place outside the scope links to the national site, one inside to a page that exists', async () => {
    const server = await startStaticServer({ root: out });
    const browser = await chromium.launch(launchOptions());
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('phuong ban co')}`);
      const outside = page.locator('.search-results a', { hasText: 'Phường Bàn Cờ' }).first();
      await outside.waitFor();
      expect(await outside.getAttribute('href')).toBe(`${NATIONAL_SITE}phuong-xa/27154/`);
      await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('phuong tan phong lai chau')}`);
      const inside = page.locator('.search-results a[href^="/phuong-xa/"]').first();
      await inside.waitFor();
      const href = (await inside.getAttribute('href'))!;
      expect(href).toMatch(/^\/phuong-xa\/\d{5}\/$/);
      // Follow it: the page exists in this build.
      expect((await page.goto(`${server.url}${href.slice(1)}`))?.status()).toBe(200);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('a ward with a verified contact', () => {
  const page = (path: string) => readPage(join(out, path));
  const printShard = () => JSON.parse(readFileSync(join(out, `in-an/phuong-xa-${WARD.slice(0, 2)}.json`), 'utf8'));

  it('shows it on the ward page as a call link with its source date, and drops the "no contact" line', () => {
    const doc = page(`phuong-xa/${WARD}/index.html`);
    const [body] = findAll(doc, 'body');
    const hrefs = findAll(doc, 'a').map((a) => a.attribs.href);
    expect(hrefs).toContain('tel:0900000000');
    expect(hrefs).not.toContain('tel:0912000000');
    expect(textOf(body!)).toContain('Điểm liên hệ kiểm thử (không có thật)');
    expect(textOf(body!)).toContain('Đối chiếu với nguồn ngày 01/11/2026');
    expect(findAll(doc, '*', 'no-verified-contact')).toEqual([]);
  });

  it('gives the print sheets its contact (they print it instead of the hotline box), never the historical one', () => {
    const shard = printShard();
    expect(shard.u[WARD].c).toMatchObject({ name: 'Điểm liên hệ kiểm thử (không có thật)', phone: '0900000000', display: '0900 000 000', address: 'Địa chỉ kiểm thử', hours: 'Giờ kiểm thử', verified: '01/11/2026' });
    expect(JSON.stringify(shard)).not.toContain('0912000000');
  });

  it('leaves every other ward on the national hotline', () => {
    expect(printShard().u[OTHER_WARD].c).toBeUndefined();
    const [body] = findAll(page('in-an/a4/index.html'), 'body');
    expect(textOf(body!)).toContain('1900 0368');
  });
});
