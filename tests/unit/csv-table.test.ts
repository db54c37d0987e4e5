// What every spreadsheet import shares (scripts/lib/csv-table.mjs), called directly with the CSV that
// Excel and Google Sheets write: a BOM, semicolons (Excel in Vietnamese), CRLF, quoted cells with
// commas and line breaks, empty rows, a mistyped header, and files that are not UTF-8 CSV at all.
// Each case asserts what staff see: the row, the column and the message with its fix.
import { describe, expect, it } from 'vitest';
import { decodeCsv, formatErrors, isBlankRow, looksLikeFormula, parseCsvTable, rowSummary, unsafeCells } from '../../scripts/lib/csv-table.mjs';

const spec = { columns: ['code', 'name', 'phone', 'note'], required: ['code', 'name'], rowNoun: 'liên hệ' };
const KNOWN = 'code, name, phone, note';
const SAVE_AS = 'Sửa: trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (Comma delimited) (*.csv)"; trong Google Trang tính chọn Tệp → Tải xuống → CSV.';
const NOT_UTF8 = (line: number) =>
  `Tệp không phải CSV UTF-8 (có thể Excel đã lưu bằng bảng mã Windows-1258 hoặc 1252, chữ có dấu sẽ bị hỏng); ký tự lỗi đầu tiên ở dòng ${line}. ${SAVE_AS}`;
const UNREADABLE = (line: number) =>
  `Không đọc được tệp CSV từ dòng ${line} (thường do một dấu ngoặc kép không đóng). Sửa: kiểm tra ô có dấu ngoặc kép ở dòng đó, hoặc lưu lại bảng tính dạng "CSV UTF-8".`;
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('looksLikeFormula: cells a spreadsheet would run', () => {
  it.each(['=HYPERLINK("https://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('refuses %j in a text column', (value) => {
    expect(looksLikeFormula(value, false)).toBe(true);
  });
  it.each(['Nhà văn hóa', 'a=b', '1+1', 'x@y.vn', ''])('accepts %j', (value) => {
    expect(looksLikeFormula(value, false)).toBe(false);
  });
  it.each(['+84 903 858 668', '+84 (28) 3829.7009', '+84-28-3829-7009'])('takes %j in a phone column as a number', (value) => {
    expect(looksLikeFormula(value, true)).toBe(false);
    expect(looksLikeFormula(value, false)).toBe(true);
  });
  it.each(['+84 903 858 668x', '+84=1', '=0903858668', '=+84 903 858 668', '-+84 903', '-84 903', '@84 903', '+'])('still refuses %j in a phone column', (value) => {
    expect(looksLikeFormula(value, true)).toBe(true);
  });
});

