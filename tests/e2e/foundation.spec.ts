import { expect, test } from '@playwright/test';
import { MAIN_PAGES, collectForeignRequests, expectNoHorizontalScroll, walkBudget } from './helpers';
import { TEMPLATES } from '../../scripts/lib/templates.mjs';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every main page renders in Vietnamese with header, navigation and footer', async ({ page }) => {
    test.setTimeout(walkBudget(MAIN_PAGES.length));
    for (const path of MAIN_PAGES) {
      await test.step(`/${path}`, async () => {
        const response = await page.goto(path);
        expect(response?.status(), `/${path}`).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('h1')).not.toBeEmpty();
        const nav = page.getByRole('navigation', { name: 'Mục chính' });
        // Residents' tasks only: staff pages are linked from the footer.
        await expect(nav.getByRole('link')).toHaveText(['Hướng dẫn', 'Hỏi đáp', 'Phường/xã', 'Tải VNeID']);
        await expect(page.locator('footer a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:19000368');
        await expect(page.locator('footer a[href$="/can-bo/"]')).toHaveCount(1);
      });
    }
  });

  test('the guide page shows its steps, review date and sources', async ({ page }) => {
    await page.goto('huong-dan/kich-hoat-tren-may-tinh/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kích hoạt tài khoản trên máy tính');
    await expect(page.getByText('Rà soát lần cuối')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nguồn' })).toBeVisible();
    await expect(page.locator('.source-list li')).not.toHaveCount(0);
    await expect(page.getByText('Kế hoạch số 135/KH-BCĐ', { exact: false })).toBeVisible();
  });
});

test('the national hotline is a tap-to-call link to 1900 0368', async ({ page }) => {
  await page.goto('');
  const links = page.locator('a[href^="tel:"]');
  await expect(links.first()).toHaveAttribute('href', 'tel:19000368');
  await expect(page.locator('footer a[href="tel:19000368"]')).toHaveText('1900 0368');
});

test('on a 320 px wide phone no page scrolls sideways or asks for anything outside the site; content pages load no script at all', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign = collectForeignRequests(page, origin);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  test.setTimeout(walkBudget(MAIN_PAGES.length + 5));
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [...MAIN_PAGES, 'khong-co-trang-nay/']) {
    await test.step(`/${path}`, async () => {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    });
  }
  expect(foreign).toEqual([]);
  // Scripts only enhance (step folding, store order, lookup, generator) and come from this site.
  scripts.length = 0;
  for (const path of ['', 'hoi-dap/', 'nguon/', 'phuong-xa/27664/']) await page.goto(path);
  expect(scripts).toEqual([]);
});

test('styles are inlined: no render-blocking stylesheet request', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
  await expect(page.locator('head style')).not.toHaveCount(0);
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('huong-dan/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
  await expect(page.locator('main#noi-dung')).toBeFocused();
});

test('link previews on Zalo and Facebook get a title, description and image', async ({ page, request }) => {
  await page.goto('huong-dan/kich-hoat-tren-may-tinh/');
  const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();
  await expect(meta('og:title')).toHaveAttribute('content', /Kích hoạt tài khoản trên máy tính/);
  await expect(meta('og:description')).toHaveAttribute('content', /vneid\.gov\.vn/);
  await expect(meta('og:locale')).toHaveAttribute('content', 'vi_VN');
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
  const image = await meta('og:image').getAttribute('content');
  expect(image).toMatch(/^https:\/\/.+\/og-image\.png$/);
  // The image exists in the build, at the same path under this server.
  const local = await request.get(new URL(image!).pathname.slice(1));
  expect(local.status()).toBe(200);
  expect(local.headers()['content-type']).toBe('image/png');
});

