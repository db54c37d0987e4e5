import { expect, type Page } from '@playwright/test';

/** The main pages every deployment has; tests walk them all. */
export const MAIN_PAGES = ['', 'huong-dan/', 'huong-dan/kich-hoat-tren-may-tinh/', 'tai-ung-dung/', 'hoi-dap/', 'hoi-dap/quen-mat-khau/', 'phuong-xa/', 'in-an/', 'nguon/', 'tim-kiem/'];

/** Records every request the page makes that leaves the site's origin (there must be none). */
export function collectForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
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
