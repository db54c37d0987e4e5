#!/usr/bin/env node
// `npm run bench:search`: runs the query set in tests/search-queries.yaml through the real search
// page (MiniSearch in Chromium) against the built site and prints recall@1, recall@3 and MRR, then
// the bytes (gzip, as served) and requests a phone downloads, cold cache, from opening the search
// page until the first results appear: for a short query, a five-word question and a place name; and
// the same for the ward lookup (/phuong-xa/), typing a name key by key until its first result.
// Targets: recall@3 >= 0.95; <= 100 KB (short), <= 110 KB (five words), <= 40 KB (a place, the lookup).
// Build first (`npm run build`).
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { launchOptions } from '../lib/browser.mjs';
import { loadDeploySettings } from '../../src/build/deploy-settings.ts';
import { startStaticServer } from '../lib/static-server.mjs';
import { searchOnEnglishPage, searchOnPage } from '../lib/search-page.mjs';

export const COLD_QUERIES = { short: 'quen mat khau', 'five words': 'doi so dien thoai vneid', place: 'phuong 5 quan 3' };
/** Typed into the ward lookup one key at a time, as a visitor does. */
export const LOOKUP_QUERIES = { 'lookup, old name': 'p5 q3', 'lookup, new name': 'ban co', 'lookup, common word': 'xa binh an' };
/** @type {Record<string, number>} */
const TARGET_KB = { short: 100, 'five words': 110, place: 40 };

/**
 * @typedef {{ q: string, expect: string }} QueryCase a line of tests/search-queries*.yaml
 * @typedef {{ kb: number, requests: number, files: string[] }} ColdCost
 */

/**
 * Bytes on the wire (gzip bodies as the server sends them) and requests until the first results, in a fresh context.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} siteUrl
 * @param {string} query
 * @returns {Promise<ColdCost>}
 */
async function coldCost(browser, siteUrl, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Promise<{ url: string, bytes: number }>[]} */
  const done = [];
  page.on('requestfinished', (request) => done.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize }))));
  await searchOnPage(page, siteUrl, query);
  const finished = await Promise.all(done);
  await context.close();
  return { kb: finished.reduce((sum, r) => sum + r.bytes, 0) / 1024, requests: finished.length, files: finished.map((r) => new URL(r.url).pathname) };
}

/**
 * The same, for the ward lookup: from opening /phuong-xa/ to the first result of the whole query, typed key by key.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} siteUrl
 * @param {string} query
 * @returns {Promise<ColdCost>}
 */
async function lookupCost(browser, siteUrl, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Promise<{ url: string, bytes: number }>[]} */
  const done = [];
  page.on('requestfinished', (request) => done.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize }))));
  await page.goto(new URL('phuong-xa/', siteUrl).href);
  const input = page.getByLabel('Gõ tên phường, xã cũ hoặc mới');
  await input.pressSequentially(query, { delay: 80 });
  await page.locator('#ward-results li').first().waitFor();
  await page.waitForLoadState('networkidle');
  const finished = await Promise.all(done);
  await context.close();
  return { kb: finished.reduce((sum, r) => sum + r.bytes, 0) / 1024, requests: finished.length, files: finished.map((r) => new URL(r.url).pathname) };
}