test('a missing page answers 404 with a Vietnamese page that leads back', async ({ page }) => {
  const response = await page.goto('khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('robots.txt points to the sitemap, which lists the guide', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  const sitemapUrl = robots.match(/Sitemap: (\S+)/)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
  const index = await (await request.get('sitemap-index.xml')).text();
  expect(index).toContain('sitemap-0.xml');
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain('/huong-dan/kich-hoat-tren-may-tinh/');
  expect(sitemap).not.toContain('/404/');
  // noindex pages (print sheets, former-unit redirects, search) stay out of it.
  expect(sitemap).not.toMatch(/\/in-an\/a4\/|\/huong-dan\/[^/]+\/in\/|\/phuong-xa\/cu\/|\/tim-kiem\//);
  expect(sitemap).toContain('/phuong-xa/27664/');
});

test.describe('the header leaves room on a 360×780 phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  // Paper (print sheets, guide printouts) and the tiny former-unit pages have no site header; every other page does.
  const WITH_HEADER = TEMPLATES.filter((t) => !t.redirects && !/^in-an\/.|\/in\/$|^phuong-xa\/cu\//.test(t.path));

  test('on every template the header is at most 195 px (a quarter of the screen) and search is reachable', async ({ page }) => {
    test.setTimeout(walkBudget(WITH_HEADER.length));
    for (const template of WITH_HEADER) {
      await test.step(template.id, async () => {
        await page.goto(template.path);
        const header = page.locator('header.site-header');
        const height = await header.evaluate((el) => el.getBoundingClientRect().height);
        expect(height, template.id).toBeLessThanOrEqual(195);
        expect(height, template.id).toBeGreaterThan(100); // the measurement found the header
        await expect(page.locator('#tim-kiem-q')).toBeInViewport();
      });
    }
  });

  // The phone's text at 200 %: Chromium's default font size doubled (what Android's font-size setting does).
  test('with text at 200 %, on every template the header takes at most 35 % of the screen and no two targets touch', async ({ page }) => {
    test.setTimeout(walkBudget(WITH_HEADER.length));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    for (const template of WITH_HEADER) {
      await test.step(template.id, async () => {
        await page.goto(template.path);
        // The doubled text size holds on this page too (the setting outlives a navigation).
        expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)), template.id).toBeGreaterThanOrEqual(28);
        const header = page.locator('header.site-header');
        expect(await header.evaluate((el) => el.getBoundingClientRect().height), template.id).toBeLessThanOrEqual(0.35 * 780);
        const boxes = await header.locator('a, button, input').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom, name: el.textContent?.trim() || el.getAttribute('id') || '' }; }));
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const apart = a.r < b.l || b.r < a.l || a.b < b.t || b.b < a.t;
            expect(apart, `${template.id}: "${a.name}" chạm "${b.name}"`).toBe(true);
          }
        }
      });
    }
  });

  test('the search placeholder meets WCAG AA contrast (4.5:1)', async ({ page }) => {
    await page.goto('');
    const [fg, bg] = await page.locator('#tim-kiem-q').evaluate((el) => [getComputedStyle(el, '::placeholder').color, getComputedStyle(el).backgroundColor]);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [l1, l2] = [luminance(fg!), luminance(bg!)].sort((a, b) => b - a);
    expect((l1! + 0.05) / (l2! + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});

test.describe('the home page on a 360×780 phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled: false });
  test('lists the five most-asked questions within its first two screens, each a large target', async ({ page }) => {
    await page.goto('');
    const questions = page.locator('.top-questions a');
    await expect(questions).toHaveCount(5);
    for (const q of await questions.all()) {
      const box = (await q.boundingBox())!;
      expect(box.y + box.height, await q.innerText()).toBeLessThanOrEqual(2 * 780);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await questions.first().click();
    await expect(page).toHaveURL(/\/hoi-dap\/[\w-]+\/$/);
  });
});

test.describe('who runs the site', () => {
  test('the footer says it, on every page (here: the example build has none, and says so)', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('footer')).toContainText('Trang chưa ghi đơn vị vận hành.');
    await page.goto('can-bo/');
    await expect(page.locator('main')).toContainText('Đơn vị vận hành trang: chưa ghi');
  });
});
