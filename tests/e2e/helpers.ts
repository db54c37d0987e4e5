import { expect, type Page } from '@playwright/test';

/**
 * The time a test that walks `count` pages in one browser tab may take: a fixed part and a part per
 * page, so a longer list gets a longer budget and a busy machine does not fail the walk. One tab for
 * the whole list instead of one test (and one browser context) per page: that overhead was most of
 * the time of the end-to-end suite. Each page is a `test.step`, so a failure names its page.
 */
export function walkBudget(count: number, perPageMs = 4_000): number {
  return 20_000 + count * perPageMs;
}

/** The main pages every deployment has; tests walk them all. */
export const MAIN_PAGES = ['', 'huong-dan/', 'huong-dan/kich-hoat-tren-may-tinh/', 'tai-ung-dung/', 'hoi-dap/', 'hoi-dap/quen-mat-khau/', 'phuong-xa/', 'phuong-xa/27154/', 'in-an/', 'nguon/', 'tim-kiem/', 'can-bo/'];

/**
 * Records every request the page makes that leaves the site's origin (there must be none), with
 * the page it came from. Origins are compared whole: a prefix test would let :43210 pass for :4321.
 */
export function collectForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'about:') foreign.push(`${page.url()} → ${url.href}`);
  });
  return foreign;
}

export async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `trang ${page.url()} rộng ${scrollWidth}px > ${clientWidth}px`).toBeLessThanOrEqual(clientWidth);
}
