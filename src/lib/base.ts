/**
 * The only way a path gets the site's base prefix, so a build under a sub-path
 * (base: "/vneid/") keeps every internal link working.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${prefix}${rest}`;
}

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL of a page on this site, for canonical links, OpenGraph and QR codes. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(withBase(path), site).href;
}