describe('parseCsvTable: the file as Excel and Google Sheets write it', () => {
  it('reads an Excel export in Vietnamese: BOM, semicolons, CRLF, a quoted cell with a semicolon', () => {
    const table = parseCsvTable('\uFEFFcode;name;phone\r\n27664;"Công an xã; Cần Giờ";0903 858 668\r\n', spec);
    expect(table).toEqual({
      columns: ['code', 'name', 'phone'],
      rows: [{ row: 2, cells: ['27664', 'Công an xã; Cần Giờ', '0903 858 668'], cell: { code: '27664', name: 'Công an xã; Cần Giờ', phone: '0903 858 668' } }],
      errors: [],
    });
  });

  it('reads a comma file with a quoted cell holding commas, quotes and a line break as one row', () => {
    const table = parseCsvTable('code,name,note\n27664,"Nhà văn hóa ""khu 3"", ấp An Thới\nsố 1",x\n27667,B,y\n', spec);
    expect(table.errors).toEqual([]);
    expect(table.rows.map((r) => [r.row, r.cell.name])).toEqual([[2, 'Nhà văn hóa "khu 3", ấp An Thới\nsố 1'], [3, 'B']]);
  });

  it('chooses the separator from the header line only: commas in the rows do not count', () => {
    const table = parseCsvTable('code;name\n27664;Công an, phường, khu phố 1, 2\n', spec);
    expect(table.rows[0]!.cells).toEqual(['27664', 'Công an, phường, khu phố 1, 2']);
  });

  it('takes a comma when the header has as many semicolons as commas, or more commas', () => {
    expect(parseCsvTable('code\n27664,27667\n', spec).rows[0]!.cells).toEqual(['27664', '27667']);
    expect(parseCsvTable('code,name,note;x\n27664,A,b;c\n', spec).rows[0]!.cells).toEqual(['27664', 'A', 'b;c']);
  });

  it('keeps a BOM that is not at the start of the file, for the cell check to refuse', () => {
    const table = parseCsvTable('code,name\n27664,Công\uFEFF an\n', spec);
    expect(table.rows[0]!.cell.name).toBe('Công\uFEFF an');
    expect(table.columns).toEqual(['code', 'name']);
  });

  it('reads header names in any letter case and spacing', () => {
    expect(parseCsvTable(' Code ; NAME \n27664;A\n', spec)).toMatchObject({ columns: ['code', 'name'], errors: [], rows: [{ cell: { code: '27664', name: 'A' } }] });
  });

  it('gives a short row empty cells and trims every cell', () => {
    const table = parseCsvTable('code,name,phone,note\n  27664 , Công an xã \n', spec);
    expect(table.rows[0]!.cell).toEqual({ code: '27664', name: 'Công an xã', phone: '', note: '' });
    expect(table.rows[0]!.cells).toEqual(['27664', 'Công an xã']);
  });

  it('keeps a row with more cells than the header, for the row check to refuse', () => {
    const table = parseCsvTable('code,name\n27664,A,thừa\n', spec);
    expect(table.errors).toEqual([]);
    expect(table.rows[0]).toEqual({ row: 2, cells: ['27664', 'A', 'thừa'], cell: { code: '27664', name: 'A' } });
  });

  it('numbers rows as the spreadsheet shows them, past empty lines and multi-line cells', () => {
    const table = parseCsvTable('code,name\r\n27664,A\r\n\r\n27667,"B\r\nC"\r\n,\r\n  \r\n27668,D', spec);
    expect(table.errors).toEqual([]);
    expect(table.rows.map((r) => [r.row, r.cells])).toEqual([[2, ['27664', 'A']], [4, ['27667', 'B\r\nC']], [5, ['', '']], [7, ['27668', 'D']]]);
  });

  it('names the row of an unclosed quote, not the end of the file', () => {
    expect(parseCsvTable('code;name\r\n27664;A\r\n27667;"Công an xã\r\n27668;B\r\n27669;C\r\n', spec)).toEqual({ columns: [], rows: [], errors: [{ row: 3, message: UNREADABLE(3) }] });
    expect(parseCsvTable('code,name\n\n27664,"A"x\n', spec).errors).toEqual([{ row: 3, message: UNREADABLE(3) }]);
  });

  it('refuses unknown columns, naming at most five, and lists the columns it knows', () => {
    expect(parseCsvTable('code,name,ten,sdt,ghi chu,email,zalo,web\n27664,A,,,,,,\n', spec).errors).toEqual([
      { row: 1, message: `Cột lạ: ten, sdt, ghi chu, email, zalo. Sửa: dòng đầu tiên chỉ gồm các cột ${KNOWN}.` },
    ]);
  });

  it('refuses a header typo twice: as an unknown column and as a missing one', () => {
    expect(parseCsvTable('code,nmae\n27664,A\n', spec).errors).toEqual([
      { row: 1, message: `Cột lạ: nmae. Sửa: dòng đầu tiên chỉ gồm các cột ${KNOWN}.` },
      { row: 1, message: 'Thiếu cột bắt buộc: name. Sửa: thêm cột vào dòng tiêu đề.' },
    ]);
  });

  it('refuses an empty file as missing every required column', () => {
    expect(parseCsvTable('', spec)).toEqual({ columns: [], rows: [], errors: [{ row: 1, message: 'Thiếu cột bắt buộc: code, name. Sửa: thêm cột vào dòng tiêu đề.' }] });
  });

  it('refuses a file with only the header, in the words of the import', () => {
    expect(parseCsvTable('\uFEFFcode;name\r\n\r\n', { ...spec, rowNoun: 'buổi' }).errors).toEqual([
      { row: 2, message: 'Tệp chỉ có dòng tiêu đề, không có buổi nào. Sửa: thêm mỗi buổi một hàng bên dưới tiêu đề.' },
    ]);
    expect(parseCsvTable('code,ngay\n', spec).errors.map((e) => e.message.slice(0, 7))).toEqual(['Cột lạ:', 'Thiếu c']);
    expect(parseCsvTable('code,name\n,\n', spec).errors).toEqual([]);
  });
});

