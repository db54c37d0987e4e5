#!/usr/bin/env node
// `npm run posters [-- --ward 27664] [--format a4] [--out posters-out]`: prints the built print sheets
// (one page per format, /in-an/<format>/?ma=<code>) to PDF with Chromium, exactly as a browser's
// "Print" would, into a folder outside dist/. Needs a build first (`npm run build`).
// `npm run posters -- --sessions buoi.csv`: one session notice PDF per row of a spreadsheet of
// sessions, every row checked first (nothing is written unless all are valid).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeCsv, formatErrors, rowSummary } from './lib/csv-table.mjs';
import { publishedSessionRows, SESSION_COLUMNS, validateSessionCsv } from './lib/session-csv.mjs';
import { loadDeploySettings } from '../src/build/deploy-settings.ts';
import { PRINT_FORMAT_IDS, isPrintFormat, printPath } from '../src/lib/print-formats.ts';
import { currentUnitCodes } from '../src/lib/unit-codes.ts';
import { assertContentIsSound } from '../src/lib/content-preflight.ts';

const PUBLISHED = 'da-cong-bo';

/** The published days as sessions-CSV text, the content checked first as a build would. @param {string} contentDir */
function publishedSessionsCsv(contentDir) {
  assertContentIsSound(contentDir);
  const text = publishedSessionRows(contentDir);
  if (!text) {
    console.log(`Chưa phường/xã nào công bố buổi đăng ký sắp tới (${contentDir}/wards). Sửa: thêm buổi ở trang quản trị /quan-tri/ hoặc dùng --sessions <tệp.csv>.`);
    process.exit(1);
  }
  return text;
}

const { values } = parseArgs({
  options: { ward: { type: 'string', multiple: true }, format: { type: 'string', multiple: true }, out: { type: 'string' }, sessions: { type: 'string' } },
});
/** @type {(message: string, status?: number) => never} */
const stop = (message, status = 2) => {
  console.error(message);
  process.exit(status);
};
const deploy = loadDeploySettings();
const out = values.out ?? 'posters-out';

/** @type {{ path: string, file: string, label: string }[]} */
let jobs;
if (values.sessions) {
  // "da-cong-bo": the upcoming days wards published (content/wards/*.yaml, also from /quan-tri/),
  // put through exactly the checks a spreadsheet row gets.
  const published = values.sessions === PUBLISHED;
  const file = published ? `${deploy.contentDir}/wards (buổi đã công bố)` : values.sessions;
  if (!published && !existsSync(file)) stop(`Không tìm thấy tệp ${file}. Sửa: kiểm tra tên và thư mục của tệp, hoặc ghi --sessions ${PUBLISHED} để in các buổi phường/xã đã công bố.`);
  if (!published && statSync(file).isDirectory()) stop(`${file} là một thư mục, không phải tệp CSV. Sửa: ghi đường dẫn tới tệp .csv, ví dụ npm run posters -- --sessions buoi-dang-ky.csv`);
  const decoded = published ? { ok: /** @type {const} */ (true), text: publishedSessionsCsv(deploy.contentDir) } : decodeCsv(readFileSync(file));
  if (!decoded.ok) stop(`✗ ${file}: ${decoded.message}\nChưa ghi gì.`, 1);
  // Current unit codes straight from the package the site's units collection loads (as wards:import).
  const unitCodes = currentUnitCodes();
  const result = validateSessionCsv(decoded.text, { unitCodes });
  const { accepted, errors } = result;
  for (const line of rowSummary(file, result)) console.log(line);
  for (const line of formatErrors(errors, file)) console.log(line);
  if (errors.length) {
    console.log(`Chưa ghi gì. Sửa các hàng trên rồi chạy lại. Các cột: ${SESSION_COLUMNS.join(', ')}.`);
    process.exit(1);
  }
  jobs = accepted.map((s) => ({ path: `${printPath(s.format)}?${s.query}`, file: join('thong-bao', s.file), label: `hàng ${s.row} (${s.label})` }));
} else {
  const requested = values.format ?? PRINT_FORMAT_IDS;
  const unknownFormat = requested.find((f) => !isPrintFormat(f));
  if (unknownFormat) stop(`Loại "${unknownFormat}" không có. Chọn: ${PRINT_FORMAT_IDS.join(', ')}.`);
  // All known now: the filter keeps every one and gives them their type.
  const formats = requested.filter(isPrintFormat);
  const dataDir = join(deploy.outDir, 'in-an');
  if (!existsSync(dataDir)) stop(`Chưa có ${dataDir}/. Chạy "npm run build" trước.`);
  // Every unit the build holds, from its ward data files (/in-an/phuong-xa-<prefix>.json).
  const available = readdirSync(dataDir)
    .filter((name) => /^phuong-xa-\d{2}\.json$/.test(name))
    .flatMap((name) => Object.keys(/** @type {{ u: object }} */ (JSON.parse(readFileSync(join(dataDir, name), 'utf8'))).u));
  const wards = values.ward ?? ['chung', ...available];
  const missing = wards.filter((w) => w !== 'chung' && !available.includes(w));
  if (missing.length) stop(`Không có ấn phẩm cho mã ${missing.join(', ')}. Dùng mã 5 chữ số của phường/xã hiện nay, hoặc "chung".`);
  jobs = wards.flatMap((ward) =>
    formats.map((format) => ({ path: printPath(format, ward === 'chung' ? undefined : ward), file: join(ward, `${format}.pdf`), label: `${ward}/${format}` })),
  );
}
if (!existsSync(join(deploy.outDir, 'in-an'))) stop(`Chưa có ${join(deploy.outDir, 'in-an')}/. Chạy "npm run build" trước.`);

