#!/usr/bin/env node
// Lighthouse (mobile defaults: simulated slow 4G and a mid-range phone) on every template, with
// the system Chromium, against the built site served on loopback with its own headers.
// Target: 100 in performance, accessibility, best practices and SEO; LCP <= 1.0 s.
// Usage: npm run build && node scripts/bench/lighthouse.mjs [template-id ...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { loadDeploySettings } from '../../src/build/deploy-settings.ts';
import { startStaticServer } from '../lib/static-server.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../lib/browser.mjs';
import { TEMPLATES } from '../lib/templates.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Full reports, to see why a figure moved (open one in https://googlechrome.github.io/lighthouse/viewer/).
const REPORT_DIR = 'node_modules/.bench-lighthouse';

/** @param {string[]} [only] template ids */
export async function benchLighthouse(only = []) {
  const deploy = loadDeploySettings();
  const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
  const chromePath = chromiumExecutable();
  const chrome = await launch({
    // Absent (not undefined) when there is none: chrome-launcher then finds its own.
    ...(chromePath === undefined ? {} : { chromePath }),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  const rows = [];
  mkdirSync(REPORT_DIR, { recursive: true });
  try {
    for (const template of TEMPLATES.filter((t) => !only.length || only.includes(t.id))) {
      // Lighthouse refuses to audit a 404 response; the same page is served at /404.html.
      const url = new URL(template.status === 404 ? '404.html' : template.path, server.url).href;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse không chạy được trên ${url}`);
      writeFileSync(`${REPORT_DIR}/${template.id}.json`, JSON.stringify(lhr));
      const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
      const below = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id);
      rows.push({
        template: template.id,
        perf: score('performance'),
        a11y: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpS: +(lcp / 1000).toFixed(2),
        fcpS: +((lhr.audits['first-contentful-paint']?.numericValue ?? NaN) / 1000).toFixed(2),
        cls: +(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
        notFull: lhr.runtimeError ? `LỖI ${lhr.runtimeError.code}` : below.slice(0, 4).join(' '),
      });
    }
  } finally {
    // Synchronous in chrome-launcher 1.x (it returns nothing to wait for).
    chrome.kill();
    await server.close();
  }
  console.log('\nLighthouse (di động, mạng 4G chậm mô phỏng). Mục tiêu: 100 ở cả bốn mục, LCP ≤ 1,0 s.');
  console.table(rows);
  console.log(`Báo cáo đầy đủ: ${REPORT_DIR}/<template>.json`);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchLighthouse(process.argv.slice(2));
