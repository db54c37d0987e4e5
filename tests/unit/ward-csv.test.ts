// The contacts importer against what staff actually send: Excel exports in the wrong encoding,
// formulas, duplicates, hostile links. Each case asserts the row, the column, the fix, the exit
// status, and that nothing was written.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { validateWardCsv } from '../../scripts/lib/ward-csv.mjs';
import { decodeCsv, formatErrors } from '../../scripts/lib/csv-table.mjs';
import { todayInVietnam } from '../../src/lib/dates';

const context = { unitCodes: new Set(['27664', '27667']), sourceKeys: new Set(['quan3-cv4998-2023']), now: new Date('2026-11-22T12:00:00Z') };
const corpus = readFileSync('tests/fixtures/wards/malformed-rows.csv', 'utf8');

describe('each malformed CSV row is rejected with its row, column and a fix', () => {
  const { accepted, errors } = validateWardCsv(corpus, context);
  const at = (row: number) => errors.filter((e) => e.row === row);
  it.each([
    [2, 'code', 'số 0 đầu'],
    [3, 'code', 'không phải phường/xã hiện nay'],
    [4, 'name', 'Thiếu tên'],
    [5, 'phone', 'không phải số điện thoại Việt Nam'],
    [6, 'phone', 'không phải số điện thoại Việt Nam'],
    [7, 'phone', 'không phải chữ số'],
    [8, 'map_url', 'không phải địa chỉ https'],
    [9, 'map_url', 'không phải địa chỉ https'],
    [10, 'source', 'Thiếu nguồn'],
    [11, 'source', 'không có trong content/sources.yaml'],
    [12, 'verified', 'NĂM-THÁNG-NGÀY'],
    [13, 'verified', 'không có trên lịch'],
    [14, 'verified', 'ở tương lai'],
    [15, 'name', 'không ghi mã HTML'],
    [16, 'phone', 'ít nhất một'],
    [17, '(thừa)', 'ô thừa'],
    [18, 'hours', 'quá giới hạn 160'],
    [19, 'name', 'như một công thức bảng tính'],
    [20, 'address', 'như một công thức bảng tính'],
    [21, 'name', 'như một công thức bảng tính'],
    [22, 'map_url', 'không dẫn tới Google Maps hay OpenStreetMap (máy chủ evil.example.com)'],
    [23, 'map_url', 'không dẫn tới Google Maps hay OpenStreetMap (máy chủ maps.app.goo.gl)'],
    [24, 'map_url', 'máy chủ evil.example'],
    [25, 'phone', 'có 2 số điện thoại trong một ô'],
    [27, '(cả hàng)', 'trùng hàng 26'],
  ])('row %i, column %s', (row, column, fix) => {
    const rowErrors = at(row);
    expect(rowErrors.length, `hàng ${row} phải bị từ chối`).toBeGreaterThan(0);
    expect(rowErrors.some((e) => e.column === column && e.message.includes(fix)), JSON.stringify(rowErrors)).toBe(true);
    expect(rowErrors.every((e) => e.message.includes('Sửa:')), 'mỗi lỗi nói cách sửa').toBe(true);
  });
  it('accepts only the first of the two identical rows', () => {
    expect(accepted.map((c) => c.name)).toEqual(['Trùng hàng']);
    expect(new Set(errors.map((e) => e.row)).size).toBe(25);
  });
  it('takes a phone number beginning with +84 as a number, not a formula', () => {
    const csv = 'code,name,phone,source,verified\n27664,A,+84 907 028 318,quan3-cv4998-2023,2026-11-01\n';
    expect(validateWardCsv(csv, context)).toMatchObject({ errors: [], accepted: [{ phone: '0907 028 318' }] });
  });

  it('takes one number written three ways as one contact', () => {
    const csv = 'code,name,phone,source,verified\n27664,Công an phường,028 3829 7009,quan3-cv4998-2023,2026-11-01\n27664,Công an phường,+84 28 3829 7009,quan3-cv4998-2023,2026-11-01\n27664,Công an  phường,(028) 38.29.70.09,quan3-cv4998-2023,2026-11-01\n';
    const { accepted, errors } = validateWardCsv(csv, context);
    expect(accepted).toHaveLength(1);
    expect(errors.map((e) => [e.row, e.message.slice(0, 24)])).toEqual([[3, 'Hàng này trùng hàng 2 (c'], [4, 'Hàng này trùng hàng 2 (c']]);
  });

  it('accounts for every row: blank rows are reported as skipped, with the reason', () => {
    const csv = 'code,name,phone,source,verified\n27664,A,028 3829 7009,quan3-cv4998-2023,2026-11-01\n,,,,\n27667,B,0123,quan3-cv4998-2023,2026-11-01\n';
    const result = validateWardCsv(csv, context);
    expect([result.total, result.accepted.length, new Set(result.errors.map((e) => e.row)).size, result.skipped.length]).toEqual([3, 1, 1, 1]);
    expect(result.skipped).toEqual([{ row: 3, reason: 'hàng trống (mọi ô đều trống)' }]);
  });

  it.each([
    ['a right-to-left override', 'Công an \u202Ephường', 'U+202E'],
    ['a zero-width space', 'Công\u200b an phường', 'khoảng trắng không độ rộng'],
    ['a line separator', 'Công an\u2028phường', 'line separator'],
    ['a byte-order mark inside a cell', 'Công an\ufeff phường', 'U+FEFF'],
  ])('refuses a cell with %s, naming it', (_what, name, phrase) => {
    const csv = `code,name,phone,source,verified\n27664,"${name}",028 3829 7009,quan3-cv4998-2023,2026-11-01\n`;
    const { accepted, errors } = validateWardCsv(csv, context);
    expect(accepted).toEqual([]);
    expect(errors[0]).toMatchObject({ row: 2, column: 'name' });
    expect(errors[0]!.message).toContain(phrase);
    expect(errors[0]!.message).toContain('Sửa:');
  });
  it('compares dates with today in Vietnam, not UTC', () => {
    const csv = 'code,name,phone,source,verified\n27664,A,0903 858 668,quan3-cv4998-2023,2026-11-23\n';
    // 23/11 00:30 in Vietnam is still 22/11 17:30 UTC: the contact checked this morning is not "in the future".
    expect(validateWardCsv(csv, { ...context, now: new Date('2026-11-22T17:30:00Z') }).errors).toEqual([]);
    expect(validateWardCsv(csv, { ...context, now: new Date('2026-11-22T16:30:00Z') }).errors[0]?.message).toContain('ở tương lai');
  });
});

