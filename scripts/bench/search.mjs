#!/usr/bin/env node
// `npm run bench:search`: runs the query set in tests/search-queries.yaml through the real search
// page (Pagefind in Chromium) against the built site, and prints recall@1, recall@3 and MRR, plus
// the bytes a phone downloads from opening the search page until the first results appear.
// Targets: recall@3 >= 0.95; <= 120 KB until first results. Build first (`npm run build`).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { launchOptions } from '../lib/browser.mjs';
import { loadDeploySettings } from '../lib/deploy-settings.mjs';
import { startStaticServer } from '../lib/static-server.mjs';
import { searchOnPage } from '../lib/search-page.mjs';

export async function benchSearch() {
  const deploy = loadDeploySettings();
  const queries = parse(readFileSync('tests/search-queries.yaml', 'utf8'));
  const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
  const browser = await chromium.launch(launchOptions());

  // Bytes until first results: a fresh context (cold cache), one query.
  const cold = await browser.newContext();
  const coldPage = await cold.newPage();
  let bytes = 0;
  coldPage.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += gzipSync(body).length;
  });
  await searchOnPage(coldPage, server.url, queries[0].q);
  const firstResultsKB = bytes / 1024;
  await cold.close();

  const page = await (await browser.newContext()).newPage();
  let hits1 = 0;
  let hits3 = 0;
  let reciprocal = 0;
  const misses = [];
  for (const { q, expect } of queries) {
    const urls = await searchOnPage(page, server.url, q);
    const rank = urls.findIndex((u) => new URL(u, server.url).pathname === new URL(expect.slice(1), server.url).pathname) + 1;
    if (rank === 1) hits1++;
    if (rank >= 1 && rank <= 3) hits3++;
    if (rank) reciprocal += 1 / rank;
    if (!rank || rank > 3) misses.push(`  ${q} → cần ${expect}, hạng ${rank || 'không có'}; đầu tiên: ${urls[0] ?? '(không có)'}`);
  }
  await browser.close();
  await server.close();

  const n = queries.length;
  console.log(`\nTìm kiếm: ${n} câu (Pagefind trong Chromium, ${deploy.outDir}/)`);
  console.table({
    'recall@1': (hits1 / n).toFixed(3),
    'recall@3': `${(hits3 / n).toFixed(3)} (mục tiêu ≥ 0.95)`,
    MRR: (reciprocal / n).toFixed(3),
    'KB gzip tới kết quả đầu tiên': `${firstResultsKB.toFixed(1)} (mục tiêu ≤ 120)`,
  });
  if (misses.length) console.log(`Ngoài top 3:\n${misses.join('\n')}`);
  return { recall1: hits1 / n, recall3: hits3 / n, mrr: reciprocal / n, firstResultsKB };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchSearch();