export async function benchSearch() {
  const deploy = loadDeploySettings();
  const queries = /** @type {QueryCase[]} */ (parse(readFileSync('tests/search-queries.yaml', 'utf8')));
  const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
  const browser = await chromium.launch(launchOptions());

  /** @type {Record<string, ColdCost & { q: string }>} */
  const cold = {};
  for (const [name, q] of Object.entries(COLD_QUERIES)) cold[name] = { q, ...(await coldCost(browser, server.url, q)) };
  for (const [name, q] of Object.entries(LOOKUP_QUERIES)) cold[name] = { q, ...(await lookupCost(browser, server.url, q)) };

  const page = await (await browser.newContext()).newPage();
  let hits1 = 0;
  let hits3 = 0;
  let reciprocal = 0;
  /** @type {string[]} */
  const misses = [];
  for (const { q, expect } of queries) {
    const urls = await searchOnPage(page, server.url, q);
    const rank = urls.findIndex((u) => new URL(u, server.url).pathname === new URL(expect.slice(1), server.url).pathname) + 1;
    if (rank === 1) hits1++;
    if (rank >= 1 && rank <= 3) hits3++;
    if (rank) reciprocal += 1 / rank;
    if (!rank || rank > 3) misses.push(`  ${q} → cần ${expect}, hạng ${rank || 'không có'}; đầu tiên: ${urls[0] ? new URL(urls[0]).pathname : '(không có)'}`);
  }
  // The English pages' search (/en/search/) over its own query set: the same measures.
  const english = { hits1: 0, hits3: 0, reciprocal: 0, misses: /** @type {string[]} */ ([]) };
  const englishQueries = /** @type {QueryCase[]} */ (parse(readFileSync('tests/search-queries-en.yaml', 'utf8')));
  for (const { q, expect } of englishQueries) {
    const urls = await searchOnEnglishPage(page, server.url, q);
    const rank = urls.findIndex((u) => new URL(u, server.url).pathname === new URL(expect.slice(1), server.url).pathname) + 1;
    if (rank === 1) english.hits1++;
    if (rank >= 1 && rank <= 3) english.hits3++;
    if (rank) english.reciprocal += 1 / rank;
    if (!rank || rank > 3) english.misses.push(`  ${q} → needs ${expect}, rank ${rank || 'none'}; first: ${urls[0] ? new URL(urls[0]).pathname : '(none)'}`);
  }
  await browser.close();
  await server.close();

  const gz = (/** @type {string} */ file) => gzipSync(readFileSync(`${deploy.outDir}/${file}`), { level: 9 }).length / 1024;
  const n = queries.length;
  console.log(`\nTìm kiếm: ${n} câu (MiniSearch trong Chromium, ${deploy.outDir}/)`);
  console.table({
    'recall@1': (hits1 / n).toFixed(3),
    'recall@3': `${(hits3 / n).toFixed(3)} (mục tiêu ≥ 0.95)`,
    MRR: (reciprocal / n).toFixed(3),
    'chỉ mục tìm kiếm, KB gzip': gz('tim-kiem/chi-muc.json').toFixed(1),
    ...shardStats(deploy.outDir, gz),
  });
  console.log('Tới kết quả đầu tiên (bộ nhớ đệm trống, gồm cả trang):');
  console.table(
    Object.fromEntries(
      Object.entries(cold).map(([name, c]) => [
        `${name}: "${c.q}"`,
        { 'KB gzip': c.kb.toFixed(1), requests: c.requests, 'mục tiêu': `≤ ${TARGET_KB[name] ?? 40} KB` },
      ]),
    ),
  );
  if (process.env.BENCH_VERBOSE) for (const [name, c] of Object.entries(cold)) console.log(name, c.files.join(' '));
  if (misses.length) console.log(`Ngoài top 3:\n${misses.join('\n')}`);
  const m = englishQueries.length;
  console.log(`\nEnglish search: ${m} queries (/en/search/)`);
  console.table({
    'recall@1': (english.hits1 / m).toFixed(3),
    'recall@3': `${(english.hits3 / m).toFixed(3)} (target ≥ 0.95)`,
    MRR: (english.reciprocal / m).toFixed(3),
    'English index, KB gzip': gz('en/search/index.json').toFixed(1),
  });
  if (english.misses.length) console.log(`Outside the top 3:\n${english.misses.join('\n')}`);
  return { recall1: hits1 / n, recall3: hits3 / n, mrr: reciprocal / n, cold, english: { recall1: english.hits1 / m, recall3: english.hits3 / m, mrr: english.reciprocal / m } };
}

/**
 * The ward index's shards (/phuong-xa/chi-muc/*.json): how many, the largest and the median, gzip.
 * @param {string} outDir
 * @param {(file: string) => number} gz KB gzip of a file under outDir
 */
function shardStats(outDir, gz) {
  const sizes = readdirSync(`${outDir}/phuong-xa/chi-muc`).map((name) => gz(`phuong-xa/chi-muc/${name}`)).sort((a, b) => a - b);
  const largest = sizes.at(-1);
  const median = sizes[sizes.length >> 1];
  if (largest === undefined || median === undefined) throw new Error(`Không có mảnh chỉ mục nào trong ${outDir}/phuong-xa/chi-muc/.`);
  return {
    'chỉ mục phường/xã: số mảnh': sizes.length,
    'mảnh lớn nhất / trung vị, KB gzip': `${largest.toFixed(1)} / ${median.toFixed(1)}`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchSearch();