describe('file-level problems', () => {
  it.each([
    ['a missing required column', 'code,name,phone\n27664,A,0903858668\n', 'Thiếu cột bắt buộc: source, verified'],
    ['an unknown column', 'code,name,phone,source,verified,email\n27664,A,0903858668,quan3-cv4998-2023,2026-11-01,a@b.c\n', 'Cột lạ: email'],
    ['an unterminated quote', 'code,name,phone,source,verified\n27664,"A,0903858668,quan3-cv4998-2023,2026-11-01\n', 'dấu ngoặc kép không đóng'],
  ])('%s', (_what, csv, message) => {
    const { accepted, errors } = validateWardCsv(csv, context);
    expect(accepted).toEqual([]);
    expect(errors[0]!.message).toContain(message);
    expect(errors[0]!.message).toContain('Sửa:');
  });

  it('refuses a file with only the header row', () => {
    const { errors } = validateWardCsv('code,name,phone,source,verified\n', context);
    expect(errors).toEqual([{ row: 2, message: expect.stringContaining('chỉ có dòng tiêu đề') }]);
  });

  it('reads Excel exports: BOM and semicolons', () => {
    const csv = '\uFEFFcode;name;phone;source;verified\n27664;Dữ liệu kiểm thử;0903 858 668;quan3-cv4998-2023;2026-11-01\n';
    expect(validateWardCsv(csv, context)).toMatchObject({ errors: [], accepted: [{ code: '27664', phone: '0903 858 668' }] });
  });

  it('caps a flood of errors at 40 lines and counts the rest by column', () => {
    const rows = Array.from({ length: 5000 }, () => '1234,X,0,quan3-cv4998-2023,2026-11-01').join('\n');
    const { errors } = validateWardCsv(`code,name,phone,source,verified\n${rows}\n`, context);
    const lines = formatErrors(errors, 'x.csv');
    expect(lines).toHaveLength(41);
    expect(lines.at(-1)).toMatch(/^  … và 9960 lỗi khác: 4980 ở cột code, 4980 ở cột phone\.$/);
  });
});