describe('unsafeCells: what is never stored', () => {
  const row = (cell: Record<string, string>, extra: string[] = []) => ({ row: 7, cells: [...Object.values(cell), ...extra], cell });

  it('passes a clean row, a +84 phone and a row exactly as wide as the header', () => {
    expect(unsafeCells(row({ code: '27664', name: 'Công an xã', phone: '+84 903 858 668' }), 3, ['phone'])).toEqual([]);
  });

  it('refuses a row with more cells than the header', () => {
    expect(unsafeCells(row({ code: '27664', name: 'A' }, ['thừa']), 2, [])).toEqual([
      { row: 7, column: '(thừa)', message: 'Hàng có 3 ô nhưng tiêu đề có 2 cột. Sửa: bỏ ô thừa hoặc đặt ô có dấu phẩy trong ngoặc kép.' },
    ]);
  });

  it('refuses a formula, naming its first character, and a +84 number outside a phone column', () => {
    expect(unsafeCells(row({ name: '=HYPERLINK("x")', note: '+84 903 858 668', phone: '+84 903 858 668' }), 3, ['phone'])).toEqual([
      { row: 7, column: 'name', message: 'Ô "name" bắt đầu bằng "=" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.' },
      { row: 7, column: 'note', message: 'Ô "note" bắt đầu bằng "+" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.' },
    ]);
  });

  it('refuses HTML, once per cell, after the formula check', () => {
    expect(unsafeCells(row({ name: '<b>Công an</b>', note: 'a > b', phone: '=<i>' }), 3, ['phone'])).toEqual([
      { row: 7, column: 'name', message: 'Ô "name" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.' },
      { row: 7, column: 'note', message: 'Ô "note" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.' },
      { row: 7, column: 'phone', message: 'Ô "phone" bắt đầu bằng "=" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.' },
    ]);
  });

  it('refuses an invisible character, naming the cell, the character and its position', () => {
    const errors = unsafeCells(row({ name: 'Công\u200b an', note: '<\u200b>' }), 2, []);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({ row: 7, column: 'name' });
    expect(errors[0]!.message).toMatch(/^Ô "name" có khoảng trắng không độ rộng \(zero-width space\) U\+200B ở ký tự thứ 5, .*Sửa:/);
    expect(errors[1]!.message).toBe('Ô "note" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.');
  });
});

describe('isBlankRow', () => {
  it.each([
    [['', '', ''], true],
    [[' ', '\t'], true],
    [[], true],
    [['', 'A'], false],
    [['27664', ''], false],
  ])('%j is blank: %s', (cells, blank) => {
    expect(isBlankRow({ row: 2, cells, cell: {} })).toBe(blank);
  });
});

