import { expect, test, type Page } from '@playwright/test';
import { searchOnPage } from '../../scripts/lib/search-page.mjs';
import { collectForeignRequests, walkBudget } from './helpers';

// Search as residents and staff type it, in the real page: long questions with everyday words,
// error messages copied from the screen, place names old and new, print tasks. The whole query set
// (tests/search-queries.yaml) is measured by `npm run bench:search`; these cases must never regress.

const top3Shown = (page: Page) => page.locator('[data-results] li > a').evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
const top3 = async (page: Page, baseURL: string, query: string) => (await searchOnPage(page, baseURL, query)).slice(0, 3).map((u) => new URL(u).pathname);

const cases: [kind: string, query: string, expected: string][] = [
  // Long questions without diacritics, with vneid, cho, bị, làm sao, phải…
  ['question', 'quen mat khau dang nhap vneid phai lam sao', '/hoi-dap/quen-mat-khau/'],
  ['question', 'doi so dien thoai vneid', '/hoi-dap/doi-so-dien-thoai/'],
  ['question', 'dang ky cho con duoi 14 tuoi', '/hoi-dap/tre-em-duoi-14-tuoi/'],
  ['question', 'tai khoan vneid bi khoa thi lam sao', '/hoi-dap/tai-khoan-bi-khoa/'],
  ['question', 'di lam muc 2 can mang theo giay to gi', '/hoi-dap/mang-gi-khi-dang-ky-muc-2/'],
  ['question', 'ba toi gia yeu nam mot cho thi lam dinh danh sao', '/hoi-dap/nguoi-gia-benh-khong-di-lai-duoc/'],
  ['question', 'mat dien thoai co cai vneid phai lam gi', '/hoi-dap/mat-dien-thoai/'],
  ['question', 'thay doi mat khau vneid', '/hoi-dap/doi-mat-khau/'],
  // Diacritics, capitals, abbreviations
  ['typing', 'Quên mật khẩu', '/hoi-dap/quen-mat-khau/'],
  ['typing', 'DANG NHAP DICH VU CONG', '/huong-dan/dang-nhap-dich-vu-cong/'],
  ['typing', 'quen mk', '/hoi-dap/quen-mat-khau/'],
  ['typing', 'doi sdt', '/hoi-dap/doi-so-dien-thoai/'],
  ['typing', 'chua co cccd', '/hoi-dap/chua-co-the-can-cuoc-gan-chip/'],
  // Error messages
  ['error', 'vneid bao loi khuon mat', '/hoi-dap/xac-thuc-khuon-mat-khong-duoc/'],
  ['error', 'Hệ thống đang bảo trì. Vui lòng thử lại sau', '/hoi-dap/loi-he-thong-dang-bao-tri/'],
  ['error', 'thue bao khong khop voi thue bao nha mang la sao', '/hoi-dap/loi-thue-bao-khong-khop/'],
  ['error', 'Tài khoản của bạn đã thực hiện kích hoạt', '/hoi-dap/tai-khoan-da-thuc-hien-kich-hoat/'],
  // Places, former and current names
  ['place', 'thi tran can thanh', '/phuong-xa/27664/'],
  ['place', 'ban co', '/phuong-xa/27154/'],
  // Staff tasks
  ['staff', 'in ap phich', '/in-an/'],
  ['staff', 'in to roi a5', '/in-an/a5/'],
  ['staff', 'nhan dan qr', '/in-an/nhan-dan/'],
  ['staff', 'giup ong ba kich hoat vneid', '/huong-dan/danh-cho-nguoi-ho-tro/'],
];

test('every case has its page in the top three', async ({ page, baseURL }) => {
  test.setTimeout(walkBudget(cases.length));
  for (const [kind, query, expected] of cases) {
    await test.step(`${kind}: "${query}" → ${expected}`, async () => {
      expect(await top3(page, baseURL!, query), `${kind}: "${query}"`).toContain(expected);
    });
  }
});

