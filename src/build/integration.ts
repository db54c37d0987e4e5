import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's Astro integration: build-time work that is not a page. Today it serves the staff
 * editing app's Decap CMS bundle from the site itself (no CDN): the built files are copied from the
 * decap-cms package into <outDir>/quan-tri/decap/ after the build, and served from the package by
 * the development server. Only what the browser loads is copied (the bundle, its lazy chunks and its
 * WebAssembly), not the source maps or the duplicate cms.js build.
 */
const DECAP_PATH = 'quan-tri/decap/';

export function decapFiles(): { dir: string; files: string[] } {
  const dir = join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
  const files = readdirSync(dir).filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'));
  if (!files.includes('decap-cms.js')) throw new Error('decap-cms: thiếu dist/decap-cms.js; kiểm tra phiên bản gói (npm install).');
  return { dir, files };
}

export function vneidIntegration(): AstroIntegration {
  return {
    name: 'vneid-guide',
    hooks: {
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
