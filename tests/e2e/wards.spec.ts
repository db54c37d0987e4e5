import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll } from './helpers';

test('the build has one page per current unit, as many as the national data', async ({ request }) => {
  const index = await (await request.get('phuong-xa/chi-muc.json')).json();
  const pages = readdirSync('dist/phuong-xa').filter((name) => /^\d{5}$/.test(name));
  expect(index.u).toHaveLength(3321);
  expect(pages).toHaveLength(index.u.length);
});

test.describe('the lookup with JavaScript', () => {
  const cases: [string, string, string[]][] = [
    ['Thị trấn Cần Thạnh', 'Thị trấn Cần Thạnh (Huyện Cần Giờ)', ['Xã Cần Giờ']],
    ['thi tran can thanh', 'Thị trấn Cần Thạnh (Huyện Cần Giờ)', ['Xã Cần Giờ']],
    ['Xã Long Hòa Cần Giờ', 'Xã Long Hòa (Huyện Cần Giờ)', ['Xã Cần Giờ']],
    ['Phường 4, Quận 3', 'Phường 4 (Quận 3)', ['Phường Bàn Cờ', 'Phường Xuân Hòa']],
    ['phuong 4 quan 3', 'Phường 4 (Quận 3)', ['Phường Bàn Cờ', 'Phường Xuân Hòa']],
    ['Phường 1 Bình Thạnh', 'Phường 1 (Quận Bình Thạnh)', ['Phường Gia Định']],
    ['phuong 25 binh thanh', 'Phường 25 (Quận Bình Thạnh)', ['Phường Thạnh Mỹ Tây']],
    ['xa an thoi dong', 'Xã An Thới Đông (Huyện Cần Giờ)', ['Xã Bình Khánh', 'Xã An Thới Đông']],
  ];
  for (const [query, former, targets] of cases) {
    test(`"${query}" finds ${targets.join(' + ')}`, async ({ page }) => {
      await page.goto('phuong-xa/');
      const input = page.getByLabel('Gõ tên phường, xã cũ hoặc mới');
      await input.fill(query);
      // The former unit's result (a current unit of the same name may rank above it).
      const first = page.locator('#ward-results li', { hasText: former }).first();
      await expect(first).toBeVisible();
      for (const target of targets) await expect(first.getByRole('link', { name: target, exact: true })).toBeVisible();
      await expect(page.getByRole('status')).toContainText('Tìm thấy');
    });
  }

  test('a current name leads to its page', async ({ page }) => {
    await page.goto('phuong-xa/');
    await page.getByLabel('Gõ tên phường, xã cũ hoặc mới').fill('xa can gio');
    await page.locator('#ward-results li').first().getByRole('link', { name: 'Xã Cần Giờ' }).click();
    await expect(page).toHaveURL(/\/phuong-xa\/27664\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xã Cần Giờ');
  });

  test('the index is fetched only when someone starts to search', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('phuong-xa/');
    expect(fetched.some((u) => u.endsWith('chi-muc.json'))).toBe(false);
    await page.getByLabel('Gõ tên phường, xã cũ hoặc mới').fill('ben thanh');
    await expect(page.locator('#ward-results li').first()).toBeVisible();
    expect(fetched.some((u) => u.endsWith('chi-muc.json'))).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('old names are found through the province page', async ({ page }) => {
    await page.goto('phuong-xa/');
    await expect(page.getByLabel('Gõ tên phường, xã cũ hoặc mới')).toBeHidden();
    await page.locator('.provinces').getByRole('link', { name: 'Thành phố Hồ Chí Minh' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thành phố Hồ Chí Minh');
    const canGio = page.locator('li', { hasText: 'Thị trấn Cần Thạnh (Huyện Cần Giờ)' });
    await expect(canGio.getByRole('link')).toHaveText('Xã Cần Giờ');
    await expect(page.locator('li', { hasText: 'một phần Phường 4 (Quận 3)' }).getByRole('link')).toHaveText(['Phường Bàn Cờ', 'Phường Xuân Hòa'].sort());
    await expect(page.locator('li', { hasText: 'Phường 7 (Quận Bình Thạnh)' }).getByRole('link')).toHaveText('Phường Gia Định');
  });

  test('a unit without verified contacts says so, gives the hotline and links every poster', async ({ page }) => {
    await page.goto('phuong-xa/27664/');
    await expect(page.getByTestId('no-verified-contact')).toContainText('chưa có thông tin liên hệ đã xác minh');
    await expect(page.getByTestId('no-verified-contact').locator('a[href="tel:19000368"]')).toBeVisible();
    await expect(page.getByText('Thị trấn Cần Thạnh (Huyện Cần Giờ)')).toBeVisible();
    await expect(page.getByText('Nghị quyết số 1685/NQ-UBTVQH15', { exact: false })).toBeVisible();
    for (const format of ['a4', 'a3', 'a5', 'nhan-dan', 'thong-bao-a4', 'thong-bao-a5']) await expect(page.locator(`a[href$="/in-an/${format}/?ma=27664"]`)).toHaveCount(1);
  });

  test('2023 district contacts appear only as history, without a call link', async ({ page }) => {
    await page.goto('phuong-xa/27664/');
    const history = page.locator('details.historical');
    await history.locator('summary').click();
    await expect(history).toContainText('0983 131 185');
    await expect(history).toContainText('không phải liên hệ hiện tại');
    await expect(page.locator('a[href="tel:0983131185"]')).toHaveCount(0);
  });

  test('a split former unit lists both current units', async ({ page }) => {
    await page.goto('phuong-xa/cu/ho-chi-minh/quan-3/phuong-4/');
    await expect(page.locator('body')).toContainText('nay được chia vào');
    await expect(page.getByRole('link')).toHaveText(['Phường Bàn Cờ, Thành phố Hồ Chí Minh', 'Phường Xuân Hòa, Thành phố Hồ Chí Minh'].sort());
  });
});

test('a former unit address redirects to its current unit (host redirect)', async ({ page, request }) => {
  const response = await request.get('phuong-xa/cu/ho-chi-minh/huyen-can-gio/xa-long-hoa/', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toMatch(/\/phuong-xa\/27664\/$/);
  await page.goto('phuong-xa/cu/ho-chi-minh/quan-binh-thanh/phuong-7/');
  await expect(page).toHaveURL(/\/phuong-xa\/26944\/$/);
});

test('the HTML redirect page alone (hosts without _redirects) takes the browser to the current unit', async ({ page, baseURL }) => {
  const path = 'phuong-xa/cu/ho-chi-minh/huyen-can-gio/xa-long-hoa/';
  const html = readFileSync(`dist/${path}index.html`, 'utf8');
  expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/phuong-xa\/27664\/"/);
  // Serve the file as a host without redirect rules would, and let Chromium follow the meta refresh.
  await page.route(`${baseURL}${path}`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(path);
  await expect(page).toHaveURL(`${baseURL}phuong-xa/27664/`);
});

test('ward pages fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['phuong-xa/', 'phuong-xa/27664/', 'phuong-xa/tinh/ho-chi-minh/', 'phuong-xa/cu/ho-chi-minh/quan-3/phuong-4/']) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
});
