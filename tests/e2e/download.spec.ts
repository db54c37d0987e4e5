import { expect, test } from '@playwright/test';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const APP_STORE = 'https://apps.apple.com/vn/app/vneid/id1582750372';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.vnid';

for (const [phone, ua, yours, yourUrl] of [
  ['iPhone', IPHONE, 'iPhone', APP_STORE],
  ['Android', ANDROID, 'Android', GOOGLE_PLAY],
] as const) {
  test.describe(`an ${phone} user`, () => {
    test.use({ userAgent: ua, viewport: { width: 360, height: 740 } });

    test('with JavaScript sees their store marked, and nothing moves or navigates on its own', async ({ page, baseURL }) => {
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url());
      });
      await page.goto('tai-ung-dung/');
      await expect(page.locator('[data-platform-note]')).toContainText(`có vẻ là ${yours}`);
      await expect(page.locator('.is-yours a.button')).toHaveAttribute('href', yourUrl);
      await expect(page.locator('[data-store] h2')).toHaveText(['Điện thoại Android', 'iPhone']);
      // Both store buttons are on the first screen (360×740 here).
      for (const store of ['android', 'ios']) await expect(page.locator(`[data-store="${store}"] a.button`)).toBeInViewport({ ratio: 1 });
      // Once the page and its script have settled, it has navigated exactly once: to itself.
      await page.waitForLoadState('networkidle');
      expect(navigations).toEqual([`${baseURL}tai-ung-dung/`]);
      expect(page.url()).toBe(`${baseURL}tai-ung-dung/`);
      const stores = await page.locator('main a[href^="https://"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      // Every outside address on the page is one of the two official listings.
      expect(stores.length).toBeGreaterThanOrEqual(2);
      for (const href of stores) expect([APP_STORE, GOOGLE_PLAY]).toContain(href);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('sees both stores on the first screen, Android first', async ({ page }) => {
      await page.goto('tai-ung-dung/');
      await expect(page.locator('[data-store] h2')).toHaveText(['Điện thoại Android', 'iPhone']);
      for (const store of ['android', 'ios']) await expect(page.locator(`[data-store="${store}"] a.button`)).toBeInViewport({ ratio: 1 });
      await expect(page.locator('[data-store="ios"] a.button')).toHaveAttribute('href', APP_STORE);
      await expect(page.locator('[data-store="android"] a.button')).toHaveAttribute('href', GOOGLE_PLAY);
      await expect(page.locator('[data-platform-note]')).toHaveText('Điện thoại Android: bấm nút CH Play. iPhone: bấm nút App Store.');
      await expect(page.locator('.is-yours')).toHaveCount(0);
      await expect(page.getByText('Trung tâm dữ liệu quốc gia về dân cư').first()).toBeVisible();
      });
    });
  });
}
