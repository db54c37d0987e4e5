// Validates a spreadsheet export of ward contacts (one contact per row) before anything is written.
// Every message names the row and column and says how to fix the cell, in Vietnamese, for staff.
import { parse } from 'csv-parse/sync';
import { checkVietnamesePhone } from '../../src/lib/phone.ts';

export const COLUMNS = ['code', 'name', 'person', 'address', 'phone', 'hours', 'map_url', 'source', 'verified'];
const REQUIRED = ['code', 'name', 'source', 'verified'];
const LIMITS = { name: 160, person: 160, address: 200, hours: 160 };

/**
 * @typedef {{ code: string, name: string, person?: string, address?: string, phone?: string, hours?: string, mapUrl?: string, source: string, verified: string }} ContactRow
 * @typedef {{ row: number, column?: string, message: string }} RowError
 */

/**
 * @param {string} text CSV text (comma or semicolon separated, UTF-8 with or without BOM)
 * @param {{ unitCodes: Set<string>, sourceKeys: Set<string>, today?: Date }} context
 * @returns {{ accepted: ContactRow[], errors: RowError[], total: number }}
 */
export function validateWardCsv(text, { unitCodes, sourceKeys, today = new Date() }) {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  /** @type {string[][]} */
  let records;
  try {
    records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { accepted: [], total: 0, errors: [{ row: 1, message: `Không đọc được tệp CSV (${/** @type {Error} */ (error).message}). Sửa: lưu bảng tính dưới dạng "CSV UTF-8".` }] };
  }
  const [header = [], ...rows] = records;
  const columns = header.map((h) => h.trim().toLowerCase());
  /** @type {RowError[]} */
  const errors = [];
  const unknown = columns.filter((c) => !COLUMNS.includes(c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (unknown.length) errors.push({ row: 1, message: `Cột lạ: ${unknown.join(', ')}. Sửa: chỉ dùng các cột ${COLUMNS.join(', ')}.` });
  if (missing.length) errors.push({ row: 1, message: `Thiếu cột bắt buộc: ${missing.join(', ')}. Sửa: thêm cột vào dòng tiêu đề.` });
  if (errors.length) return { accepted: [], errors, total: rows.length };

  /** @type {ContactRow[]} */
  const accepted = [];
  rows.forEach((cells, i) => {
    const row = i + 2; // spreadsheet row number: the header is row 1
    /** @type {Record<string, string>} */
    const cell = Object.fromEntries(columns.map((c, j) => [c, (cells[j] ?? '').trim()]));
    /** @type {RowError[]} */
    const rowErrors = [];
    const fail = (/** @type {string} */ column, /** @type {string} */ message) => rowErrors.push({ row, column, message });

    if (cells.length > columns.length) fail('(thừa)', `Hàng có ${cells.length} ô nhưng tiêu đề có ${columns.length} cột. Sửa: bỏ ô thừa hoặc đặt ô có dấu phẩy trong ngoặc kép.`);
    for (const [column, value] of Object.entries(cell)) {
      if (/[<>]/.test(value)) fail(column, `Ô "${column}" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.`);
      else if (/[\u0000-\u001f\u007f]/.test(value)) fail(column, `Ô "${column}" có ký tự điều khiển. Sửa: gõ lại ô này.`);
    }
    if (!/^\d{5}$/.test(cell.code ?? '')) fail('code', `Mã "${cell.code ?? ''}" không phải mã 5 chữ số. Sửa: chép mã phường/xã (ví dụ 27664) từ trang phường/xã; nếu bảng tính bỏ số 0 đầu, định dạng cột là văn bản.`);
    else if (!unitCodes.has(cell.code)) fail('code', `Mã "${cell.code}" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.`);
    if (!cell.name) fail('name', 'Thiếu tên nơi liên hệ. Sửa: ghi ví dụ "Công an xã Cần Giờ".');
    for (const [column, max] of Object.entries(LIMITS)) {
      if ((cell[column] ?? '').length > max) fail(column, `Ô "${column}" dài quá ${max} ký tự. Sửa: viết ngắn lại.`);
    }
    let phone;
    if (cell.phone) {
      const result = checkVietnamesePhone(cell.phone);
      if (result.ok) phone = result.digits;
      else fail('phone', `${result.reason}`);
    }
    if (cell.map_url) {
      let ok = false;
      try {
        ok = new URL(cell.map_url).protocol === 'https:';
      } catch {}
      if (!ok) fail('map_url', `Link bản đồ "${cell.map_url}" không hợp lệ. Sửa: dán địa chỉ đầy đủ bắt đầu bằng https://, hoặc để trống.`);
    }
    if (!cell.source) fail('source', 'Thiếu nguồn. Sửa: ghi mã văn bản nguồn có trong content/sources.yaml.');
    else if (!sourceKeys.has(cell.source)) fail('source', `Nguồn "${cell.source}" không có trong content/sources.yaml. Sửa: thêm văn bản đó vào content/sources.yaml trước, hoặc ghi đúng mã.`);
    const verified = cell.verified ?? '';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(verified) ? new Date(`${verified}T00:00:00Z`) : undefined;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== verified) {
      fail('verified', `Ngày xác minh "${verified}" không đúng dạng NĂM-THÁNG-NGÀY. Sửa: ghi ví dụ 2026-11-22.`);
    } else if (date.getTime() > today.getTime()) {
      fail('verified', `Ngày xác minh ${verified} ở tương lai. Sửa: ghi ngày đã gọi điện hoặc đối chiếu văn bản.`);
    }
    if (!cell.phone && !cell.address) fail('phone', 'Hàng không có cả số điện thoại lẫn địa chỉ. Sửa: ghi ít nhất một trong hai.');

    if (rowErrors.length) errors.push(...rowErrors);
    else {
      accepted.push({
        code: cell.code ?? '',
        name: cell.name ?? '',
        ...(cell.person ? { person: cell.person } : {}),
        ...(cell.address ? { address: cell.address } : {}),
        ...(phone ? { phone: cell.phone } : {}),
        ...(cell.hours ? { hours: cell.hours } : {}),
        ...(cell.map_url ? { mapUrl: cell.map_url } : {}),
        source: cell.source ?? '',
        verified,
      });
    }
  });
  return { accepted, errors, total: rows.length };
}
