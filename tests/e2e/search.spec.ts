import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { searchOnPage } from '../../scripts/lib/search-page.mjs';
import { collectForeignRequests } from './helpers';

const top3 = async (page: import('@playwright/test').Page, baseURL: string, query: string) =>
  (await searchOnPage(page, baseURL, query)).slice(0, 3).map((u) => new URL(u).pathname);

const cases: [string, string][] = [
  // without diacritics, with đ words
  ['dang ky muc 2 o dau', '/hoi-dap/dang-ky-muc-2-o-dau/'],
  ['dinh danh dien tu la gi', '/huong-dan/tai-khoan-dinh-danh-dien-tu-la-gi/'],
  ['doi so dien thoai', '/hoi-dap/doi-so-dien-thoai/'],
  ['DANG NHAP DICH VU CONG', '/huong-dan/dang-nhap-dich-vu-cong/'],
  // with diacritics
  ['quên mật khẩu', '/hoi-dap/quen-mat-khau/'],
  ['Đăng nhập dịch vụ công', '/huong-dan/dang-nhap-dich-vu-cong/'],
  // abbreviations and everyday words
  ['quen mk', '/hoi-dap/quen-mat-khau/'],
  ['doi sdt', '/hoi-dap/doi-so-dien-thoai/'],
  ['chua co cccd', '/hoi-dap/chua-co-the-can-cuoc-gan-chip/'],
  ['tai app vneid', '/huong-dan/tai-ung-dung-vneid/'],
  ['ch play', '/huong-dan/tai-ung-dung-vneid/'],
  // ward pages by an old name
  ['thi tran can thanh', '/phuong-xa/27664/'],
];

for (const [query, expected] of cases) {
  test(`"${query}" has ${expected} in the top three`, async ({ page, baseURL }) => {
    expect(await top3(page, baseURL!, query)).toContain(expected);
  });
}

test('the same pages come back with and without diacritics', async ({ page, baseURL }) => {
  const withMarks = await top3(page, baseURL!, 'điện thoại mới');
  const without = await top3(page, baseURL!, 'dien thoai moi');
  expect(without[0]).toBe(withMarks[0]);
});

test('results show their type, title and an excerpt in Vietnamese, and no request leaves the site', async ({ page, baseURL }) => {
  const foreign = collectForeignRequests(page, new URL(baseURL!).origin);
  await searchOnPage(page, baseURL!, 'kich hoat');
  const first = page.locator('[data-results] li').first();
  await expect(first.locator('.result-type')).toHaveText(/Hướng dẫn|Hỏi đáp|Phường\/xã/);
  await expect(first.locator('a')).not.toBeEmpty();
  await expect(first.locator('p mark').first()).toBeVisible();
  // The excerpt shows the page's own words with diacritics, not a folded copy.
  expect(await first.locator('p').textContent()).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
  const types = await page.locator('.result-type').allTextContents();
  expect(new Set(types).size).toBeGreaterThanOrEqual(1);
  expect(foreign).toEqual([]);
});

test('the header search box works from any page with the keyboard', async ({ page }) => {
  await page.goto('huong-dan/');
  await page.getByRole('searchbox', { name: 'Tìm trong hướng dẫn, hỏi đáp, phường/xã' }).fill('passcode');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=passcode$/);
  await expect(page.getByRole('status')).toContainText('Tìm thấy');
  await expect(page.getByText('Cần bật JavaScript để tìm kiếm')).toBeHidden();
  await page.locator('[data-results] li a').first().focus();
  await expect(page.locator('[data-results] li a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hoi-dap\/(passcode-la-gi|quen-passcode)\/$/);
});

test('no result suggests topics, the hotline and the ward page', async ({ page, baseURL }) => {
  await searchOnPage(page, baseURL!, 'qqzzxxwwkk');
  await expect(page.getByRole('status')).toContainText('Không tìm thấy');
  const empty = page.locator('[data-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.locator('a[href="tel:19000368"]')).toBeVisible();
  await expect(empty.getByRole('link', { name: 'Liên hệ phường/xã của bạn' })).toBeVisible();
  await expect(empty.locator('a[href*="/huong-dan/"]').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains and offers topics instead', async ({ page }) => {
    await page.goto('tim-kiem/?q=dang+ky');
    await expect(page.getByText('Cần bật JavaScript để tìm kiếm')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tất cả hướng dẫn' })).toBeVisible();
  });
});

test('the benchmark query set is large and mostly typed without diacritics', () => {
  const queries = parse(readFileSync('tests/search-queries.yaml', 'utf8')) as { q: string; expect: string }[];
  expect(queries.length).toBeGreaterThanOrEqual(40);
  const plain = queries.filter((x) => !/[^\x00-\x7f]/.test(x.q));
  expect(plain.length / queries.length).toBeGreaterThan(0.5);
});