// playwright-core: a production dependency, so printing works after `npm install --omit=dev`.
const { chromium } = await import('playwright-core');
const { launchOptions } = await import('./lib/browser.mjs');
const { startStaticServer } = await import('./lib/static-server.mjs');
const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
const started = Date.now();
const bar = (/** @type {number} */ done) => {
  const width = 30;
  const filled = Math.round((done / jobs.length) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${jobs.length}  ${rate.toFixed(1)} tệp/giây`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
  else if (done === jobs.length || done % 50 === 0) console.log(line);
};

/** Opens a sheet and waits for its script: "ready", or "refused" with the reasons it shows. */
async function render(/** @type {string} */ path) {
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => ['ready', 'incomplete', 'refused'].includes(document.documentElement.dataset.printState ?? ''), null, { timeout: 30_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.printState);
  // "incomplete": printable, a code to this site stands as a "not configured" box (the build warned about siteUrl).
  if (state !== 'ready' && state !== 'incomplete') return { problems: await page.locator('[data-print-problems] li').allTextContents() };
  return { pdf: await page.pdf({ preferCSSPageSize: true, printBackground: true }) };
}

/** @type {string[]} */
const refused = [];
bar(0);
if (values.sessions) {
  // All notices first, in memory: one that does not fit means none is written.
  /** @type {{ file: string, pdf: Buffer }[]} */
  const done = [];
  for (const [i, job] of jobs.entries()) {
    const result = await render(job.path);
    if (result.pdf) done.push({ file: job.file, pdf: result.pdf });
    else refused.push(`  ✗ ${job.label}: ${result.problems.join(' ')}`);
    bar(i + 1);
  }
  if (!refused.length) {
    mkdirSync(join(out, 'thong-bao'), { recursive: true });
    for (const { file, pdf } of done) writeFileSync(join(out, file), pdf);
  }
} else {
  for (const [i, job] of jobs.entries()) {
    const result = await render(job.path);
    if (result.pdf) {
      mkdirSync(join(out, job.file, '..'), { recursive: true });
      writeFileSync(join(out, job.file), result.pdf);
    } else refused.push(`  ✗ ${job.label}: ${result.problems.join(' ')}`);
    bar(i + 1);
  }
}
if (process.stdout.isTTY) process.stdout.write('\n');
await browser.close();
await server.close();
if (refused.length) {
  console.log(refused.join('\n'));
  console.log(values.sessions ? 'Chưa ghi gì: sửa các buổi trên rồi chạy lại.' : `${refused.length} ấn phẩm không in được (xem lý do ở trên).`);
  process.exit(1);
}
console.log(`Đã xuất ${jobs.length} tệp PDF vào ${out}/ trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
