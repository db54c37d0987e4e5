// Markdown and MDX links written as "/huong-dan/…" get the site's base path, so content authors
// write plain site paths and a build under a sub-path (base "/vneid/") keeps them working.

/**
 * @param {string} href
 * @param {string} base
 */
export function prefixBase(href, base) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!href.startsWith('/') || href.startsWith('//') || href.startsWith(prefix)) return href;
  return prefix + href.slice(1);
}

/**
 * A Sätteri HAST plugin (Astro 7's Markdown processor) applying prefixBase to every <a href>.
 * @param {string} base
 */
export function baseLinksPlugin(base) {
  return {
    name: 'vneid-base-links',
    element: {
      filter: ['a'],
      /** @param {any} node @param {any} ctx */
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const prefixed = prefixBase(href, base);
        if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
      },
    },
  };
}
