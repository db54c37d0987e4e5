#!/usr/bin/env node
// What a resident's phone downloads on each template: gzip bytes of every response until the
// network is idle (search results included), the number of requests and the JavaScript bytes
// (uncompressed), in Chromium with a cold cache, served with the site's own headers.
// Target: home, guide, FAQ and download pages <= 14 KB and no JS required.
// Usage: npm run build && node scripts/bench/page-weight.mjs
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { loadDeploySettings } from '../../src/build/deploy-settings.ts';
import { startStaticServer } from '../lib/static-server.mjs';
import { launchOptions } from '../lib/browser.mjs';
import { TEMPLATES } from '../lib/templates.mjs';

export const TARGET_BYTES = 14 * 1024;
/** The resident pages the 14 KB target applies to; the rest are printed for reference. */
export const TARGET_TEMPLATES = new Set(['home', 'guide', 'faq', 'faq-entry', 'download']);

export async function benchPageWeight() {
  const deploy = loadDeploySettings();
  const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
  const browser = await chromium.launch(launchOptions());
  const rows = [];
  for (const template of TEMPLATES) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    /** @type {import('@playwright/test').Response[]} */
    const responses = [];
    page.on('response', (response) => responses.push(response));
    // networkidle, not load: search fetches its index after load, and its bytes are the page's cost.
    await page.goto(new URL(template.path, server.url).href, { waitUntil: 'networkidle' });
    let gzipBytes = 0;
    let jsBytes = 0;
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      gzipBytes += gzipSync(body, { level: 9 }).length;
      if (response.request().resourceType() === 'script') jsBytes += body.length;
    }
    const target = TARGET_TEMPLATES.has(template.id);
    rows.push({
      template: template.id,
      page: `/${template.path}`,
      requests: responses.length,
      gzipKB: +(gzipBytes / 1024).toFixed(1),
      jsKB: +(jsBytes / 1024).toFixed(1),
      target: target ? (gzipBytes <= TARGET_BYTES ? '≤ 14 KB ✓' : '> 14 KB ✗') : '',
    });
    await context.close();
  }
  await browser.close();
  await server.close();
  console.log(`\nTải khi mở trang (${deploy.outDir}/, Chromium 360 px, bộ nhớ đệm trống). Mục tiêu: ≤ ${TARGET_BYTES / 1024} KB gzip cho trang chủ, hướng dẫn, hỏi đáp, tải ứng dụng; không cần JS.`);
  console.table(rows);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchPageWeight();