describe('decodeCsv: only UTF-8 CSV gets in', () => {
  const utf8 = Buffer.from('code,name\n27664,Công an xã\n', 'utf8');
  it('accepts UTF-8 with and without a BOM', () => {
    expect(decodeCsv(utf8)).toEqual({ ok: true, text: 'code,name\n27664,Công an xã\n' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual({ ok: true, text: 'code,name\n27664,Công an xã\n' });
  });
  it('refuses Windows-1258/1252 bytes, naming the first bad line and how to save', () => {
    // "Công" in Windows-1258 is C, 0xF4, n, g: not valid UTF-8.
    const cp1258 = Buffer.concat([Buffer.from('code,name\n27664,C'), Buffer.from([0xf4]), Buffer.from('ng an\n')]);
    const result = decodeCsv(cp1258);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('không phải CSV UTF-8');
      expect(result.message).toContain('dòng 2');
      expect(result.message).toContain('CSV UTF-8 (Comma delimited)');
    }
  });
  it('refuses an .xlsx workbook and UTF-16 text', () => {
    expect(decodeCsv(Buffer.from('PK\u0003\u0004rest'))).toMatchObject({ ok: false, message: expect.stringContaining('tệp Excel (.xlsx)') });
    expect(decodeCsv(Buffer.from([0xff, 0xfe, 0x63, 0x00]))).toMatchObject({ ok: false, message: expect.stringContaining('UTF-16') });
  });
});

describe('npm run wards:import', () => {
  const run = promisify(execFile);
  const scratch: string[] = [];
  afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 60_000);
  const withContent = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vneid-wards-'));
    scratch.push(dir);
    cpSync('content', join(dir, 'content'), { recursive: true });
    return dir;
  };
  const importCsv = async (dir: string, csv: string) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['scripts/wards-import.mjs', csv], { env: { ...process.env, VNEID_CONTENT_DIR: join(dir, 'content') } });
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };
  // Dated yesterday in Vietnam, so the test holds on any machine clock.
  const yesterday = new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const validCsv = (dir: string, rows: string[]) => {
    const path = join(dir, 'contacts.csv');
    writeFileSync(path, `code,name,phone,source,verified\n${rows.map((r) => `${r},quan3-cv4998-2023,${yesterday}`).join('\n')}\n`);
    return path;
  };
  const wardFiles = (dir: string) => readdirSync(join(dir, 'content', 'wards')).sort();

  it('writes nothing when any row is bad, and reports every bad cell with the file and row', async () => {
    const dir = withContent();
    const before = wardFiles(dir);
    const result = await importCsv(dir, 'tests/fixtures/wards/malformed-rows.csv');
    expect(result.code).toBe(1);
    expect(result.out).toContain('26 hàng dữ liệu: 1 hợp lệ, 25 bị từ chối, 0 bỏ qua');
    expect(result.out).toContain('tests/fixtures/wards/malformed-rows.csv, hàng 5, cột phone');
    expect(result.out).toContain('Chưa ghi gì');
    expect(wardFiles(dir)).toEqual(before);
  });

  it('writes content/wards/<code>.yaml from a valid file and counts what it added', async () => {
    const dir = withContent();
    const result = await importCsv(dir, validCsv(dir, ['27664,Tổng đài kiểm thử,1900 0368']));
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('27664: thêm 1, sửa 0, bỏ 0, giữ nguyên 0 liên hệ');
    expect(readFileSync(join(dir, 'content', 'wards', '27664.yaml'), 'utf8')).toContain('phone: 1900 0368');
  });

  it('keeps the comments of an existing ward file and reports changed and removed contacts', async () => {
    const dir = withContent();
    const path = join(dir, 'content', 'wards', '27664.yaml');
    writeFileSync(path, `# Ghi chú của cán bộ: gọi lại vào thứ Hai.\ncode: "27664"\ncontacts:\n  - name: A\n    phone: 0903 858 668\n    source: quan3-cv4998-2023\n    verified: ${yesterday}\n  - name: B\n    phone: 0903 858 669\n    source: quan3-cv4998-2023\n    verified: ${yesterday}\n`);
    const result = await importCsv(dir, validCsv(dir, ['27664,A,0903 858 670', '27664,C,0903 858 671']));
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain('27664: thêm 1, sửa 1, bỏ 1, giữ nguyên 0 liên hệ');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# Ghi chú của cán bộ: gọi lại vào thứ Hai.');
    expect(text).toContain('0903 858 670');
    expect(text).not.toContain('name: B');
  });

  it('refuses to drop comments written among the old contacts, and writes nothing', async () => {
    const dir = withContent();
    const path = join(dir, 'content', 'wards', '27664.yaml');
    const original = `code: "27664"\ncontacts:\n  # Số này chỉ nghe máy buổi sáng.\n  - name: A\n    phone: 0903 858 668\n    source: quan3-cv4998-2023\n    verified: ${yesterday}\n`;
    writeFileSync(path, original);
    const result = await importCsv(dir, validCsv(dir, ['27664,A,0903 858 670']));
    expect(result.code).toBe(1);
    expect(result.out).toContain('27664.yaml: có ghi chú (dòng #) trong phần contacts');
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it.each([
    ['a directory', (dir: string) => { mkdirSync(join(dir, 'd.csv')); return join(dir, 'd.csv'); }, 2, 'là một thư mục'],
    ['a missing file', (dir: string) => join(dir, 'khong-co.csv'), 2, 'Không tìm thấy tệp'],
    ['an .xlsx workbook', (dir: string) => { writeFileSync(join(dir, 'x.xlsx'), 'PK\u0003\u0004'); return join(dir, 'x.xlsx'); }, 1, 'tệp Excel (.xlsx)'],
    ['a Windows-1258 export', (dir: string) => { writeFileSync(join(dir, 'w.csv'), Buffer.concat([Buffer.from('code,name\n27664,C'), Buffer.from([0xf4]), Buffer.from('ng an\n')])); return join(dir, 'w.csv'); }, 1, 'không phải CSV UTF-8'],
  ])('refuses %s with the reason and writes nothing', async (_what, make, code, message) => {
    const dir = withContent();
    const before = wardFiles(dir);
    const result = await importCsv(dir, make(dir));
    expect(result.code).toBe(code);
    expect(result.out).toContain(message);
    expect(result.out).not.toMatch(/at .*\.mjs:\d+/); // no stack trace
    expect(wardFiles(dir)).toEqual(before);
  });
});

