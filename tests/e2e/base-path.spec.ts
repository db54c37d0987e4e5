import { expect, test } from '@playwright/test';
import { MAIN_PAGES, collectForeignRequests, walkBudget } from './helpers';

// The same content built with base "/vneid-guide/" for one province (Hồ Chí Minh City), as a ward's
// own deployment on a host that serves several sites from one domain: every link, asset and the
// search index must stay inside the sub-path.
test('every internal link and asset stays under the sub-path and resolves', async ({ page, baseURL, request }) => {
  // The main pages and the guides they link to, each loaded in this tab (about 40 pages).
  test.setTimeout(walkBudget(MAIN_PAGES.length + 30));
  const base = new URL(baseURL!);
  const foreign = collectForeignRequests(page, base.origin);
  const outsideBase: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === base.origin && !url.pathname.startsWith(base.pathname)) outsideBase.push(url.pathname);
  });
  const failed: string[] = [];
  page.on('response', (res) => {
    if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  });

  // Visit the main pages and every page they link to (guides, print views…), collecting links.
  const hrefs = new Set<string>();
  const collect = async () => {
    for (const href of await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(href);
      if (url.origin === base.origin) hrefs.add(url.pathname);
    }
  };
  for (const path of MAIN_PAGES) {
    await page.goto(path);
    await collect();
  }
  for (const path of [...hrefs].filter((p) => p.startsWith(`${base.pathname}huong-dan/`))) {
    await page.goto(new URL(path, base).href);
    await collect();
  }
  expect(hrefs.size).toBeGreaterThan(5);
  for (const path of hrefs) {
    expect(path.startsWith(base.pathname), `${path} nằm ngoài ${base.pathname}`).toBe(true);
    const response = await request.get(new URL(path, base).href);
    expect(response.status(), path).toBe(200);
  }
  expect(foreign).toEqual([]);
  expect(outsideBase).toEqual([]);
  expect(failed).toEqual([]);
});

test('the home page links to the guide and the footer to the sources, under the sub-path', async ({ page, baseURL }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Hướng dẫn' }).click();
  await expect(page).toHaveURL(`${baseURL}huong-dan/`);
  await page.getByRole('link', { name: /Kích hoạt tài khoản trên máy tính/ }).click();
  await expect(page).toHaveURL(`${baseURL}huong-dan/kich-hoat-tren-may-tinh/`);
  await page.getByRole('link', { name: 'Nguồn thông tin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nguồn thông tin');
});

test('canonical, robots.txt and the search index use the sub-path', async ({ page, request, baseURL }) => {
  await page.goto('huong-dan/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/vneid-guide\/huong-dan\/$/);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https:\/\/\S+\/vneid-guide\/sitemap-index\.xml/);
  const index = await request.get(`${baseURL}tim-kiem/chi-muc.json`);
  expect(index.status()).toBe(200);
  // Result addresses are relative to the base, which the page puts in front.
  expect(((await index.json()) as { docs: [string][] }).docs.every(([path]) => !path.startsWith('/'))).toBe(true);
});

test('a missing page under the sub-path gets the 404 page with working links', async ({ page, baseURL }) => {
  const response = await page.goto('khong-co/');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page).toHaveURL(baseURL!);
});

test('search runs under the sub-path and links results inside it', async ({ page, baseURL }) => {
  const { searchOnPage } = await import('../../scripts/lib/search-page.mjs');
  const urls = await searchOnPage(page, baseURL!, 'quen mat khau');
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(new URL(url).pathname.startsWith('/vneid-guide/')).toBe(true);
  expect(new URL(urls[0]!).pathname).toBe('/vneid-guide/hoi-dap/quen-mat-khau/');
  // A place name reads the ward index under the sub-path too.
  const ward = await searchOnPage(page, baseURL!, 'phuong 5 quan 3');
  expect(new URL(ward[0]!).pathname).toBe('/vneid-guide/phuong-xa/27154/');
});
