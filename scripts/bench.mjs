#!/usr/bin/env node
// What a resident's phone downloads: for each page, the gzip bytes of every response on load,
// the number of requests and the JavaScript bytes. Serves the built dist/ on loopback and loads
// each page in Chromium with a cold cache. Target: <= 14 KB gzip per page and no JS required.
// Usage: npm run build && npm run bench
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { loadDeploySettings } from './lib/deploy-settings.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { launchOptions } from './lib/browser.mjs';

const TARGET_BYTES = 14 * 1024;
const deploy = loadDeploySettings();
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'huong-dan/kich-hoat-tren-may-tinh/', 'tai-ung-dung/', 'hoi-dap/'];

const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
const browser = await chromium.launch(launchOptions());

const rows = [];
for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  let gzipBytes = 0;
  let jsBytes = 0;
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    gzipBytes += gzipSync(body, { level: 9 }).length;
    if (response.request().resourceType() === 'script') jsBytes += body.length;
  }
  rows.push({ page: `/${path}`, requests: responses.length, gzipKB: +(gzipBytes / 1024).toFixed(1), jsBytes, withinTarget: gzipBytes <= TARGET_BYTES ? 'yes' : 'NO' });
  await context.close();
}
await browser.close();
await server.close();

console.log(`Tải khi mở trang (${deploy.outDir}/, Chromium, bộ nhớ đệm trống). Mục tiêu: ≤ ${TARGET_BYTES / 1024} KB gzip, không cần JS.`);
console.table(rows);
