/**
 * Every path of the site, in one module: pages, the ward lookup, search results, print sheets and
 * the build's checks all build and recognise addresses here (without the base path; apply it with
 * withBase() in pages or joinBase() elsewhere). Plain TypeScript with no Astro import, so the
 * preflight, the scripts and the browser bundles share it.
 */

/** Fixed pages of the site, for the content links check and the search index. */
export const PAGE_ROOTS = ['/', '/huong-dan/', '/hoi-dap/', '/phuong-xa/', '/tai-ung-dung/', '/in-an/', '/nguon/', '/tim-kiem/', '/can-bo/'] as const satisfies readonly string[];

export const guidePath = (slug: string) => `/huong-dan/${slug}/`;
export const guidePrintPath = (slug: string) => `/huong-dan/${slug}/in/`;
export const faqPath = (id: string) => `/hoi-dap/${id}/`;
export const unitPath = (code: string) => `/phuong-xa/${code}/`;
export const provincePath = (slug: string) => `/phuong-xa/tinh/${slug}/`;

/** Patterns of the paths above (capture: the id), to recognise a link written in content. */
export const PAGE_PATTERNS = {
  guide: /^\/huong-dan\/([^/]+)\/$/,
  guidePrint: /^\/huong-dan\/([^/]+)\/in\/$/,
  faq: /^\/hoi-dap\/([^/]+)\/$/,
  ward: /^\/phuong-xa\/(\d{5})\/$/,
  province: /^\/phuong-xa\/tinh\/([a-z0-9-]+)\/$/,
  formerUnit: /^\/phuong-xa\/cu\/(.+)\/$/,
} as const;
