// Validates a spreadsheet export of ward contacts (one contact per row) before anything is written.
// Every message names the row and column and says how to fix the cell, in Vietnamese, for staff.
// Each field uses the same check as the content schema (src/lib), so what imports always builds.
import { parseCsvTable, unsafeCells } from './csv-table.mjs';
import { checkVietnamesePhone } from '../../src/lib/phone.ts';
import { checkMapUrl } from '../../src/lib/official-hosts.ts';
import { checkDay } from '../../src/lib/dates.ts';

export const COLUMNS = ['code', 'name', 'person', 'address', 'phone', 'hours', 'map_url', 'source', 'verified'];
const REQUIRED = ['code', 'name', 'source', 'verified'];
const LIMITS = { name: 160, person: 160, address: 200, hours: 160 };


/**
 * @typedef {{ code: string, name: string, person?: string, address?: string, phone?: string, hours?: string, mapUrl?: string, source: string, verified: string }} ContactRow
 * @typedef {{ row: number, column?: string, message: string }} RowError
 */



/** @param {Record<string, string>} c */
const contactKey = (c) => [c.code, c.name, c.phone, c.address].map((v) => (v ?? '').toLowerCase().replace(/\s+/g, ' ').trim()).join('|');

/**
 * @param {string} text CSV text (comma or semicolon separated)
 * @param {{ unitCodes: Set<string>, sourceKeys: Set<string>, now?: Date }} context
 * @returns {{ accepted: ContactRow[], errors: RowError[], total: number }}
 */
export function validateWardCsv(text, { unitCodes, sourceKeys, now = new Date() }) {
  const { columns, rows, errors } = parseCsvTable(text, { columns: COLUMNS, required: REQUIRED, rowNoun: 'liên hệ' });
  if (errors.length) return { accepted: [], errors, total: rows.length };

  /** @type {ContactRow[]} */
  const accepted = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  rows.forEach((line) => {
    const { row, cell } = line;
    /** @type {RowError[]} */
    const rowErrors = unsafeCells(line, columns.length, ['phone']);
    const fail = (/** @type {string} */ column, /** @type {string} */ message) => rowErrors.push({ row, column, message });
    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    if (!/^\d{5}$/.test(cell.code ?? '')) fail('code', `Mã "${cell.code ?? ''}" không phải mã 5 chữ số. Sửa: chép mã phường/xã (ví dụ 27664) từ trang phường/xã; nếu bảng tính bỏ số 0 đầu, định dạng cột là văn bản.`);
    else if (!unitCodes.has(cell.code ?? '')) fail('code', `Mã "${cell.code}" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.`);
    if (!cell.name) fail('name', 'Thiếu tên nơi liên hệ. Sửa: ghi ví dụ "Công an xã Cần Giờ".');
    for (const [column, max] of Object.entries(LIMITS)) {
      if ([...(cell[column] ?? '')].length > max) fail(column, `Ô "${column}" dài quá ${max} ký tự. Sửa: viết ngắn lại.`);
    }
    if (cell.phone) {
      const result = checkVietnamesePhone(cell.phone);
      if (!result.ok) fail('phone', result.reason);
    }
    /** @type {string | undefined} */
    let mapUrl;
    if (cell.map_url) {
      const result = checkMapUrl(cell.map_url);
      if (result.ok) mapUrl = result.url;
      else fail('map_url', result.reason);
    }
    if (!cell.source) fail('source', 'Thiếu nguồn. Sửa: ghi mã văn bản nguồn có trong content/sources.yaml.');
    else if (!sourceKeys.has(cell.source)) fail('source', `Nguồn "${cell.source}" không có trong content/sources.yaml. Sửa: thêm văn bản đó vào content/sources.yaml trước, hoặc ghi đúng mã.`);
    const verified = checkDay(cell.verified ?? '', { now });
    if (!verified.ok) fail('verified', `Ngày xác minh: ${verified.reason}`);
    if (!cell.phone && !cell.address) fail('phone', 'Hàng không có cả số điện thoại lẫn địa chỉ. Sửa: ghi ít nhất một trong hai.');
    const key = contactKey(cell);
    const twin = seen.get(key);
    if (twin && !rowErrors.length) fail('(cả hàng)', `Hàng này trùng hàng ${twin} (cùng mã, tên, số điện thoại và địa chỉ). Sửa: xóa một hàng.`);
    else if (!twin) seen.set(key, row);

    if (rowErrors.length) errors.push(...rowErrors);
    else {
      accepted.push({
        code: cell.code ?? '',
        name: cell.name ?? '',
        ...(cell.person ? { person: cell.person } : {}),
        ...(cell.address ? { address: cell.address } : {}),
        ...(cell.phone ? { phone: cell.phone } : {}),
        ...(cell.hours ? { hours: cell.hours } : {}),
        ...(mapUrl ? { mapUrl } : {}),
        source: cell.source ?? '',
        verified: verified.ok ? verified.iso : '',
      });
    }
  });
  return { accepted, errors, total: rows.length };
}
