// Validates a spreadsheet export of ward contacts (one contact per row) before anything is written.
// Every message names the row and column and says how to fix the cell, in Vietnamese, for staff.
// Each column is checked by its row of the field-rules table (src/lib/field-rules.ts), the very
// check the content schema runs, so what imports always builds.
import { isBlankRow, parseCsvTable, unsafeCells } from './csv-table.mjs';
import { checkField } from '../../src/lib/field-rules.ts';
import { formatPhone } from '../../src/lib/phone.ts';

export const COLUMNS = ['code', 'name', 'person', 'address', 'phone', 'hours', 'map_url', 'source', 'verified'];
const REQUIRED = ['code', 'name', 'source', 'verified'];
/** Column → field rule. */
const RULE_OF = /** @type {const} */ ({
  code: 'unit.code',
  name: 'contact.name',
  person: 'contact.person',
  address: 'contact.address',
  phone: 'contact.phone',
  hours: 'contact.hours',
  map_url: 'contact.mapUrl',
  verified: 'contact.verified',
});

/**
 * @typedef {{ code: string, name: string, person?: string, address?: string, phone?: string, hours?: string, mapUrl?: string, source: string, verified: string }} ContactRow
 * @typedef {{ row: number, column?: string, message: string }} RowError
 * @typedef {{ row: number, reason: string }} SkippedRow
 */

/** Two rows are the same contact when their stored values are: a number written three ways is one number. @param {Record<string, string | undefined>} c */
const contactKey = (c) => [c.code, c.name, c.phone, c.address].map((v) => (v ?? '').toLocaleLowerCase('vi')).join('|');

/**
 * @param {string} text CSV text (comma or semicolon separated)
 * @param {{ unitCodes: Set<string>, sourceKeys: Set<string>, now?: Date }} context
 * @returns {{ accepted: ContactRow[], errors: RowError[], skipped: SkippedRow[], total: number }}
 */
export function validateWardCsv(text, { unitCodes, sourceKeys, now = new Date() }) {
  const { columns, rows, errors } = parseCsvTable(text, { columns: COLUMNS, required: REQUIRED, rowNoun: 'liên hệ' });
  /** @type {SkippedRow[]} */
  const skipped = [];
  if (errors.length) return { accepted: [], errors, skipped, total: rows.length };

  /** @type {ContactRow[]} */
  const accepted = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  for (const line of rows) {
    const { row, cell } = line;
    if (isBlankRow(line)) {
      skipped.push({ row, reason: 'hàng trống (mọi ô đều trống)' });
      continue;
    }
    /** @type {RowError[]} */
    const rowErrors = unsafeCells(line, columns.length, ['phone']);
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const fail = (/** @type {string} */ column, /** @type {string} */ message) => rowErrors.push({ row, column, message });
    /** @type {Record<string, string | undefined>} */
    const value = {};
    for (const [column, rule] of Object.entries(RULE_OF)) {
      const raw = cell[column] ?? '';
      if (!raw) continue;
      const check = checkField(rule, raw, { now });
      if (check.ok) value[column] = check.value;
      else fail(column, column === 'verified' ? `Ngày xác minh: ${check.reason}` : check.reason);
    }
    if (!cell.code) fail('code', 'Thiếu mã phường/xã. Sửa: chép mã 5 chữ số (ví dụ 27664) từ trang phường/xã.');
    else if (value.code && !unitCodes.has(value.code)) fail('code', `Mã "${value.code}" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.`);
    if (!cell.name) fail('name', 'Thiếu tên nơi liên hệ. Sửa: ghi ví dụ "Công an xã Cần Giờ".');
    if (!cell.source) fail('source', 'Thiếu nguồn. Sửa: ghi mã văn bản nguồn có trong content/sources.yaml.');
    else if (!sourceKeys.has(cell.source)) fail('source', `Nguồn "${cell.source}" không có trong content/sources.yaml. Sửa: thêm văn bản đó vào content/sources.yaml trước, hoặc ghi đúng mã.`);
    if (!cell.verified) fail('verified', 'Thiếu ngày xác minh. Sửa: ghi ngày đã đối chiếu, ví dụ 2026-11-20.');
    if (!cell.phone && !cell.address) fail('phone', 'Hàng không có cả số điện thoại lẫn địa chỉ. Sửa: ghi ít nhất một trong hai.');
    if (!rowErrors.length) {
      const key = contactKey(value);
      const twin = seen.get(key);
      if (twin) fail('(cả hàng)', `Hàng này trùng hàng ${twin} (cùng mã, tên, số điện thoại và địa chỉ, kể cả khi viết khác nhau như 028 3829 7009 và +84 28 3829 7009). Sửa: xóa một hàng.`);
      else seen.set(key, row);
    }
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    accepted.push({
      code: value.code ?? '',
      name: value.name ?? '',
      ...(value.person ? { person: value.person } : {}),
      ...(value.address ? { address: value.address } : {}),
      // Stored as people write it ("028 3829 7009"); compared above by its digits.
      ...(value.phone ? { phone: formatPhone(value.phone) } : {}),
      ...(value.hours ? { hours: value.hours } : {}),
      ...(value.map_url ? { mapUrl: value.map_url } : {}),
      source: cell.source ?? '',
      verified: value.verified ?? '',
    });
  }
  return { accepted, errors, skipped, total: rows.length };
}
