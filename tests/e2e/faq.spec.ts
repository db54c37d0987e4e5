import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ids = readdirSync('content/faq').filter((f) => f.endsWith('.md')).map((f) => f.replace('.md', ''));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the FAQ page lists every entry, grouped by topic, each expandable', async ({ page }) => {
    await page.goto('hoi-dap/');
    expect(ids.length).toBeGreaterThanOrEqual(40);
    await expect(page.locator('main details')).toHaveCount(ids.length);
    await expect(page.locator('main section h2')).toHaveCount(7);
    const first = page.locator('main details').first();
    await expect(first.locator('.faq-answer')).toBeHidden();
    await first.locator('summary').click();
    await expect(first.locator('.faq-answer')).toBeVisible();
    await expect(first.locator('.faq-sources')).toContainText('Nguồn:');
  });

  test('a shared link to one answer opens that answer', async ({ page }) => {
    await page.goto('hoi-dap/#quen-mat-khau');
    const entry = page.locator('details:has(#quen-mat-khau)');
    await expect(entry).toHaveAttribute('open', '');
    await expect(entry.locator('.faq-answer')).toBeVisible();
    await expect(entry.locator('.faq-answer')).toContainText('1900 0368');
  });

  test('every answer has its own page with the answer first and its sources', async ({ page }) => {
    for (const id of ids) {
      expect((await page.goto(`hoi-dap/${id}/`))?.status(), id).toBe(200);
      await expect(page.locator('article .faq-answer')).not.toBeEmpty();
      await expect(page.locator('article .faq-sources')).toContainText('Nguồn:');
    }
  });
});