test('a former ward name shows the current ward first, with the former name that matched', async ({ page, baseURL }) => {
  const urls = await searchOnPage(page, baseURL!, 'phuong 5 quan 3');
  expect(new URL(urls[0]!).pathname).toBe('/phuong-xa/27154/');
  const first = page.locator('[data-results] li').first();
  await expect(first.locator('a')).toHaveText('Phường Bàn Cờ');
  await expect(first).toContainText('Tên cũ: Phường 5, Quận 3');
  await expect(first.locator('.result-type')).toHaveText('Phường/xã');
});

test('a question naming a ward shows the ward first and the answers after it', async ({ page, baseURL }) => {
  const urls = (await searchOnPage(page, baseURL!, 'phuong ban co dang ky o dau')).map((u) => new URL(u).pathname);
  expect(urls[0]).toBe('/phuong-xa/27154/');
  // The other words ("dang ky o dau") are searched without the place name.
  expect(urls.slice(1)).toContain('/hoi-dap/dang-ky-muc-2-o-dau/');
});

test('one query runs at most one MiniSearch search and downloads each index at most once, a ward shard only for a place', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const shards = () => requests.filter((p) => /^\/phuong-xa\/chi-muc\/[a-z0-9]+\.json$/.test(p));
  await searchOnPage(page, baseURL!, 'quen mat khau dang nhap vneid phai lam sao');
  await expect(page.locator('[data-module="search"]')).toHaveAttribute('data-searches', '1');
  expect(requests.filter((p) => p === '/tim-kiem/chi-muc.json')).toHaveLength(1);
  expect(shards()).toHaveLength(0);

  // A place and a question: the ward's shard once, one topic search for the words that are not the place.
  requests.length = 0;
  await searchOnPage(page, baseURL!, 'phuong ban co dang ky o dau');
  await expect(page.locator('[data-module="search"]')).toHaveAttribute('data-searches', '1');
  expect(requests.filter((p) => p === '/tim-kiem/chi-muc.json')).toHaveLength(1);
  expect(shards()).toHaveLength(1);

  // A bare place name needs no topic search, nor the topic index.
  requests.length = 0;
  expect(new URL((await searchOnPage(page, baseURL!, 'P5 Q3'))[0]!).pathname).toBe('/phuong-xa/27154/');
  await expect(page.locator('[data-module="search"]')).toHaveAttribute('data-searches', '0');
  expect(shards()).toEqual(['/phuong-xa/chi-muc/5.json']);
  expect(requests.filter((p) => p === '/tim-kiem/chi-muc.json')).toHaveLength(0);
});

test('the same pages come back with and without diacritics', async ({ page, baseURL }) => {
  const withMarks = await top3(page, baseURL!, 'điện thoại mới');
  const without = await top3(page, baseURL!, 'dien thoai moi');
  expect(withMarks.length).toBeGreaterThan(0);
  expect(without).toEqual(withMarks);
});

test('results show their type, title and the page’s own excerpt, and no request leaves the site', async ({ page, baseURL }) => {
  const foreign = collectForeignRequests(page, new URL(baseURL!).origin);
  await searchOnPage(page, baseURL!, 'kich hoat tren may tinh');
  const first = page.locator('[data-results] li').first();
  await expect(first.locator('.result-type')).toHaveText(/Hướng dẫn|Hỏi đáp/);
  await expect(first.locator('a')).not.toBeEmpty();
  await expect(first.locator('p mark').first()).toBeVisible();
  // The excerpt is the short answer or summary with its diacritics, not a folded copy or a fragment.
  const excerpt = (await first.locator('p').textContent())!;
  expect(excerpt).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/i);
  expect(excerpt).toMatch(/^\p{Lu}/u);
  expect(excerpt).not.toMatch(/\p{Ll}\p{Lu}|\d\p{Lu}\p{Ll}/u);
  expect(foreign).toEqual([]);
});

test('weak matches are cut: a precise question lists few results', async ({ page, baseURL }) => {
  const urls = await searchOnPage(page, baseURL!, 'quen passcode');
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.length).toBeLessThanOrEqual(6);
});