describe('decodeCsv: only UTF-8 CSV gets in', () => {
  it('takes UTF-8 text, removing a leading BOM only', () => {
    expect(decodeCsv(bytes([0xef, 0xbb, 0xbf], 'code;name\r\n27664;Công an xã\r\n'))).toEqual({ ok: true, text: 'code;name\r\n27664;Công an xã\r\n' });
    expect(decodeCsv(bytes('code\n\uFEFF'))).toEqual({ ok: true, text: 'code\n\uFEFF' });
    expect(decodeCsv(bytes('P'))).toEqual({ ok: true, text: 'P' });
    expect(decodeCsv(bytes('Pa,K'))).toEqual({ ok: true, text: 'Pa,K' });
    expect(decodeCsv(bytes('aK'))).toEqual({ ok: true, text: 'aK' });
    expect(decodeCsv(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('refuses an .xlsx workbook by its first two bytes', () => {
    expect(decodeCsv(bytes('PK'))).toEqual({ ok: false, message: `Đây là tệp Excel (.xlsx) hoặc tệp nén, không phải CSV. ${SAVE_AS}` });
  });

  it.each([
    ['little-endian', [0xff, 0xfe]],
    ['big-endian', [0xfe, 0xff]],
  ])('refuses UTF-16 %s text', (_what, mark) => {
    expect(decodeCsv(bytes(mark, [0x63, 0x00]))).toEqual({ ok: false, message: `Tệp được lưu dạng "Unicode Text" (UTF-16), không phải CSV UTF-8. ${SAVE_AS}` });
    expect(decodeCsv(bytes(mark))).toMatchObject({ ok: false, message: expect.stringContaining('(UTF-16)') });
  });

  it.each([
    [[0xff, 0x41]],
    [[0x41, 0xfe]],
    [[0xfe, 0x41]],
    [[0x41, 0xff]],
    [[0xff]],
    [[0xef, 0xbb, 0x41]],
    [[0xef, 0x41, 0xbf]],
    [[0x41, 0xbb, 0xbf]],
  ])('refuses %j as not UTF-8, not as UTF-16', (start) => {
    expect(decodeCsv(bytes(start, 'code\n'))).toEqual({ ok: false, message: NOT_UTF8(1) });
  });

  it('names the first line with a Windows-1258 byte, counting bytes of accented letters before it', () => {
    // "Công" in Windows-1258 is C, 0xF4, n, g.
    const cp1258 = bytes('code,name\n27664,ằằằằ Nhà văn hóa\n27667,Công an\n27668,C', [0xf4], 'ng an\n27669,C', [0xf4], 'ng\n');
    expect(decodeCsv(cp1258)).toEqual({ ok: false, message: NOT_UTF8(4) });
    expect(decodeCsv(bytes('code,name\r\n27664,C', [0xf4], 'ng\r\n'))).toEqual({ ok: false, message: NOT_UTF8(2) });
    expect(decodeCsv(bytes([0xef, 0xbb, 0xbf], 'code\n', [0xc3]))).toEqual({ ok: false, message: NOT_UTF8(2) });
  });
});

describe('formatErrors', () => {
  it('prints each error with the file, the row and the column when there is one', () => {
    expect(formatErrors([{ row: 1, message: 'Cột lạ: x.' }, { row: 3, column: 'phone', message: 'Sai số.' }], 'lien-he.csv')).toEqual([
      '  ✗ lien-he.csv, hàng 1: Cột lạ: x.',
      '  ✗ lien-he.csv, hàng 3, cột phone: Sai số.',
    ]);
  });

  it('prints at most the limit, then counts the rest by column', () => {
    const errors = [
      { row: 2, column: 'code', message: 'a' },
      { row: 3, column: 'code', message: 'b' },
      { row: 4, column: 'phone', message: 'c' },
      { row: 5, column: 'code', message: 'd' },
      { row: 1, message: 'e' },
    ];
    expect(formatErrors(errors, 'x.csv', 2)).toEqual(['  ✗ x.csv, hàng 2, cột code: a', '  ✗ x.csv, hàng 3, cột code: b', '  … và 3 lỗi khác: 1 ở cột phone, 1 ở cột code, 1 ở cột (tệp).']);
    expect(formatErrors([...errors, { row: 6, column: 'phone', message: 'f' }], 'x.csv', 2).at(-1)).toBe('  … và 4 lỗi khác: 2 ở cột phone, 1 ở cột code, 1 ở cột (tệp).');
    expect(formatErrors(errors, 'x.csv', 5)).toHaveLength(5);
    expect(formatErrors([...errors, { row: 1, message: 'g' }], 'x.csv', 4).at(-1)).toBe('  … và 2 lỗi khác: 2 ở cột (tệp).');
  });

  it('prints 40 lines by default', () => {
    const errors = Array.from({ length: 41 }, (_, i) => ({ row: i + 2, column: 'code', message: 'sai' }));
    expect(formatErrors(errors.slice(0, 40), 'x.csv')).toHaveLength(40);
    const lines = formatErrors(errors, 'x.csv');
    expect(lines).toHaveLength(41);
    expect(lines.at(-1)).toBe('  … và 1 lỗi khác: 1 ở cột code.');
  });
});

describe('rowSummary: every row accounted for', () => {
  it('counts accepted, refused (once per row) and skipped rows, and says why each was skipped', () => {
    const errors = [
      { row: 3, column: 'code', message: 'a' },
      { row: 3, column: 'phone', message: 'b' },
      { row: 5, column: 'name', message: 'c' },
    ];
    expect(rowSummary('buoi.csv', { total: 5, accepted: [1, 2], errors, skipped: [{ row: 6, reason: 'hàng trống (mọi ô đều trống)' }] })).toEqual([
      'Tệp buoi.csv: 5 hàng dữ liệu: 2 hợp lệ, 2 bị từ chối, 1 bỏ qua.',
      '  – hàng 6 bỏ qua: hàng trống (mọi ô đều trống).',
    ]);
  });

  it('lists ten skipped rows, then counts the others', () => {
    const skipped = (n: number) => Array.from({ length: n }, (_, i) => ({ row: i + 2, reason: 'hàng trống' }));
    expect(rowSummary('x.csv', { total: 10, accepted: [], errors: [], skipped: skipped(10) })).toHaveLength(11);
    const lines = rowSummary('x.csv', { total: 12, accepted: [], errors: [], skipped: skipped(12) });
    expect(lines).toHaveLength(12);
    expect(lines[10]).toBe('  – hàng 11 bỏ qua: hàng trống.');
    expect(lines[11]).toBe('  – … và 2 hàng trống khác.');
  });

  it('does not count a file-level error as a refused row, and does not ask the rows to add up then', () => {
    expect(rowSummary('x.csv', { total: 3, accepted: [], errors: [{ row: 1, message: 'Cột lạ: x.' }], skipped: [] })).toEqual(['Tệp x.csv: 3 hàng dữ liệu: 0 hợp lệ, 0 bị từ chối, 0 bỏ qua.']);
  });

  it('reports rows that do not add up as a bug, not as a summary', () => {
    expect(() => rowSummary('x.csv', { total: 3, accepted: [1], errors: [{ row: 2, message: 'a' }], skipped: [] })).toThrow(
      'Lỗi chương trình: 3 hàng đọc được nhưng 1 hợp lệ + 1 bị từ chối + 0 bỏ qua. Sửa: báo lỗi này cho người phát triển.',
    );
    expect(() => rowSummary('x.csv', { total: 1, accepted: [1], errors: [{ row: 2, message: 'a' }], skipped: [] })).toThrow('Lỗi chương trình: 1 hàng');
    expect(() => rowSummary('x.csv', { total: 2, accepted: [1], errors: [], skipped: [] })).toThrow('Lỗi chương trình: 2 hàng đọc được nhưng 1 hợp lệ');
  });
});
