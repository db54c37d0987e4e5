import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ids = readdirSync('content/faq').filter((f) => f.endsWith('.md')).map((f) => f.replace('.md', ''));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the FAQ page lists every question, grouped by topic, each linking to its answer', async ({ page }) => {
    await page.goto('hoi-dap/');
    expect(ids.length).toBeGreaterThanOrEqual(90);
    const links = page.locator('main .questions a');
    await expect(links).toHaveCount(ids.length);
    await expect(page.locator('main section h2')).toHaveCount(10);
    await links.first().click();
    await expect(page.locator('article .faq-answer')).toBeVisible();
    await expect(page.locator('article .faq-sources')).toContainText('Nguồn:');
  });

  test('an old shared link to one answer highlights its question, which leads to the answer', async ({ page }) => {
    await page.goto('hoi-dap/#quen-mat-khau');
    const item = page.locator('#quen-mat-khau');
    await expect(item).toBeInViewport();
    expect(await item.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('8px');
    await item.getByRole('link').click();
    await expect(page).toHaveURL(/\/hoi-dap\/quen-mat-khau\/$/);
    await expect(page.locator('.faq-answer')).toContainText('Quên mật khẩu');
  });

  // Every answer's own page (answer first, then sources) is a markup check over dist/, made with a
  // parser: tests/dist/faq-pages.test.ts.
});
