// Validates a spreadsheet of enrolment sessions (one session per row) before any notice is printed,
// like the contacts import (ward-csv.mjs): the same decoding, formula refusal and error format, and
// each field checked by the very function the notice sheet uses (src/lib/poster-fields.ts), so a
// row that passes here prints exactly as the generator would print it.
import { parse } from 'csv-parse/sync';
import { looksLikeFormula } from './ward-csv.mjs';
import { checkVietnamesePhone } from '../../src/lib/phone.ts';
import { PARAMS, readSheetParams } from '../../src/lib/poster-fields.ts';

export const SESSION_COLUMNS = ['code', 'date', 'start', 'end', 'place', 'audience', 'format', 'contact_place', 'contact_address', 'contact_phone', 'contact_hours'];
const REQUIRED = ['code', 'date', 'start', 'end', 'place'];
/** Notice formats a row may ask for ("a4" is short for thong-bao-a4). */
const FORMATS = { '': 'thong-bao-a4', a4: 'thong-bao-a4', a5: 'thong-bao-a5', 'thong-bao-a4': 'thong-bao-a4', 'thong-bao-a5': 'thong-bao-a5' };
/** The sheet's address parameter for each column. */
const PARAM_OF = {
  date: PARAMS.sessionDate,
  start: PARAMS.sessionStart,
  end: PARAMS.sessionEnd,
  place: PARAMS.sessionPlace,
  audience: PARAMS.sessionAudience,
  contact_place: PARAMS.contactPlace,
  contact_address: PARAMS.contactAddress,
  contact_phone: PARAMS.contactPhone,
  contact_hours: PARAMS.contactHours,
};
const COLUMN_OF = Object.fromEntries(Object.entries(PARAM_OF).map(([column, param]) => [param, column]));
/** No QR code is added to a notice: an allowlist that allows nothing. */
const NO_QR = { exactUrls: [], officialHosts: [], siteUrl: null };

/**
 * @typedef {{ row: number, code: string, format: 'thong-bao-a4' | 'thong-bao-a5', query: string, file: string, label: string }} SessionRow
 * @typedef {{ row: number, column?: string, message: string }} RowError
 */

/**
 * @param {string} text CSV text (comma or semicolon separated)
 * @param {{ unitCodes: Set<string>, now?: Date }} context
 * @returns {{ accepted: SessionRow[], errors: RowError[], total: number }}
 */
