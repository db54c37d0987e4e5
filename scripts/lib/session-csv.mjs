// Validates a spreadsheet of enrolment sessions (one session per row) before any notice is printed,
// like the contacts import (ward-csv.mjs): the same decoding, formula refusal and error format, and
// each field checked by the very function the notice sheet uses (src/lib/poster-fields.ts), so a
// row that passes here prints exactly as the generator would print it.
import { isBlankRow, parseCsvTable, unsafeCells } from './csv-table.mjs';
import { checkVietnamesePhone } from '../../src/lib/phone.ts';
import { PARAMS, readSheetParams } from '../../src/lib/poster-fields.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { upcomingSessions } from '../../src/lib/sessions.ts';

export const SESSION_COLUMNS = ['code', 'date', 'start', 'end', 'place', 'audience', 'format', 'contact_place', 'contact_address', 'contact_phone', 'contact_hours'];
const REQUIRED = ['code', 'date', 'start', 'end', 'place'];
/**
 * Notice formats a row may ask for ("a4" is short for thong-bao-a4).
 * @type {Record<string, 'thong-bao-a4' | 'thong-bao-a5'>}
 */
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
 * A row's problems left to right, as the columns stand in the sheet (the whole-row ones last): the
 * notice sheet's reader finds them in its own order (contact before session).
 * @param {RowError[]} rowErrors
 */
function inColumnOrder(rowErrors) {
  const rank = (/** @type {RowError} */ e) => {
    const i = SESSION_COLUMNS.indexOf(e.column ?? '');
    return i === -1 ? SESSION_COLUMNS.length : i;
  };
  return rowErrors.toSorted((a, b) => rank(a) - rank(b)); // stable: one column's problems keep their order
}

/**
 * @param {string} text CSV text (comma or semicolon separated)
 * @param {{ unitCodes: Set<string>, now?: Date }} context
 * @returns {{ accepted: SessionRow[], errors: RowError[], skipped: { row: number, reason: string }[], total: number }}
 */
export function validateSessionCsv(text, { unitCodes, now = new Date() }) {
  const { columns, rows, errors } = parseCsvTable(text, { columns: SESSION_COLUMNS, required: REQUIRED, rowNoun: 'buổi' });
  /** @type {{ row: number, reason: string }[]} */
  const skipped = [];
  if (errors.length) return { accepted: [], errors, skipped, total: rows.length };

  /** @type {SessionRow[]} */
  const accepted = [];
  /** @type {Map<string, number>} */
  const seen = new Map();
  rows.forEach((line) => {
    const { row, cell } = line;
    if (isBlankRow(line)) {
      skipped.push({ row, reason: 'hàng trống (mọi ô đều trống)' });
      return;
    }
    /** @type {RowError[]} */
    const rowErrors = unsafeCells(line, columns.length, ['contact_phone']);
    const fail = (/** @type {string} */ column, /** @type {string} */ message) => void rowErrors.push({ row, column, message });
    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    const code = cell.code ?? '';
    if (!/^\d{5}$/.test(code)) fail('code', `Mã "${code}" không phải mã 5 chữ số. Sửa: chép mã phường/xã (ví dụ 27664) từ trang phường/xã; nếu bảng tính bỏ số 0 đầu, định dạng cột là văn bản.`);
    else if (!unitCodes.has(code)) fail('code', `Mã "${code}" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.`);
    // Own keys only: "constructor" or "__proto__" in the cell must not find a built-in property.
    const formatKey = (cell.format ?? '').toLowerCase();
    const format = Object.hasOwn(FORMATS, formatKey) ? FORMATS[formatKey] : undefined;
    if (!format) fail('format', `Khổ "${cell.format}" không có. Sửa: ghi a4 hoặc a5 (để trống là a4).`);
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
    if (!rowErrors.length && !read.session) fail('date', 'Hàng có mã phường/xã nhưng không có ngày, giờ và địa điểm của buổi đăng ký, nên không in được thông báo. Sửa: điền các cột date, start, end, place; hoặc xóa hàng này.');
    if (rowErrors.length || !read.session || !format) {
      errors.push(...inColumnOrder(rowErrors));
      return;
    }
    accepted.push({
      row,
      code,
      format,
      query: params.toString(),
      file: `${code}-${read.session.date}-${read.session.start.replace(':', '')}-${format.replace('thong-bao-', '')}.pdf`,
      label: `${read.session.dateText}, ${read.session.timeText}, ${read.session.place}`,
    });
  });
  return { accepted, errors, skipped, total: rows.length };
}

/**
 * The upcoming registration days every ward published (content/wards/*.yaml, `sessions`), as the
 * rows of a sessions CSV, so `npm run posters -- --sessions da-cong-bo` puts them through exactly the
 * checks a spreadsheet row gets. Empty text when no ward published an upcoming day.
 * @param {string} contentDir @param {string} [today] YYYY-MM-DD in Vietnam
 */
export function publishedSessionRows(contentDir, today) {
  const cell = (/** @type {string} */ v) => `"${v.replace(/"/g, '""')}"`;
  /** @type {string[]} */
  const rows = [];
  const dir = join(contentDir, 'wards');
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : []) {
    const ward = /** @type {{ code: string, sessions?: { date: unknown, start: string, end: string, place: string, audience?: string }[] }} */ (parse(readFileSync(join(dir, name), 'utf8')));
    for (const s of upcomingSessions((ward.sessions ?? []).map((x) => ({ ...x, date: String(x.date) })), today)) {
      rows.push([ward.code, String(s.date), s.start, s.end, s.place, s.audience ?? '', '', '', '', '', ''].map(cell).join(','));
    }
  }
  return rows.length ? `${SESSION_COLUMNS.join(',')}\n${rows.join('\n')}\n` : '';
}
