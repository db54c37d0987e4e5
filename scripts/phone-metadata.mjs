#!/usr/bin/env node
// Writes src/lib/phone-metadata.vn.json: libphonenumber-js's own "max" metadata cut to Vietnam.
// Why: the whole-world metadata is about 190 KB of JavaScript on every page that checks or formats
// a phone number in the browser (the English ward page, the print sheets, the generator); Vietnam's
// part is under 1 KB. We only ever accept Vietnamese numbers, so nothing else changes.
// Run after upgrading libphonenumber-js: npm run phone:metadata (a unit test fails until you do).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const PHONE_METADATA_FILE = 'src/lib/phone-metadata.vn.json';

/** @param {{ version: number, country_calling_codes: Record<string, string[]>, countries: Record<string, unknown>, nonGeographic: Record<string, unknown> }} world */
export function vietnamOnly(world) {
  const vn = world.countries.VN;
  if (!vn) throw new Error('libphonenumber-js không còn dữ liệu của Việt Nam (VN). Sửa: kiểm tra phiên bản libphonenumber-js.');
  return { version: world.version, country_calling_codes: { 84: ['VN'] }, countries: { VN: vn }, nonGeographic: {} };
}

export function readWorldMetadata() {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(PHONE_METADATA_FILE, `${JSON.stringify(vietnamOnly(readWorldMetadata()))}\n`);
  console.log(`Đã ghi ${PHONE_METADATA_FILE}.`);
}
