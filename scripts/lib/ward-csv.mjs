// Validates a spreadsheet export of ward contacts (one contact per row) before anything is written.
// Every message names the row and column and says how to fix the cell, in Vietnamese, for staff.
// Each field uses the same check as the content schema (src/lib), so what imports always builds.
import { parse } from 'csv-parse/sync';
import { checkVietnamesePhone } from '../../src/lib/phone.ts';
import { checkMapUrl } from '../../src/lib/official-hosts.ts';
import { checkDay } from '../../src/lib/dates.ts';

export const COLUMNS = ['code', 'name', 'person', 'address', 'phone', 'hours', 'map_url', 'source', 'verified'];
const REQUIRED = ['code', 'name', 'source', 'verified'];
const LIMITS = { name: 160, person: 160, address: 200, hours: 160 };
const SAVE_AS = 'Sửa: trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (Comma delimited) (*.csv)"; trong Google Trang tính chọn Tệp → Tải xuống → CSV.';

/**
 * @typedef {{ code: string, name: string, person?: string, address?: string, phone?: string, hours?: string, mapUrl?: string, source: string, verified: string }} ContactRow
 * @typedef {{ row: number, column?: string, message: string }} RowError
 */

/**
 * Bytes of a file → text, refusing anything that is not UTF-8 CSV: an .xlsx workbook, UTF-16
 * ("Unicode text") or an Excel "CSV" saved in Windows-1258/1252, which would otherwise be stored as
 * mojibake ("C�ng an").
 * @param {Uint8Array} bytes
 * @returns {{ ok: true, text: string } | { ok: false, message: string }}
 */
export function decodeCsv(bytes) {
  if (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return { ok: false, message: `Đây là tệp Excel (.xlsx) hoặc tệp nén, không phải CSV. ${SAVE_AS}` };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, message: `Tệp được lưu dạng "Unicode Text" (UTF-16), không phải CSV UTF-8. ${SAVE_AS}` };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const lines = Buffer.from(body).toString('latin1').split('\n');
    let offset = 0;
    let line = 1;
    for (const [i, text] of lines.entries()) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(offset, offset + text.length));
      } catch {
        line = i + 1;
        break;
      }
      offset += text.length + 1;
    }
    return { ok: false, message: `Tệp không phải CSV UTF-8 (có thể Excel đã lưu bằng bảng mã Windows-1258 hoặc 1252, chữ có dấu sẽ bị hỏng); ký tự lỗi đầu tiên ở dòng ${line}. ${SAVE_AS}` };
  }
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first; CSV injection): refused rather than
 * stored, since the ward file may be opened in a spreadsheet again. A phone "+84 …" is a number.
 * @param {string} column @param {string} value
 */
export function looksLikeFormula(column, value) {
  if (!/^[=+\-@\t\r]/.test(value)) return false;
  return !(column === 'phone' && /^\+[\d\s.()-]+$/.test(value));
}

/** @param {Record<string, string>} c */
const contactKey = (c) => [c.code, c.name, c.phone, c.address].map((v) => (v ?? '').toLowerCase().replace(/\s+/g, ' ').trim()).join('|');

/**
 * @param {string} text CSV text (comma or semicolon separated)
 * @param {{ unitCodes: Set<string>, sourceKeys: Set<string>, now?: Date }} context
 * @returns {{ accepted: ContactRow[], errors: RowError[], total: number }}
 */
export function validateWardCsv(text, { unitCodes, sourceKeys, now = new Date() }) {
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
  const unknown = columns.filter((c) => !COLUMNS.includes(c));
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (unknown.length) errors.push({ row: 1, message: `Cột lạ: ${unknown.slice(0, 5).join(', ')}. Sửa: dòng đầu tiên chỉ gồm các cột ${COLUMNS.join(', ')}.` });
  if (missing.length) errors.push({ row: 1, message: `Thiếu cột bắt buộc: ${missing.join(', ')}. Sửa: thêm cột vào dòng tiêu đề.` });
  if (!errors.length && rows.length === 0) errors.push({ row: 2, message: 'Tệp chỉ có dòng tiêu đề, không có hàng liên hệ nào. Sửa: thêm mỗi liên hệ một hàng bên dưới tiêu đề.' });
  if (errors.length) return { accepted: [], errors, total: rows.length };

  /** @type {ContactRow[]} */
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
      if (looksLikeFormula(column, value)) fail(column, `Ô "${column}" bắt đầu bằng "${value[0]}" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.`);
      else if (/[<>]/.test(value)) fail(column, `Ô "${column}" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.`);
      else if (/[\u0000-\u001f\u007f]/.test(value)) fail(column, `Ô "${column}" có ký tự điều khiển. Sửa: gõ lại ô này.`);
    }
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

/**
 * At most `limit` error lines, then one line per column saying how many more: 50,000 bad rows must
 * not print 200,000 lines.
 * @param {RowError[]} errors @param {string} file @param {number} [limit]
 */
export function formatErrors(errors, file, limit = 40) {
  const lines = errors.slice(0, limit).map((e) => `  ✗ ${file}, hàng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}`);
  if (errors.length > limit) {
    /** @type {Map<string, number>} */
    const rest = new Map();
    for (const e of errors.slice(limit)) rest.set(e.column ?? '(tệp)', (rest.get(e.column ?? '(tệp)') ?? 0) + 1);
    lines.push(`  … và ${errors.length - limit} lỗi khác: ${[...rest].map(([c, n]) => `${n} ở cột ${c}`).join(', ')}.`);
  }
  return lines;
}
