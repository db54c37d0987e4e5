// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { loadDeploySettings } from './scripts/lib/deploy-settings.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin, refuseCodeInContent } from './src/build/markdown-plugins.ts';
import { assertContentIsSound } from './src/lib/content-preflight.ts';
import { vneidIntegration } from './src/build/integration.ts';

// Site URL and base path come from content/settings/site.yaml so ward staff edit one file;
// SITE_URL / BASE_PATH / OUT_DIR override them for CI builds of the same content under a sub-path.
/** @type {ReturnType<typeof loadDeploySettings>} */
let deploy;
try {
  deploy = loadDeploySettings();
  // Every content file is checked before Astro loads any of it: a mistake stops `astro dev`, `sync`,
  // `check` and `build` alike, with the file, line and fix, and never publishes cached content.
  assertContentIsSound(deploy.contentDir);
} catch (error) {
  // The message already names the file, line and fix: a stack trace would only hide it.
  console.error(`\n${/** @type {Error} */ (error).message}\n`);
  process.exit(1);
}
if (deploy.warning) console.warn(`\n⚠ ${deploy.warning}\n`);

export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  outDir: deploy.outDir,
  cacheDir: deploy.cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Residents are on slow mobile data: one request for HTML+CSS beats a render-blocking stylesheet.
    inlineStylesheets: 'always',
  },
  markdown: {
    // MDX inherits this processor, so links in guides and FAQ follow the base path too.
    processor: satteri({ mdastPlugins: [refuseCodeInContent], hastPlugins: [baseLinksPlugin(deploy.base)] }),
  },
  integrations: [
    vneidIntegration(),
    mdx(),
    // Print sheets, print views, former-unit redirects and search are noindex: keep them out of the sitemap.
    sitemap({ filter: (page) => !/\/(in-an\/[^/]+|huong-dan\/[^/]+\/in|phuong-xa\/cu\/.+|tim-kiem|quan-tri)\/$/.test(new URL(page).pathname) }),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline a script: the Content-Security-Policy (src/lib/security-headers.ts) allows scripts from
      // the site itself only, with no per-build hashes for ward staff to keep in step.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
