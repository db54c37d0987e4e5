/**
 * Every path of the site, in one module: pages, the ward lookup, search results, print sheets and
 * the build's checks all build and recognise addresses here (without the base path; apply it with
 * withBase() in pages or joinBase() elsewhere). Plain TypeScript with no Astro import, so the
 * preflight, the scripts and the browser bundles share it.
 */

/** Fixed pages of the site, for the content links check and the search index. */
export const PAGE_ROOTS = ['/', '/huong-dan/', '/hoi-dap/', '/phuong-xa/', '/tai-ung-dung/', '/in-an/', '/nguon/', '/tim-kiem/', '/can-bo/'] as const satisfies readonly string[];

/** Fixed pages of the English part for foreign residents (src/pages/en/). */
export const EN_PAGE_ROOTS = ['/en/', '/en/guides/', '/en/faq/', '/en/download/', '/en/ward/', '/en/search/', '/en/sources/'] as const satisfies readonly string[];

export const guidePath = (slug: string) => `/huong-dan/${slug}/`;
export const guidePrintPath = (slug: string) => `/huong-dan/${slug}/in/`;
export const faqPath = (id: string) => `/hoi-dap/${id}/`;
export const unitPath = (code: string) => `/phuong-xa/${code}/`;
export const provincePath = (slug: string) => `/phuong-xa/tinh/${slug}/`;

export const enGuidePath = (slug: string) => `/en/guides/${slug}/`;
export const enFaqPath = (id: string) => `/en/faq/${id}/`;
/**
 * The English ward page: one page for every unit, which reads the unit from the address (like the
 * print sheets) and loads its details from the print shard, so English does not double the 3,321
 * ward pages. Without JavaScript it still says where foreigners go and links the Vietnamese page.
 */
export const enWardPath = (code: string) => `/en/ward/?code=${code}`;

/** Patterns of the paths above (capture: the id), to recognise a link written in content. */
export const PAGE_PATTERNS = {
  guide: /^\/huong-dan\/([^/]+)\/$/,
  guidePrint: /^\/huong-dan\/([^/]+)\/in\/$/,
  faq: /^\/hoi-dap\/([^/]+)\/$/,
  ward: /^\/phuong-xa\/(\d{5})\/$/,
  province: /^\/phuong-xa\/tinh\/([a-z0-9-]+)\/$/,
  formerUnit: /^\/phuong-xa\/cu\/(.+)\/$/,
  enGuide: /^\/en\/guides\/([^/]+)\/$/,
  enFaq: /^\/en\/faq\/([^/]+)\/$/,
} as const;
