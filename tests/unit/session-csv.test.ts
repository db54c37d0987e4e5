// The sessions spreadsheet (scripts/lib/session-csv.mjs) called directly, row by row: what is
// accepted and exactly how its notice is named and addressed, and for each refused row the row, the
// column and the fix staff see. Also the rows made from the days wards published.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishedSessionRows, SESSION_COLUMNS, validateSessionCsv } from '../../scripts/lib/session-csv.mjs';

const HEADER = 'code,date,start,end,place,audience,format,contact_place,contact_address,contact_phone,contact_hours';
const context = { unitCodes: new Set(['27664', '26740']), now: new Date('2026-12-01T03:00:00Z') };
/** The CSV with the full header and these rows. */
const csv = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;
const query = (...pairs: [string, string][]) => new URLSearchParams(pairs).toString();
const GOOD = '27664,2026-12-12,07:30,11:00,Nhà văn hóa,,,,,,';
const CODE_FIX = 'Sửa: chép mã phường/xã (ví dụ 27664) từ trang phường/xã; nếu bảng tính bỏ số 0 đầu, định dạng cột là văn bản.';
const formatError = (row: number, format: string) => ({ row, column: 'format', message: `Khổ "${format}" không có. Sửa: ghi a4 hoặc a5 (để trống là a4).` });
const twinError = (row: number, twin: number) => ({ row, column: '(cả hàng)', message: `Hàng này trùng hàng ${twin} (cùng mã, ngày, giờ bắt đầu và khổ). Sửa: xóa một hàng.` });
const NO_SESSION = {
  column: 'date',
  message: 'Hàng có mã phường/xã nhưng không có ngày, giờ và địa điểm của buổi đăng ký, nên không in được thông báo. Sửa: điền các cột date, start, end, place; hoặc xóa hàng này.',
};

describe('validateSessionCsv: the rows that print', () => {
  it('accepts an Excel export in Vietnamese (BOM, semicolons, CRLF, A5, a +84 phone) as the notice sheet will print it', () => {
    const text = `\uFEFF${HEADER.replaceAll(',', ';')}\r\n26740;2026-12-14;13:30;16:30;"Sảnh chung cư; tầng 1";Người cao tuổi;A5;Công an phường;12 đường A;+84 903 858 668;7:30–17:00\r\n`;
    expect(validateSessionCsv(text, context)).toEqual({
      accepted: [
        {
          row: 2,
          code: '26740',
          format: 'thong-bao-a5',
          query: query(['ma', '26740'], ['ngay', '2026-12-14'], ['tu', '13:30'], ['den', '16:30'], ['dia-diem', 'Sảnh chung cư; tầng 1'], ['doi-tuong', 'Người cao tuổi'], ['lh-noi', 'Công an phường'], ['lh-dia-chi', '12 đường A'], ['lh-dt', '+84 903 858 668'], ['lh-gio', '7:30–17:00']),
          file: '26740-2026-12-14-1330-a5.pdf',
          label: 'Thứ Hai, 14/12/2026, 13:30 – 16:30, Sảnh chung cư; tầng 1',
        },
      ],
      errors: [],
      skipped: [],
      total: 1,
    });
  });

  it('prints an A4 notice from a file with only the required columns', () => {
    const { accepted, errors } = validateSessionCsv('code,date,start,end,place\n27664,2026-12-12,07:30,11:00,"Nhà văn hóa ấp An Thới, số 1"\n', context);
    expect(errors).toEqual([]);
    expect(accepted).toEqual([
      {
        row: 2,
        code: '27664',
        format: 'thong-bao-a4',
        query: query(['ma', '27664'], ['ngay', '2026-12-12'], ['tu', '07:30'], ['den', '11:00'], ['dia-diem', 'Nhà văn hóa ấp An Thới, số 1']),
        file: '27664-2026-12-12-0730-a4.pdf',
        label: 'Thứ Bảy, 12/12/2026, 7:30 – 11:00, Nhà văn hóa ấp An Thới, số 1',
      },
    ]);
  });

  it('takes times as staff type them, and names the file by the time it prints', () => {
    const { accepted } = validateSessionCsv(csv('27664,2026-12-12,7h30,11h,A,,thong-bao-a5,,,,', '27664,2026-12-12,13:00,16:00,A,,a4,,,,', '27664,2026-12-12,14:00,16:00,A,,thong-bao-a4,,,,'), context);
    expect(accepted.map((a) => [a.row, a.format, a.file, a.label])).toEqual([
      [2, 'thong-bao-a5', '27664-2026-12-12-0730-a5.pdf', 'Thứ Bảy, 12/12/2026, 7:30 – 11:00, A'],
      [3, 'thong-bao-a4', '27664-2026-12-12-1300-a4.pdf', 'Thứ Bảy, 12/12/2026, 13:00 – 16:00, A'],
      [4, 'thong-bao-a4', '27664-2026-12-12-1400-a4.pdf', 'Thứ Bảy, 12/12/2026, 14:00 – 16:00, A'],
    ]);
    expect(accepted[0]!.query).toBe(query(['ma', '27664'], ['ngay', '2026-12-12'], ['tu', '7h30'], ['den', '11h'], ['dia-diem', 'A']));
  });

  it('compares the day with today when no clock is given', () => {
    expect(validateSessionCsv(csv('27664,2099-12-12,07:30,11:00,A,,,,,,'), { unitCodes: context.unitCodes }).accepted).toHaveLength(1);
    expect(validateSessionCsv(csv('27664,2000-12-12,07:30,11:00,A,,,,,,'), { unitCodes: context.unitCodes }).errors[0]).toMatchObject({ row: 2, column: 'date', message: expect.stringContaining('đã qua') });
  });

  it('skips blank rows, saying why, and counts every row read', () => {
    const result = validateSessionCsv(csv(GOOD, ',,,,,,,,,,', '2766,2026-12-12,07:30,11:00,A,,,,,,', ' , , '), context);
    expect(result.accepted.map((a) => a.row)).toEqual([2]);
    expect(result.errors.map((e) => e.row)).toEqual([4]);
    expect(result.skipped).toEqual([{ row: 3, reason: 'hàng trống (mọi ô đều trống)' }, { row: 5, reason: 'hàng trống (mọi ô đều trống)' }]);
    expect(result.total).toBe(4);
  });
});

