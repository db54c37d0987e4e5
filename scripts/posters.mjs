#!/usr/bin/env node
// `npm run posters [-- --ward 27664] [--format a4] [--out posters-out]`: prints the built poster pages
// (dist/in-an/<code>/<format>/) to PDF with Chromium, exactly as a browser's "Print" would, into a
// folder outside dist/. Needs a build first (`npm run build`).
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { launchOptions } from './lib/browser.mjs';
import { loadDeploySettings } from './lib/deploy-settings.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const FORMATS = ['a4', 'a3', 'a5', 'nhan-dan'];
const { values } = parseArgs({ options: { ward: { type: 'string', multiple: true }, format: { type: 'string', multiple: true }, out: { type: 'string' } } });
const deploy = loadDeploySettings();
const printRoot = join(deploy.outDir, 'in-an');
if (!existsSync(printRoot)) {
  console.error(`Chưa có ${printRoot}/. Chạy "npm run build" trước.`);
  process.exit(2);
}
const formats = values.format ?? FORMATS;
const unknownFormat = formats.find((f) => !FORMATS.includes(f));
if (unknownFormat) {
  console.error(`Loại "${unknownFormat}" không có. Chọn: ${FORMATS.join(', ')}.`);
  process.exit(2);
}
const available = readdirSync(printRoot).filter((name) => /^(\d{5}|chung)$/.test(name));
const wards = values.ward ?? available;
const missing = wards.filter((w) => !available.includes(w));
if (missing.length) {
  console.error(`Không có ấn phẩm cho mã ${missing.join(', ')}. Dùng mã 5 chữ số của phường/xã hiện nay, hoặc "chung".`);
  process.exit(2);
}
const out = values.out ?? 'posters-out';
const jobs = wards.flatMap((ward) => formats.map((format) => ({ ward, format })));

const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
const started = Date.now();
const bar = (done) => {
  const width = 30;
  const filled = Math.round((done / jobs.length) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${jobs.length}  ${rate.toFixed(1)} tệp/giây`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
  else if (done === jobs.length || done % 50 === 0) console.log(line);
};
bar(0);
for (const [i, { ward, format }] of jobs.entries()) {
  mkdirSync(join(out, ward), { recursive: true });
  await page.goto(new URL(`in-an/${ward}/${format}/`, server.url).href, { waitUntil: 'load' });
  await page.pdf({ path: join(out, ward, `${format}.pdf`), preferCSSPageSize: true, printBackground: true });
  bar(i + 1);
}
if (process.stdout.isTTY) process.stdout.write('\n');
await browser.close();
await server.close();
console.log(`Đã xuất ${jobs.length} tệp PDF vào ${out}/ trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
