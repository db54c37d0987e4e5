#!/usr/bin/env node
// `npm run wards:import <file.csv>`: updates content/wards/<code>.yaml from a spreadsheet export.
// The CSV is the complete list of verified contacts for each unit it mentions. Nothing is written
// unless every row is valid; then every file is written or none (src/lib/staged-write.ts): a kill
// at any moment leaves either the old content or a journal the build refuses until
// `npm run wards:import -- --khoi-phuc` finishes it. The report says, per unit, how many contacts are
// added, changed and removed, and accounts for every row. Comments in an existing ward file are kept.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isNode, isSeq, parseDocument } from 'yaml';
import { COLUMNS, validateWardCsv } from './lib/ward-csv.mjs';
import { decodeCsv, formatErrors, rowSummary } from './lib/csv-table.mjs';
import { parseYamlStrict } from '../src/lib/yaml-errors.ts';
import { currentUnitCodes } from '../src/lib/unit-codes.ts';
import { findUnfinishedWrites, recoverUnfinishedWrites, writeAllOrNothing } from '../src/lib/staged-write.ts';

const contentDir = process.env.VNEID_CONTENT_DIR ?? 'content';
/** @type {(message: string) => never} */
const stop = (message) => {
  console.error(message);
  process.exit(2);
};

if (process.argv[2] === '--khoi-phuc') {
  const { finished, removed } = recoverUnfinishedWrites(contentDir);
  console.log(finished ? `Đã ghi nốt ${finished} tệp của lần nhập bị ngắt.` : 'Không có lần nhập nào dở dang.');
  if (removed) console.log(`Đã xóa ${removed} tệp tạm.`);
  console.log('Chạy npm start để xem lại, hoặc chạy lại lần nhập.');
  process.exit(0);
}

const file = process.argv[2];
if (!file) stop(`Cách dùng: npm run wards:import <tệp.csv>\nCác cột: ${COLUMNS.join(', ')}\nLần nhập trước bị ngắt: npm run wards:import -- --khoi-phuc`);
if (!existsSync(file)) stop(`Không tìm thấy tệp ${file}. Sửa: kiểm tra tên và thư mục của tệp.`);
if (statSync(file).isDirectory()) stop(`${file} là một thư mục, không phải tệp CSV. Sửa: ghi đường dẫn tới tệp .csv, ví dụ npm run wards:import lien-he.csv`);
const unfinished = findUnfinishedWrites(contentDir);
if (unfinished.length) stop(`✗ ${unfinished.join('\n')}\nChưa ghi gì.`);
const decoded = decodeCsv(readFileSync(file));
if (!decoded.ok) {
  console.log(`✗ ${file}: ${decoded.message}\nChưa ghi gì.`);
  process.exit(1);
}

// Current unit codes straight from the same package the site's units collection loads.
const unitCodes = currentUnitCodes();
const sourcesFile = join(contentDir, 'sources.yaml');
const sourceKeys = new Set(Object.keys(/** @type {object} */ (parseYamlStrict(readFileSync(sourcesFile, 'utf8'), sourcesFile)) ?? {}));
const result = validateWardCsv(decoded.text, { unitCodes, sourceKeys });
const { accepted, errors } = result;

for (const line of rowSummary(file, result)) console.log(line);
for (const line of formatErrors(errors, file)) console.log(line);
if (errors.length) {
  console.log('Chưa ghi gì. Sửa các hàng trên rồi chạy lại.');
  process.exit(1);
}

const same = (/** @type {Record<string, unknown>} */ a, /** @type {Record<string, unknown>} */ b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

// All rows valid: build every file's new text first, then write them all or none.
/** @type {Map<string, Record<string, string>[]>} */
const byCode = new Map();
for (const { code, ...contact } of accepted) byCode.set(code, [...(byCode.get(code) ?? []), contact]);
/** @type {string[]} */
const refusals = [];
const outputs = [...byCode].map(([code, contacts]) => {
  const path = join('wards', `${code}.yaml`);
  const full = join(contentDir, path);
  const doc = existsSync(full) ? parseDocument(readFileSync(full, 'utf8'), { uniqueKeys: true }) : parseDocument(`# Liên hệ đã xác minh của đơn vị ${code}, cập nhật bằng npm run wards:import.\ncode: "${code}"\n`);
  if (doc.errors.length) refusals.push(`${full}: tệp hiện có không đọc được (${doc.errors[0]?.message.split('\n')[0]}). Sửa: sửa hoặc xóa tệp rồi chạy lại.`);
  const old = doc.get('contacts', true);
  // Comments written among the old contacts belong to them and would be lost: refuse instead.
  if (isSeq(old) && (old.commentBefore || old.comment || old.items.some((item) => isMap(item) && (item.commentBefore || item.comment || item.items.some((p) => (isNode(p.value) && p.value.comment) || (isNode(p.key) && p.key.commentBefore)))))) {
    refusals.push(`${full}: có ghi chú (dòng #) trong phần contacts, nhập sẽ làm mất chúng. Sửa: chuyển ghi chú lên đầu tệp hoặc xóa chúng, rồi chạy lại.`);
  }
  const before = /** @type {Record<string, unknown>[]} */ (doc.toJS()?.contacts ?? []);
  const names = new Set(contacts.map((c) => c.name));
  const added = contacts.filter((c) => !before.some((b) => b.name === c.name)).length;
  const changed = contacts.filter((c) => before.some((b) => b.name === c.name && !same(b, c))).length;
  const removed = before.filter((b) => !names.has(String(b.name))).length;
  doc.set('code', code);
  doc.set('contacts', doc.createNode(contacts));
  return { path, code, text: doc.toString({ lineWidth: 0 }), added, changed, removed, kept: contacts.length - added - changed };
});
if (refusals.length) {
  for (const r of refusals) console.log(`  ✗ ${r}`);
  console.log('Chưa ghi gì.');
  process.exit(1);
}
writeAllOrNothing(contentDir, `nhập liên hệ từ ${file}`, outputs);
for (const o of outputs.slice(0, 200)) console.log(`  ✓ ${o.code}: thêm ${o.added}, sửa ${o.changed}, bỏ ${o.removed}, giữ nguyên ${o.kept} liên hệ`);
if (outputs.length > 200) console.log(`  … và ${outputs.length - 200} đơn vị khác.`);
console.log(`Đã ghi ${outputs.length} tệp trong ${contentDir}/wards/. Chạy npm start để xem lại.`);
