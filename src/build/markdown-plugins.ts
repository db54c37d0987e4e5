import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { prefixSitePath } from '../lib/base-path.ts';

/**
 * Sätteri plugins (Astro 7's Markdown and MDX processor) for every guide and FAQ page.
 */

/**
 * Markdown and MDX links written as "/huong-dan/…" get the site's base path, so content authors
 * write plain site paths and a build under a sub-path (base "/vneid/") keeps them working.
 */
export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'vneid-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const prefixed = prefixSitePath(href, base);
        if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
      },
    },
  });
}

/**
 * A second lock behind the content preflight (src/lib/content-body.ts), which refuses these with
 * the line and the fix before Astro starts: should a file change after the preflight ran (a
 * development server left running), raw HTML, MDX import/export and {expressions} still stop the
 * render instead of being published or run.
 */
export const refuseCodeInContent = defineMdastPlugin({
  name: 'vneid-refuse-code-in-content',
  html() {
    throw new Error('Nội dung có mã HTML, không được dùng. Sửa: xóa mã HTML (chạy lại npm run build để xem dòng).');
  },
  mdxjsEsm() {
    throw new Error('Nội dung MDX có import/export, không được dùng. Sửa: xóa dòng đó (chạy lại npm run build để xem dòng).');
  },
  mdxFlowExpression() {
    throw new Error('Nội dung MDX có biểu thức {…}, không được dùng. Sửa: xóa cặp ngoặc nhọn (chạy lại npm run build để xem dòng).');
  },
  mdxTextExpression() {
    throw new Error('Nội dung MDX có biểu thức {…}, không được dùng. Sửa: xóa cặp ngoặc nhọn (chạy lại npm run build để xem dòng).');
  },
});
