// Runs one query on the site's search page the way a visitor does (address ?q=…) and returns the
// result addresses in order (a ward found by a place name comes first, with each ward it names).
// Shared by the search benchmark and the browser tests.
/**
 * @param {import('@playwright/test').Page} page
 * @param {string} siteUrl site root including the base path, ending in "/"
 * @param {string} query
 */
export async function searchOnPage(page, siteUrl, query) {
  await page.goto(new URL(`tim-kiem/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-module="search"] [role="status"]')?.textContent ?? ''), null, { timeout: 15_000 });
  return page.locator('[data-results] li > a').evaluateAll((links) => links.map((a) => /** @type {HTMLAnchorElement} */ (a).href));
}

/**
 * The same on the English search page (/en/search/): the result addresses in order.
 * @param {import('@playwright/test').Page} page
 * @param {string} siteUrl site root including the base path, ending in "/"
 * @param {string} query
 */
export async function searchOnEnglishPage(page, siteUrl, query) {
  await page.goto(new URL(`en/search/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await page.waitForFunction(() => /result|No page found/.test(document.querySelector('[data-module="search-en"] [role="status"]')?.textContent ?? ''), null, { timeout: 15_000 });
  return page.locator('[data-results] li > a').evaluateAll((links) => links.map((a) => /** @type {HTMLAnchorElement} */ (a).href));
}
