import { joinBase } from './base-path.ts';
import { langOfPath, type Lang } from './i18n.ts';

export { joinBase } from './base-path.ts';

/** The site's base prefix for a path: the only way a page builds an internal link (see base-path.ts). */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL of a page on this site, for canonical links, OpenGraph and QR codes. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(withBase(path), site).href;
}

/** The language of the page at this address (/en/… is English), under any base path. */
export function langOfUrl(url: URL): Lang {
  return langOfPath(url.pathname, import.meta.env.BASE_URL);
}
