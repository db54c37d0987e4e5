// Markdown and MDX links written as "/huong-dan/…" get the site's base path, so content authors
// write plain site paths and a build under a sub-path (base "/vneid/") keeps them working.

import { prefixSitePath } from '../../src/lib/base-path.ts';

/**
 * A Sätteri HAST plugin (Astro 7's Markdown processor) applying prefixSitePath to every <a href>.
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
        const prefixed = prefixSitePath(href, base);
        if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
      },
    },
  };
}
