import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { loadDeploySettings } from './deploy-settings.ts';
import { baseLinksPlugin, refuseCodeInContent } from './markdown-plugins.ts';
import { assertContentIsSound, contentReviewList } from '../lib/content-preflight.ts';

/**
 * The project's Astro integration, as Starlight's is: astro.config.mjs only calls it. It reads the
 * deployment settings (site address, base path, output folder) from content/settings/site.yaml,
 * checks all of content/ before Astro loads any of it (a mistake stops `astro dev`, `sync`, `check`
 * and `build` alike, listing every problem with its file, line and fix, and never publishes cached
 * content), sets the configuration, adds MDX and the sitemap, and serves the staff editing app's
 * Decap CMS bundle from the site itself (no CDN).
 */
const DECAP_PATH = 'quan-tri/decap/';

export function decapFiles(): { dir: string; files: string[] } {
  const dir = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  // Only what the browser loads: the bundle, its lazy chunks and its WebAssembly (no source maps, no duplicate cms.js build).
  const files = readdirSync(dir).filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'));
  if (!files.includes('decap-cms.js')) throw new Error('decap-cms: thiếu dist/decap-cms.js; kiểm tra phiên bản gói (npm install).');
  return { dir, files };
}

/** Print sheets, print views, former-unit forwards, search results and the staff app are noindex: not in the sitemap. */
const NOT_IN_SITEMAP = /\/(in-an\/[^/]+|huong-dan\/[^/]+\/in|phuong-xa\/cu\/.+|tim-kiem|quan-tri)\/$/;

export function vneidGuide(): AstroIntegration {
  return {
    name: 'vneid-guide',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        let deploy: ReturnType<typeof loadDeploySettings>;
        try {
          // SITE_URL / BASE_PATH / OUT_DIR / VNEID_CONTENT_DIR override the file for one build (CI, tests).
          deploy = loadDeploySettings();
          assertContentIsSound(deploy.contentDir);
        } catch (error) {
          // The message already names every file, line and fix: Astro's frame and a stack trace would only hide it.
          console.error(`\n${(error as Error).message}\n`);
          process.exit(1);
        }
        if (deploy.warning) console.warn(`\n⚠ ${deploy.warning}\n`);
        // A warning, not a failure: pages citing a document amended since their review, or not reviewed for 180 days.
        const toReview = contentReviewList(deploy.contentDir);
        if (toReview.length) console.warn(`⚠ ${toReview.length} trang cần rà soát lại (dẫn văn bản đã được sửa đổi sau ngày rà soát, hoặc quá 180 ngày chưa rà soát): xem danh sách ở trang /can-bo/.\n`);
        const root = config.root;
        updateConfig({
          site: deploy.site,
          base: deploy.base,
          // resolve, not join: OUT_DIR may be absolute (a test's temporary folder) or relative to the project.
          outDir: pathToFileURL(`${resolve(fileURLToPath(root), deploy.outDir)}/`),
          cacheDir: pathToFileURL(`${resolve(fileURLToPath(root), deploy.cacheDir)}/`),
          trailingSlash: 'always',
          build: {
            format: 'directory',
            // Residents are on slow mobile data: one request for HTML+CSS beats a render-blocking stylesheet.
            inlineStylesheets: 'always',
          },
          markdown: {
            // MDX inherits this processor, so links in guides and FAQ follow the base path too, and
            // raw HTML or MDX code stops the render even if a file changed after the preflight.
            processor: satteri({ mdastPlugins: [refuseCodeInContent], hastPlugins: [baseLinksPlugin(deploy.base)] }),
          },
          integrations: [mdx(), sitemap({ filter: (page) => !NOT_IN_SITEMAP.test(new URL(page).pathname) })],
          vite: {
            plugins: [tailwindcss()],
            build: {
              // Never inline a script: the Content-Security-Policy (src/lib/security-headers.ts) allows
              // scripts from the site itself only, with no per-build hashes for ward staff to keep in step.
              assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
              rollupOptions: {
                // MDX pages carry Astro's own "use astro:head-inject" directive, which the bundler
                // warns about once per guide (a box of 12 lines each): Astro's own, harmless, and it
                // buried the build's summary. Every other warning is shown.
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        const { dir, files } = decapFiles();
        server.middlewares.use((req, res, next) => {
          const name = (req.url ?? '').split('?')[0]!.split('/').pop() ?? '';
          if (!(req.url ?? '').includes(`/${DECAP_PATH}`) || !files.includes(name)) return next();
          res.setHeader('Content-Type', extname(name) === '.wasm' ? 'application/wasm' : 'text/javascript; charset=utf-8');
          createReadStream(join(dir, name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir: out }) => {
        const target = join(fileURLToPath(out), DECAP_PATH);
        mkdirSync(target, { recursive: true });
        const { dir, files } = decapFiles();
        for (const file of files) copyFileSync(join(dir, file), join(target, file));
        if (!existsSync(join(target, 'decap-cms.js'))) throw new Error(`Không chép được Decap CMS vào ${target}.`);
      },
    },
  };
}