test('results follow what is typed on the search page', async ({ page }) => {
  await page.goto('tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Tìm trong hướng dẫn, hỏi đáp, phường/xã' });
  await box.pressSequentially('quen mat kh');
  await expect(page.locator('[data-results] li > a[href$="/hoi-dap/quen-mat-khau/"]')).toBeVisible();
  expect((await top3Shown(page)).map((u) => new URL(u).pathname)).toContain('/hoi-dap/quen-mat-khau/');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=quen%20mat%20kh$/);
  await box.fill('in to roi a5');
  await expect(page.locator('[data-results] li > a').first()).toHaveAttribute('href', /\/in-an\/a5\/$/);
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

test('no result says so and offers the hotline, the ward lookup and the most-asked questions', async ({ page, baseURL }) => {
  await searchOnPage(page, baseURL!, 'qqzzxxwwkk');
  await expect(page.getByRole('status')).toContainText('Không tìm thấy');
  const empty = page.locator('[data-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.locator('a[href="tel:19000368"]')).toBeVisible();
  await expect(empty.getByRole('link', { name: 'Liên hệ phường/xã của bạn' })).toBeVisible();
  expect(await empty.locator('a[href^="/hoi-dap/"]').count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator('[data-results] li')).toHaveCount(0);
});

test('every page in the search index exists', async ({ request }) => {
  const index = (await (await request.get('tim-kiem/chi-muc.json')).json()) as { docs: [string, string, number, string][] };
  expect(index.docs.length).toBeGreaterThan(100);
  for (const [path, title, , excerpt] of index.docs) {
    expect(title && excerpt, path).toBeTruthy();
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page explains and offers topics instead', async ({ page }) => {
    await page.goto('tim-kiem/?q=dang+ky');
    await expect(page.getByText('Cần bật JavaScript để tìm kiếm')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tất cả hướng dẫn' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'In áp phích, tờ rơi, nhãn dán' })).toBeVisible();
  });
});

test.describe('search says when it does not know', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  const offTopic = ['giá vàng hôm nay', 'thoi tiet ha noi', 'asdfgh'];
  test('an off-topic query gets "Không tìm thấy" with the hotline, the ward lookup and the most-asked questions', async ({ page }) => {
    test.setTimeout(walkBudget(offTopic.length));
    for (const q of offTopic) {
      await test.step(q, async () => {
        await page.goto(`tim-kiem/?q=${encodeURIComponent(q)}`);
        await expect(page.locator('[data-module="search"] [role="status"]')).toContainText('Không tìm thấy trang nào trả lời');
        await expect(page.locator('[data-results] li')).toHaveCount(0);
        const help = page.locator('[data-empty]');
        await expect(help.locator('a[href^="tel:"]')).toHaveText('1900 0368');
        await expect(help.getByRole('link', { name: /phường\/xã/ })).toBeVisible();
        expect(await help.locator('ul').nth(1).locator('li').count(), q).toBeGreaterThanOrEqual(5);
      });
    }
  });

  test('an empty query shows the same help, not a blank page', async ({ page }) => {
    await page.goto('tim-kiem/');
    await expect(page.locator('[data-empty]')).toBeVisible();
    await expect(page.locator('[data-empty] a[href^="tel:"]')).toBeVisible();
    await expect(page.locator('[data-module="search"] [role="status"]')).toContainText('Gõ câu hỏi');
  });

  test('a long pasted message is echoed on one short line, and still finds its answer', async ({ page }) => {
    const pasted = `Chào anh chị, cho em hỏi ${'em bị quên mật khẩu vneid, '.repeat(12)}phải làm sao ạ`;
    await page.goto(`tim-kiem/?q=${encodeURIComponent(pasted)}`);
    const status = page.locator('[data-module="search"] [role="status"]');
    await expect(status).toContainText('Tìm thấy');
    expect([...((await status.textContent()) ?? '')].length).toBeLessThan(80);
    await expect(page.locator('[data-results] li > a').first()).toBeInViewport();
  });
});
