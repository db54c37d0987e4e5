/**
 * The one set of rules for the site's base path (e.g. "/vneid/"), used by pages (through base.ts),
 * by the Markdown link plugin, by the deploy settings and by the static server. Plain TypeScript with
 * no Astro import, so Node scripts can import it too.
 */

/** "vneid", "/vneid", "//vneid//" → "/vneid/"; "" or "/" → "/". */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A site path ("/huong-dan/", "huong-dan/") under the base. A path that already starts with the
 * base is returned as it is, so applying this twice never gives "/vneid/vneid/…".
 */
export function joinBase(base: string, path: string): string {
  const prefix = normaliseBase(base);
  if (path.startsWith(prefix) && !path.startsWith('//')) return path;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** For links in Markdown: only site paths ("/…") get the base; other links are left alone. */
export function prefixSitePath(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return joinBase(base, href);
}

/** The site path of a request under the base ("/vneid/huong-dan/" → "/huong-dan/"), or undefined outside it. */
export function stripBase(base: string, pathname: string): string | undefined {
  const prefix = normaliseBase(base);
  if (!pathname.startsWith(prefix)) return undefined;
  return `/${pathname.slice(prefix.length)}`;
}