describe('validateWardCsv, row by row: what is stored and what staff are told', () => {
  const HEADER = 'code,name,person,address,phone,hours,map_url,source,verified';
  const SOURCE = 'quan3-cv4998-2023';
  const rows = (...lines: string[]) => `${HEADER}\n${lines.join('\n')}\n`;
  const only = (text: string) => validateWardCsv(text, context);

  it('stores every column as the site shows it: the phone spaced, the text in single spaces', () => {
    const text = `\uFEFF${HEADER.replaceAll(',', ';')}\r\n27664;Công an  phường;"Bộ phận tiếp dân; tầng 1";"12 đường A, khu phố 3";02838297009;"Thứ Hai đến Thứ Sáu, 7:30–17:00";https://www.google.com/maps/place/x;${SOURCE};2026-11-01\r\n`;
    expect(only(text)).toEqual({
      accepted: [
        {
          code: '27664',
          name: 'Công an phường',
          person: 'Bộ phận tiếp dân; tầng 1',
          address: '12 đường A, khu phố 3',
          phone: '028 3829 7009',
          hours: 'Thứ Hai đến Thứ Sáu, 7:30–17:00',
          mapUrl: 'https://www.google.com/maps/place/x',
          source: SOURCE,
          verified: '2026-11-01',
        },
      ],
      errors: [],
      skipped: [],
      total: 1,
    });
  });

  it('leaves out the optional columns left empty, and takes a row with only an address', () => {
    const { accepted, errors } = only(rows(`27667,Công an xã,,12 đường A,,,,${SOURCE},2026-11-01`, `27664,Tổng đài,,,1900 0368,,,${SOURCE},2026-11-01`));
    expect(errors).toEqual([]);
    expect(accepted).toEqual([
      { code: '27667', name: 'Công an xã', address: '12 đường A', source: SOURCE, verified: '2026-11-01' },
      { code: '27664', name: 'Tổng đài', phone: '1900 0368', source: SOURCE, verified: '2026-11-01' },
    ]);
  });

  it('stops at the header when a column is mistyped, reading no row', () => {
    expect(only(`code,name,phone,source,verifed\n27664,A,0903 858 668,${SOURCE},2026-11-01\n`)).toEqual({
      accepted: [],
      errors: [
        { row: 1, message: `Cột lạ: verifed. Sửa: dòng đầu tiên chỉ gồm các cột ${HEADER.replaceAll(',', ', ')}.` },
        { row: 1, message: 'Thiếu cột bắt buộc: verified. Sửa: thêm cột vào dòng tiêu đề.' },
      ],
      skipped: [],
      total: 1,
    });
  });

  it('refuses a file with only the header, in words about contacts', () => {
    expect(only(`${HEADER}\r\n`)).toEqual({
      accepted: [],
      errors: [{ row: 2, message: 'Tệp chỉ có dòng tiêu đề, không có liên hệ nào. Sửa: thêm mỗi liên hệ một hàng bên dưới tiêu đề.' }],
      skipped: [],
      total: 0,
    });
  });

  it('refuses an unsafe cell alone, before checking the fields of that row', () => {
    expect(only(rows(`1234,=A,,,,,,nguon-khac,`, `27664,"<b>A</b>",,,+84 903 858 668,,,${SOURCE},2026-11-01`)).errors).toEqual([
      { row: 2, column: 'name', message: 'Ô "name" bắt đầu bằng "=" như một công thức bảng tính. Sửa: gõ lại nội dung thường, không bắt đầu bằng =, +, - hay @.' },
      { row: 3, column: 'name', message: 'Ô "name" có ký tự < hoặc >. Sửa: chỉ ghi chữ thường, không ghi mã HTML.' },
    ]);
  });

  it('says what is missing, each in its own column with its fix', () => {
    const { accepted, errors } = only(rows(',,,,,,,,', ',,,,,Sáng thứ Hai,,,'));
    expect(accepted).toEqual([]);
    expect(errors).toEqual([
      { row: 3, column: 'code', message: 'Thiếu mã phường/xã. Sửa: chép mã 5 chữ số (ví dụ 27664) từ trang phường/xã.' },
      { row: 3, column: 'name', message: 'Thiếu tên nơi liên hệ. Sửa: ghi ví dụ "Công an xã Cần Giờ".' },
      { row: 3, column: 'source', message: 'Thiếu nguồn. Sửa: ghi mã văn bản nguồn có trong content/sources.yaml.' },
      { row: 3, column: 'verified', message: 'Thiếu ngày xác minh. Sửa: ghi ngày đã đối chiếu, ví dụ 2026-11-20.' },
      { row: 3, column: 'phone', message: 'Hàng không có cả số điện thoại lẫn địa chỉ. Sửa: ghi ít nhất một trong hai.' },
    ]);
  });

  it('refuses a wrong code once, and an unknown ward or source by name', () => {
    const { errors } = only(rows(`2766,A,,,0903 858 668,,,${SOURCE},2026-11-01`, `99999,A,,,0903 858 668,,,cv-khac,2026-11-01`));
    expect(errors.map((e) => [e.row, e.column])).toEqual([[2, 'code'], [3, 'code'], [3, 'source']]);
    expect(errors[0]!.message).toMatch(/^Mã phường\/xã \(code\): "2766" không phải mã 5 chữ số\. Sửa:/);
    expect(errors[1]!.message).toBe('Mã "99999" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.');
    expect(errors[2]!.message).toBe('Nguồn "cv-khac" không có trong content/sources.yaml. Sửa: thêm văn bản đó vào content/sources.yaml trước, hoặc ghi đúng mã.');
  });

  it('names a bad verified date as the verification date', () => {
    const { errors } = only(rows(`27664,A,,,0903 858 668,,,${SOURCE},2026-12-01`, `27664,B,,,0903 858 668,,,${SOURCE},01/11/2026`));
    expect(errors.map((e) => [e.row, e.column, e.message.slice(0, 15)])).toEqual([[2, 'verified', 'Ngày xác minh: '], [3, 'verified', 'Ngày xác minh: ']]);
    expect(errors[0]!.message).toContain('ở tương lai');
  });

  it('refuses the second row of one contact, letter case and phone spelling aside, naming the first', () => {
    const { accepted, errors } = only(
      rows(
        `27664,Công an phường,,12 đường A,028 3829 7009,,,${SOURCE},2026-11-01`,
        `27664,CÔNG AN PHƯỜNG,Tiếp dân,12 ĐƯỜNG A,+84 28 3829 7009,Sáng,,${SOURCE},2026-11-02`,
        `27664,Công an phường,,12 đường A,,,,${SOURCE},2026-11-01`,
        `27667,Công an phường,,12 đường A,028 3829 7009,,,${SOURCE},2026-11-01`,
        `27664,Nhà 1,,2A,,,,${SOURCE},2026-11-01`,
        `27664,Nhà 12,,A,,,,${SOURCE},2026-11-01`,
        `27664,Công an phường,,12 đường A,0903 858 668,,,${SOURCE},2026-11-01`,
      ),
    );
    expect(accepted.map((c) => c.phone ?? c.address)).toEqual(['028 3829 7009', '12 đường A', '028 3829 7009', '2A', 'A', '0903 858 668']);
    expect(errors).toEqual([
      {
        row: 3,
        column: '(cả hàng)',
        message: 'Hàng này trùng hàng 2 (cùng mã, tên, số điện thoại và địa chỉ, kể cả khi viết khác nhau như 028 3829 7009 và +84 28 3829 7009). Sửa: xóa một hàng.',
      },
    ]);
  });

  it('does not take a refused row as the first of a pair', () => {
    const { accepted, errors } = only(rows(`27664,A,,,0903 858 668,,,${SOURCE},2026-12-01`, `27664,A,,,0903 858 668,,,${SOURCE},2026-11-01`));
    expect(accepted).toHaveLength(1);
    expect(errors.map((e) => [e.row, e.column])).toEqual([[2, 'verified']]);
  });

  it('skips blank rows with the reason, counting every row', () => {
    expect(only(rows(',,,,,,,,', `27664,A,,,0903 858 668,,,${SOURCE},2026-11-01`, ' , '))).toMatchObject({
      skipped: [{ row: 2, reason: 'hàng trống (mọi ô đều trống)' }, { row: 4, reason: 'hàng trống (mọi ô đều trống)' }],
      errors: [],
      total: 3,
    });
  });
});
