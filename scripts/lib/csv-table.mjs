// What every spreadsheet import shares (ward contacts, enrolment sessions): the CSV read as staff's
// spreadsheets write it (comma or semicolon, a BOM or not), the header checked against the columns,
// and each cell checked for what must never be stored (formulas, HTML, control characters). Each
// importer then checks its own fields with the site's validators (src/lib).
import { parse } from 'csv-parse/sync';
import { checkCleanText } from '../../src/lib/text-rules.ts';

/**
 * @typedef {{ row: number, column?: string, message: string }} RowError
 * @typedef {{ row: number, cells: string[], cell: Record<string, string> }} CsvRow
 * @typedef {{ record: string[], info: { records: number, empty_lines: number } }} CsvRecord  what csv-parse returns with `info: true` (its types do not say)
 */

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first; CSV injection): refused rather than
 * stored, since the file may be opened in a spreadsheet again. A phone "+84 …" is a number.
 * @param {string} value @param {boolean} isPhone
 */
export function looksLikeFormula(value, isPhone) {
  if (!/^[=+\-@\t\r]/.test(value)) return false;
  return !(isPhone && /^\+[\d\s.()-]+$/.test(value));
}

/**
 * Parses the text and checks the header. `rows` holds every data row with its spreadsheet row number
 * (the header is row 1); `errors` the file-level problems, which stop the import before any row.
 * @param {string} text
 * @param {{ columns: string[], required: string[], rowNoun: string }} spec  rowNoun: "liên hệ", "buổi"
 * @returns {{ columns: string[], rows: CsvRow[], errors: RowError[] }}
 */
export function parseCsvTable(text, { columns: known, required, rowNoun }) {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  /** @type {CsvRecord[]} */
  let records;
  try {
    records = /** @type {CsvRecord[]} */ (/** @type {unknown} */ (parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true })));
  } catch (error) {
    // The spreadsheet row being read, not the file's last line (where an unclosed quote is noticed).
    const { records: read, empty_lines: empty = 0 } = /** @type {{ records?: number, empty_lines?: number }} */ (error);
    const line = read === undefined ? undefined : read + empty + 1;
    return { columns: [], rows: [], errors: [{ row: line ?? 1, message: `Không đọc được tệp CSV${line ? ` từ dòng ${line}` : ''} (thường do một dấu ngoặc kép không đóng). Sửa: kiểm tra ô có dấu ngoặc kép ở dòng đó, hoặc lưu lại bảng tính dạng "CSV UTF-8".` }] };
  }
  const [{ record: header = [] } = {}, ...data] = records;
  const columns = header.map((h) => h.trim().toLowerCase());
  // Row numbers as the spreadsheet shows them: a skipped empty line is an empty row there.
  const rows = data.map(({ record: cells, info }) => ({ row: info.records + info.empty_lines, cells, cell: Object.fromEntries(columns.map((c, j) => [c, (cells[j] ?? '').trim()])) }));
  /** @type {RowError[]} */
  const errors = [];
  const unknown = columns.filter((c) => !known.includes(c));
  const missing = required.filter((c) => !columns.includes(c));
  if (unknown.length) errors.push({ row: 1, message: `Cột lạ: ${unknown.slice(0, 5).join(', ')}. Sửa: dòng đầu tiên chỉ gồm các cột ${known.join(', ')}.` });
  if (missing.length) errors.push({ row: 1, message: `Thiếu cột bắt buộc: ${missing.join(', ')}. Sửa: thêm cột vào dòng tiêu đề.` });
  if (!errors.length && rows.length === 0) errors.push({ row: 2, message: `Tệp chỉ có dòng tiêu đề, không có ${rowNoun} nào. Sửa: thêm mỗi ${rowNoun} một hàng bên dưới tiêu đề.` });
  return { columns, rows, errors };
}

/**
 * What must never be stored from a row, whatever the import: extra cells, formulas, HTML, control
 * characters. An empty list means the row may go on to its field checks.
 * @param {CsvRow} row @param {number} width the header's column count @param {string[]} phoneColumns
 * @returns {RowError[]}
 */
export function unsafeCells({ row, cells, cell }, width, phoneColumns) {
  /** @type {RowError[]} */
  const errors = [];
  if (cells.length > width) errors.push({ row, column: '(thừa)', message: `Hàng có ${cells.length} ô nhưng tiêu đề có ${width} cột. Sửa: bỏ ô thừa hoặc đặt ô có dấu phẩy trong ngoặc kép.` });
  for (const [column, value] of Object.entries(cell)) {
    if (looksLikeFormula(value, phoneColumns.includes(column))) errors.push({ row, column, message: `Ô "${column}" bắt đầu bằng "${value[0]}" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.` });
    else if (/[<>]/.test(value)) errors.push({ row, column, message: `Ô "${column}" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.` });
    else {
      // The one text rule (src/lib/text-rules.ts): control, direction and zero-width characters refused, by name and position.
      const clean = checkCleanText(value, { what: `Ô "${column}"` });
      if (!clean.ok) errors.push({ row, column, message: clean.reason });
    }
  }
  return errors;
}

/** A row whose every cell is empty (",,,,"): reported as skipped, never counted as written or refused. @param {CsvRow} row */
export const isBlankRow = ({ cells }) => cells.every((c) => !c.trim());

const SAVE_AS = 'Sửa: trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (Comma delimited) (*.csv)"; trong Google Trang tính chọn Tệp → Tải xuống → CSV.';

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

/**
 * "Tệp x.csv: 12 hàng dữ liệu: 10 hợp lệ, 1 bị từ chối, 1 bỏ qua (hàng trống)." Every row read is
 * accounted for: accepted, refused (with its reasons above) or skipped (with its reason); a sum that
 * does not add up is a bug, reported as such rather than printed.
 * @param {string} file @param {{ total: number, accepted: unknown[], errors: RowError[], skipped: { row: number, reason: string }[] }} result
 */
export function rowSummary(file, { total, accepted, errors, skipped }) {
  const refused = new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size;
  if (accepted.length + refused + skipped.length !== total && !errors.some((e) => e.row === 1)) {
    throw new Error(`Lỗi chương trình: ${total} hàng đọc được nhưng ${accepted.length} hợp lệ + ${refused} bị từ chối + ${skipped.length} bỏ qua. Sửa: báo lỗi này cho người phát triển.`);
  }
  const lines = [`Tệp ${file}: ${total} hàng dữ liệu: ${accepted.length} hợp lệ, ${refused} bị từ chối, ${skipped.length} bỏ qua.`];
  for (const s of skipped.slice(0, 10)) lines.push(`  – hàng ${s.row} bỏ qua: ${s.reason}.`);
  if (skipped.length > 10) lines.push(`  – … và ${skipped.length - 10} hàng trống khác.`);
  return lines;
}
