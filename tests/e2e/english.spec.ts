import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { searchOnEnglishPage, searchOnPage } from '../../scripts/lib/search-page.mjs';

// The English pages for foreign residents, as a foreigner uses them on a phone: English pages say
// lang="en" and name their Vietnamese twin (and the twin names them back), the header's language
// link leads to the twin, English questions find English pages first, the one English ward page
// fills in the ward from its address (and still says where to go without JavaScript).

test.use({ viewport: { width: 360, height: 780 } });

const PAIRS = [
  ['en/', ''],
  ['en/guides/foreigners-level-2/', 'huong-dan/nguoi-nuoc-ngoai/'],
  ['en/guides/forgot-passcode/', 'huong-dan/quen-mat-khau-passcode/'],
  ['en/faq/documents-to-bring/', 'hoi-dap/nguoi-nuoc-ngoai-can-giay-to-gi/'],
  ['en/download/', 'tai-ung-dung/'],
] as const;

test.describe('English and Vietnamese twins', () => {
  for (const [en, vi] of PAIRS) {
    test(`/${en} ↔ /${vi}: lang, hreflang both ways, the language link leads to the twin`, async ({ page, baseURL }) => {
      const abs = (path: string) => new URL(path, baseURL).href;
      await page.goto(en);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // The site's own base (a configured siteUrl in production) is what hreflang names; compare paths.
      const path = (href: string | null) => new URL(href ?? '', 'https://x.invalid').pathname;
      expect(path(await page.locator('link[rel="alternate"][hreflang="vi"]').getAttribute('href'))).toBe(new URL(abs(vi)).pathname);
      const toVi = page.locator('header .language-switch');
      await expect(toVi).toContainText('Tiếng Việt');
      await toVi.click();
      await expect(page).toHaveURL(abs(vi));
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      expect(path(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href'))).toBe(new URL(abs(en)).pathname);
      await page.locator('header .language-switch').click();
      await expect(page).toHaveURL(abs(en));
    });
  }

  test('a Vietnamese page without an English twin leads to the English home', async ({ page, baseURL }) => {
    await page.goto('hoi-dap/loi-he-thong-dang-bao-tri/');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
    await page.locator('header .language-switch').click();
    await expect(page).toHaveURL(new URL('en/', baseURL).href);
  });

  test('English guides speak English in their components: steps, warnings, store codes', async ({ page }) => {
    await page.goto('en/guides/download-the-app/');
    await expect(page.locator('.sbs-title .sr-only').first()).toHaveText('Step 1:');
    await expect(page.locator('.sbs-fold').first()).toHaveText('Hide');
    await expect(page.locator('.warning-text .sr-only').first()).toHaveText('Warning:');
    await expect(page.getByRole('img', { name: /QR code for VNeID/ }).first()).toBeVisible();
    await expect(page.locator('.source-list h2')).toHaveText('Sources');
    await expect(page.locator('body')).not.toContainText('Thu gọn');
  });
});

test.describe('English search', () => {
  const queries = parse(readFileSync('tests/search-queries-en.yaml', 'utf8')) as { q: string; expect: string }[];
  const must = ['how to register vneid foreigner', 'temporary residence card vneid', 'forgot passcode'];

  for (const q of must) {
    test(`"${q}" finds its English page first`, async ({ page, baseURL }) => {
      const want = queries.find((x) => x.q === q)!.expect;
      const urls = await searchOnEnglishPage(page, baseURL!, q);
      expect(new URL(urls[0]!).pathname).toBe(want);
    });
  }

  test('the English search box in the header searches the English pages', async ({ page }) => {
    await page.goto('en/');
    await page.locator('#tim-kiem-q').fill('lost my phone');
    await page.locator('#tim-kiem-q').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=lost\+my\+phone$/);
    await expect(page.locator('[data-results] li > a').first()).toHaveAttribute('href', /\/en\/faq\/lost-phone\/$/);
  });

  test('the Vietnamese search is unchanged by the English pages: it never returns one', async ({ page, baseURL }) => {
    const urls = await searchOnPage(page, baseURL!, 'quen mat khau');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(new URL(url).pathname).not.toMatch(/^\/en\//);
  });
});

test.describe('the English ward page', () => {
  test('fills in the ward from ?code=: its name, its province’s immigration office, and a link to its Vietnamese page', async ({ page, baseURL }) => {
    await page.goto('en/ward/?code=27664');
    await expect(page.locator('[data-en-ward-heading]')).toHaveText('Xã Cần Giờ, Thành phố Hồ Chí Minh');
    await expect(page.locator('[data-en-ward]')).toContainText('Phòng Quản lý xuất nhập cảnh, Công an Thành phố Hồ Chí Minh');
    await expect(page.getByRole('link', { name: /the ward's page in Vietnamese/ })).toHaveAttribute('href', new URL('phuong-xa/27664/', baseURL).pathname);
    // What to do comes before the ward block: the immigration office, not the ward, for level 2.
    const lead = await page.locator('.lead').boundingBox();
    expect(lead!.y).toBeLessThan(780);
  });

  test('says plainly when a code is unknown', async ({ page }) => {
    await page.goto('en/ward/?code=99999');
    await expect(page.locator('[data-en-ward-heading]')).toHaveText('Ward 99999 not found');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('still says where foreigners go and what to bring, within the first screen', async ({ page }) => {
      await page.goto('en/ward/?code=27664');
      const lead = page.locator('.lead');
      await expect(lead).toContainText('immigration office');
      expect((await lead.boundingBox())!.y).toBeLessThan(780);
      await expect(page.getByText('your passport, still valid;')).toBeVisible();
    });
  });

  test('the Vietnamese ward page names the English ward page as its twin', async ({ page, baseURL }) => {
    await page.goto('phuong-xa/27664/');
    const href = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href');
    expect(new URL(href!).pathname + new URL(href!).search).toBe(`${new URL('en/ward/', baseURL).pathname}?code=27664`);
    await page.locator('header .language-switch').click();
    await expect(page.locator('[data-en-ward-heading]')).toHaveText('Xã Cần Giờ, Thành phố Hồ Chí Minh');
  });
});