describe('validateSessionCsv: each refused row names its row, its column and the fix', () => {
  it('stops at the header when a column is mistyped, reading no row', () => {
    expect(validateSessionCsv('code,date,start,end,plcae\n2766,2026-12-12,07:30,11:00,A\n27664,2026-12-12,07:30,11:00,A\n', context)).toEqual({
      accepted: [],
      errors: [
        { row: 1, message: `Cột lạ: plcae. Sửa: dòng đầu tiên chỉ gồm các cột ${SESSION_COLUMNS.join(', ')}.` },
        { row: 1, message: 'Thiếu cột bắt buộc: place. Sửa: thêm cột vào dòng tiêu đề.' },
      ],
      skipped: [],
      total: 2,
    });
  });

  it('refuses a file with only the header, in words about sessions', () => {
    expect(validateSessionCsv(`\uFEFF${HEADER}\r\n`, context)).toEqual({
      accepted: [],
      errors: [{ row: 2, message: 'Tệp chỉ có dòng tiêu đề, không có buổi nào. Sửa: thêm mỗi buổi một hàng bên dưới tiêu đề.' }],
      skipped: [],
      total: 0,
    });
  });

  it('refuses a formula, HTML or an extra cell before checking the fields of that row', () => {
    const { accepted, errors } = validateSessionCsv(
      csv('2766,2026-02-30,07:30,11:00,"=HYPERLINK(""https://evil.example"")",,,,,,', '99999,2026-12-12,25:00,11:00,<b>A</b>,,a6,,,,', '27664,2026-12-12,07:30,11:00,A,,,,,,,thừa', '27664,2026-12-12,07:30,11:00,A,,,+84 903 858 668,,0903 858 668,'),
      context,
    );
    expect(accepted).toEqual([]);
    expect(errors).toEqual([
      { row: 2, column: 'place', message: 'Ô "place" bắt đầu bằng "=" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.' },
      { row: 3, column: 'place', message: 'Ô "place" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.' },
      { row: 4, column: '(thừa)', message: 'Hàng có 12 ô nhưng tiêu đề có 11 cột. Sửa: bỏ ô thừa hoặc đặt ô có dấu phẩy trong ngoặc kép.' },
      { row: 5, column: 'contact_place', message: 'Ô "contact_place" bắt đầu bằng "+" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.' },
    ]);
  });

  it.each(['2766', '276640', 'x2766', '2766x', '27 66'])('refuses the code %j once, as not five digits', (code) => {
    expect(validateSessionCsv(csv(GOOD.replace('27664', code)), context).errors).toEqual([{ row: 2, column: 'code', message: `Mã "${code}" không phải mã 5 chữ số. ${CODE_FIX}` }]);
  });

  it('refuses a five-digit code that is not a current ward', () => {
    expect(validateSessionCsv(csv(GOOD.replace('27664', '99999')), context)).toMatchObject({
      accepted: [],
      errors: [{ row: 2, column: 'code', message: 'Mã "99999" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.' }],
    });
  });

  it.each(['a6', 'A3', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])('refuses the format %j, still checking the rest of the row', (format) => {
    const { accepted, errors } = validateSessionCsv(csv(`27664,2026-12-12,07:30,06:00,A,,${format},,,,`), context);
    expect(accepted).toEqual([]);
    expect(errors).toEqual([{ row: 2, column: 'end', message: expect.stringContaining('không sau giờ bắt đầu') }, formatError(2, format)]);
  });

  it('refuses a bad format alone, the row otherwise good', () => {
    expect(validateSessionCsv(csv('27664,2026-12-12,07:30,11:00,A,,a6,,,,'), context)).toMatchObject({ accepted: [], errors: [formatError(2, 'a6')] });
  });

  it('says each problem of a text cell once, by its column', () => {
    const long = (n: number) => 'x'.repeat(n);
    const { errors } = validateSessionCsv(csv(`27664,2026-12-12,07:30,11:00,${long(121)},${long(121)},,${long(81)},12 đường A,,${long(81)}`), context);
    expect(errors).toEqual([
      { row: 2, column: 'place', message: 'Địa điểm (place) dài 121 ký tự, quá giới hạn 120. Sửa: viết ngắn lại (không cắt bớt tự động).' },
      { row: 2, column: 'audience', message: 'Dành cho (audience) dài 121 ký tự, quá giới hạn 120. Sửa: viết ngắn lại (không cắt bớt tự động).' },
      { row: 2, column: 'contact_place', message: 'Nơi liên hệ dài 81 ký tự, quá giới hạn 80. Sửa: viết ngắn lại (không cắt bớt tự động).' },
      { row: 2, column: 'contact_hours', message: 'Giờ làm việc dài 81 ký tự, quá giới hạn 80. Sửa: viết ngắn lại (không cắt bớt tự động).' },
    ]);
  });

  it('refuses the session and contact fields as the notice sheet does, by column, left to right', () => {
    const { errors } = validateSessionCsv(csv('27664,12/12/2026,7 rưỡi,11:00,,,,Công an xã,,12345,', '27664,2026-11-30,07:30,11:00,A,,,,,0903 858 668,'), context);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'date'],
      [2, 'start'],
      [2, 'place'],
      [2, 'contact_phone'],
      [3, 'date'],
      [3, 'contact_place'],
    ]);
    expect(errors.find((e) => e.column === 'contact_phone')!.message).toMatch(/^"12345" không phải số điện thoại Việt Nam hợp lệ .*Sửa:/);
    expect(errors.every((e) => e.message.includes('Sửa:'))).toBe(true);
  });

  it('refuses a row with a ward code but no session', () => {
    const { accepted, errors } = validateSessionCsv(csv('27664,,,,,,,,,,', '27664,,,,,,a5,Công an xã,12 đường A,,'), context);
    expect(accepted).toEqual([]);
    expect(errors).toEqual([{ row: 2, ...NO_SESSION }, { row: 3, ...NO_SESSION }]);
  });

  it('refuses a second row of the same session (code, day, start, format), naming the first', () => {
    const rows = [
      '27664,2026-12-12,07:30,11:00,A,,,,,,',
      '27664,2026-12-12,07:30,10:00,B,,a4,,,,',
      '27664,2026-12-12,07:30,11:00,A,,a5,,,,',
      '27664,2026-12-12,08:00,11:00,A,,,,,,',
      '27664,2026-12-13,07:30,11:00,A,,,,,,',
      '26740,2026-12-12,07:30,11:00,A,,,,,,',
      '27664,2026-12-12,7h30,11:00,C,,thong-bao-a4,,,,',
    ];
    const { accepted, errors } = validateSessionCsv(csv(...rows), context);
    expect(accepted.map((a) => a.row)).toEqual([2, 4, 5, 6, 7]);
    expect(errors).toEqual([twinError(3, 2), twinError(8, 2)]);
  });

  it('does not take a refused row as the first of a pair', () => {
    const { accepted, errors } = validateSessionCsv(csv('27664,2026-12-12,07:30,11:00,A,,,Công an xã,,12345,', GOOD), context);
    expect(accepted.map((a) => a.row)).toEqual([3]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([[2, 'contact_phone']]);
  });
});