export function validateSessionCsv(text, { unitCodes, now = new Date() }) {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  /** @type {string[][]} */
  let records;
  try {
    records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const line = /** @type {{ lines?: number }} */ (error).lines;
    return { accepted: [], total: 0, errors: [{ row: line ?? 1, message: `Không đọc được tệp CSV${line ? ` từ dòng ${line}` : ''} (thường do một dấu ngoặc kép không đóng). Sửa: kiểm tra ô có dấu ngoặc kép ở dòng đó, hoặc lưu lại bảng tính dạng "CSV UTF-8".` }] };
  }
  const [header = [], ...rows] = records;
  const columns = header.map((h) => h.trim().toLowerCase());
  /** @type {RowError[]} */
  const errors = [];
  const unknown = columns.filter((c) => !SESSION_COLUMNS.includes(c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (unknown.length) errors.push({ row: 1, message: `Cột lạ: ${unknown.slice(0, 5).join(', ')}. Sửa: dòng đầu tiên chỉ gồm các cột ${SESSION_COLUMNS.join(', ')}.` });
  if (missing.length) errors.push({ row: 1, message: `Thiếu cột bắt buộc: ${missing.join(', ')}. Sửa: thêm cột vào dòng tiêu đề.` });
  if (!errors.length && rows.length === 0) errors.push({ row: 2, message: 'Tệp chỉ có dòng tiêu đề, không có buổi nào. Sửa: thêm mỗi buổi một hàng bên dưới tiêu đề.' });
  if (errors.length) return { accepted: [], errors, total: rows.length };

  /** @type {SessionRow[]} */
  const accepted = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  rows.forEach((cells, i) => {
    const row = i + 2; // spreadsheet row number: the header is row 1
    /** @type {Record<string, string>} */
    const cell = Object.fromEntries(columns.map((c, j) => [c, (cells[j] ?? '').trim()]));
    /** @type {RowError[]} */
    const rowErrors = [];
    const fail = (/** @type {string} */ column, /** @type {string} */ message) => rowErrors.push({ row, column, message });

    if (cells.length > columns.length) fail('(thừa)', `Hàng có ${cells.length} ô nhưng tiêu đề có ${columns.length} cột. Sửa: bỏ ô thừa hoặc đặt ô có dấu phẩy trong ngoặc kép.`);
    for (const [column, value] of Object.entries(cell)) {
      if (looksLikeFormula(column === 'contact_phone' ? 'phone' : column, value)) fail(column, `Ô "${column}" bắt đầu bằng "${value[0]}" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.`);
      else if (/[<>]/.test(value)) fail(column, `Ô "${column}" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.`);
      else if (/[\u0000-\u001f\u007f]/.test(value)) fail(column, `Ô "${column}" có ký tự điều khiển. Sửa: gõ lại ô này.`);
    }
    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    const code = cell.code ?? '';
    if (!/^\d{5}$/.test(code)) fail('code', `Mã "${code}" không phải mã 5 chữ số. Sửa: chép mã phường/xã (ví dụ 27664) từ trang phường/xã; nếu bảng tính bỏ số 0 đầu, định dạng cột là văn bản.`);
    else if (!unitCodes.has(code)) fail('code', `Mã "${code}" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.`);
    const format = FORMATS[/** @type {keyof typeof FORMATS} */ ((cell.format ?? '').toLowerCase())];
    if (!format) fail('format', `Khổ "${cell.format}" không có. Sửa: ghi a4 hoặc a5 (để trống là a4).`);
    // Limits are checked, not cut: a spreadsheet cell that is too long is an error to fix, not to hide.
    for (const [column, max] of Object.entries({ place: 120, audience: 120, contact_place: 80, contact_address: 120, contact_hours: 80 })) {
      const length = [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(cell[column] ?? '')].length;
      if (length > max) fail(column, `Ô "${column}" dài ${length} ký tự, quá ${max}. Sửa: viết ngắn lại.`);
    }
    const params = new URLSearchParams({ [PARAMS.code]: code });
    for (const [column, param] of Object.entries(PARAM_OF)) if (cell[column]) params.set(param, cell[column]);
    const read = readSheetParams(params, { format: format ?? 'thong-bao-a4', allowlist: NO_QR, now }, { checkPhone: checkVietnamesePhone });
    for (const problem of read.problems) if (problem.field !== PARAMS.code) fail(COLUMN_OF[problem.field] ?? problem.field, problem.message);
    if (!rowErrors.length && read.session) {
      const key = `${code}|${read.session.date}|${read.session.start}|${format}`;
      const twin = seen.get(key);
      if (twin) fail('(cả hàng)', `Hàng này trùng hàng ${twin} (cùng mã, ngày, giờ bắt đầu và khổ). Sửa: xóa một hàng.`);
      else seen.set(key, row);
    }
    if (rowErrors.length || !read.session || !format) {
      errors.push(...rowErrors);
      return;
    }
    accepted.push({
      row,
      code,
      format: /** @type {'thong-bao-a4' | 'thong-bao-a5'} */ (format),
      query: params.toString(),
      file: `${code}-${read.session.date}-${read.session.start.replace(':', '')}-${format.replace('thong-bao-', '')}.pdf`,
      label: `${read.session.dateText}, ${read.session.timeText}, ${read.session.place}`,
    });
  });
  return { accepted, errors, total: rows.length };
}