describe('publishedSessionRows: the days wards published, as sessions CSV rows', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const ward = (name: string, text: string) => writeFileSync(join(dir, 'wards', name), text);

  it('lists upcoming days of every ward file in code order (not the order the folder lists them), quoting each cell', () => {
    dir = mkdtempSync(join(tmpdir(), 'vneid-published-'));
    mkdirSync(join(dir, 'wards'));
    ward('27664.yaml', 'code: "27664"\nsessions:\n  - date: 2026-12-20\n    start: "13:30"\n    end: "16:30"\n    place: Sảnh chung cư, tầng 1\n    audience: Người cao tuổi\n  - date: 2026-12-12\n    start: "07:30"\n    end: "11:00"\n    place: Nhà văn hóa "khu phố 3"\n  - date: 2026-11-01\n    start: "07:30"\n    end: "11:00"\n    place: Đã qua\n');
    ward('26740.yaml', 'code: "26740"\nsessions:\n  - date: 2026-12-03\n    start: "08:00"\n    end: "10:00"\n    place: Hôm nay\n');
    ward('27667.yaml', 'code: "27667"\nsessions:\n  - date: 2026-12-05\n    start: "08:00"\n    end: "10:00"\n    place: Trường học\n');
    ward('27673.yaml', 'code: "27673"\ncontacts: []\n');
    ward('27670.yaml', 'code: "27670"\nsessions:\n  - date: 2026-12-02\n    start: "08:00"\n    end: "10:00"\n    place: Hôm qua\n');
    ward('27154.yml', 'code: "27154"\nsessions:\n  - date: 2026-12-12\n    start: "08:00"\n    end: "10:00"\n    place: Không đọc\n');
    writeFileSync(join(dir, 'wards', 'README.md'), '# not a ward\n');
    expect(publishedSessionRows(dir, '2026-12-03')).toBe(
      [
        HEADER,
        '"26740","2026-12-03","08:00","10:00","Hôm nay","","","","","",""',
        '"27664","2026-12-12","07:30","11:00","Nhà văn hóa ""khu phố 3""","","","","","",""',
        '"27664","2026-12-20","13:30","16:30","Sảnh chung cư, tầng 1","Người cao tuổi","","","","",""',
        '"27667","2026-12-05","08:00","10:00","Trường học","","","","","",""',
        '',
      ].join('\n'),
    );
  });

  it('gives rows that pass the same checks as a spreadsheet', () => {
    dir = mkdtempSync(join(tmpdir(), 'vneid-published-'));
    mkdirSync(join(dir, 'wards'));
    ward('27664.yaml', 'code: "27664"\nsessions:\n  - date: 2026-12-12\n    start: "07:30"\n    end: "11:00"\n    place: Nhà văn hóa "khu phố 3"\n');
    const { accepted, errors } = validateSessionCsv(publishedSessionRows(dir, '2026-12-03'), context);
    expect(errors).toEqual([]);
    expect(accepted.map((a) => a.label)).toEqual(['Thứ Bảy, 12/12/2026, 7:30 – 11:00, Nhà văn hóa "khu phố 3"']);
  });

  it('gives no text when no ward published an upcoming day, or there is no wards folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'vneid-published-'));
    expect(publishedSessionRows(dir, '2026-12-03')).toBe('');
    mkdirSync(join(dir, 'wards'));
    ward('27664.yaml', 'code: "27664"\nsessions:\n  - date: 2026-12-02\n    start: "07:30"\n    end: "11:00"\n    place: Hôm qua\n');
    expect(publishedSessionRows(dir, '2026-12-03')).toBe('');
  });
});
