// The session notices made in bulk (`npm run posters -- --sessions <file.csv>`): every bad row is
// refused with its row, column and fix, like the contacts import, and nothing is written.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateSessionCsv } from '../../scripts/lib/session-csv.mjs';

const context = { unitCodes: new Set(['27664', '26740']), now: new Date('2026-12-01T03:00:00Z') };
const HEADER = 'code,date,start,end,place,audience,format,contact_place,contact_address,contact_phone,contact_hours';

const corpus = [
  HEADER,
  /* 2 */ '27664,2026-12-12,07:30,11:00,"Nhà văn hóa ấp An Thới, số 1",,a4,,,,',
  /* 3 */ '2766,2026-12-12,07:30,11:00,Nhà văn hóa,,,,,,',
  /* 4 */ '99999,2026-12-12,07:30,11:00,Nhà văn hóa,,,,,,',
  /* 5 */ '27664,12/12/2026,07:30,11:00,Nhà văn hóa,,,,,,',
  /* 6 */ '27664,2026-02-30,07:30,11:00,Nhà văn hóa,,,,,,',
  /* 7 */ '27664,2026-11-30,07:30,11:00,Nhà văn hóa,,,,,,',
  /* 8 */ '27664,2026-12-12,7 rưỡi,11:00,Nhà văn hóa,,,,,,',
  /* 9 */ '27664,2026-12-12,14:00,11:00,Nhà văn hóa,,,,,,',
  /* 10 */ '27664,2026-12-12,07:30,11:00,,,,,,,',
  /* 11 */ `27664,2026-12-12,07:30,11:00,${'Nhà văn hóa '.repeat(11)},,,,,,`,
  /* 12 */ '27664,2026-12-12,07:30,11:00,"=HYPERLINK(""https://evil.example"")",,,,,,',
  /* 13 */ '27664,2026-12-12,07:30,11:00,<b>Nhà văn hóa</b>,,,,,,',
  /* 14 */ '27664,2026-12-12,07:30,11:00,Nhà văn hóa,,a6,,,,',
  /* 15 */ '27664,2026-12-12,07:30,11:00,Nhà văn hóa,,,Công an xã,,12345,',
  /* 16 */ '27664,2026-12-12,07:30,11:00,Nhà văn hóa,,,,,0903 858 668,',
  /* 17 */ '27664,2026-12-13,07:30,11:00,Nhà văn hóa,,,,,,,thừa',
  /* 18 */ '26740,2026-12-14,13:30,16:30,Sảnh chung cư,Người cao tuổi,a5,Công an phường,12 đường A,+84 903 858 668,7:30–17:00',
  /* 19 */ '27664,2026-12-12,07:30,10:00,Nhà văn hóa khác,,a4,,,,',
  /* 20 */ '27664,2026-12-12,07:30,11:00,Nhà văn hóa số 9,,constructor,,,,',
].join('\n');

describe('each malformed session row is rejected with its row, column and a fix', () => {
  const { accepted, errors, total } = validateSessionCsv(corpus, context);
  const at = (row: number) => errors.filter((e) => e.row === row);
  it.each([
    [3, 'code', 'không phải mã 5 chữ số'],
    [4, 'code', 'không phải phường/xã hiện nay'],
    [5, 'date', 'NĂM-THÁNG-NGÀY'],
    [6, 'date', 'không có trên lịch'],
    [7, 'date', 'đã qua'],
    [8, 'start', 'không phải giờ hợp lệ'],
    [9, 'end', 'không sau giờ bắt đầu'],
    [10, 'place', 'Chưa ghi địa điểm'],
    [11, 'place', 'quá giới hạn 120'],
    [12, 'place', 'như một công thức bảng tính'],
    [13, 'place', 'không ghi mã HTML'],
    [14, 'format', 'Khổ "a6" không có'],
    [15, 'contact_phone', 'không phải số điện thoại Việt Nam'],
    [16, 'contact_place', 'Chưa ghi tên nơi liên hệ'],
    [17, '(thừa)', 'ô thừa'],
    [19, '(cả hàng)', 'trùng hàng 2'],
    [20, 'format', 'Khổ "constructor" không có'],
  ])('row %i, column %s', (row, column, fix) => {
    const rowErrors = at(row);
    expect(rowErrors.length, `hàng ${row} phải bị từ chối`).toBeGreaterThan(0);
    expect(rowErrors.some((e) => e.column === column && e.message.includes(fix)), JSON.stringify(rowErrors)).toBe(true);
    expect(rowErrors.every((e) => e.message.includes('Sửa:')), 'mỗi lỗi nói cách sửa').toBe(true);
  });
  it('accepts the good rows, as the notice sheet will print them', () => {
    expect(total).toBe(19);
    expect(accepted.map((s) => s.row)).toEqual([2, 18]);
    expect(accepted[0]).toMatchObject({ code: '27664', format: 'thong-bao-a4', file: '27664-2026-12-12-0730-a4.pdf' });
    const second = new URLSearchParams(accepted[1]!.query);
    expect(accepted[1]!.format).toBe('thong-bao-a5');
    expect(Object.fromEntries(second)).toMatchObject({ ma: '26740', ngay: '2026-12-14', tu: '13:30', den: '16:30', 'doi-tuong': 'Người cao tuổi', 'lh-dt': '+84 903 858 668' });
  });
  it('refuses a header with unknown or missing columns before reading any row', () => {
    expect(validateSessionCsv('code,ngay,place\n27664,2026-12-12,A\n', context).errors.map((e) => e.message).join(' ')).toMatch(/Cột lạ: ngay.*|Thiếu cột bắt buộc: date, start, end/);
  });
});

describe('npm run posters -- --sessions', () => {
  it('refuses a file with a bad row, names it, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sessions-'));
    const file = join(dir, 'buoi.csv');
    writeFileSync(file, `${HEADER}\n27664,2099-12-12,07:30,11:00,Nhà văn hóa,,,,,,\n27664,2099-12-12,07:30,06:00,Nhà văn hóa,,,,,,\n`);
    const out = join(dir, 'out');
    const run = promisify(execFile)(process.execPath, ['scripts/posters.mjs', '--sessions', file, '--out', out]);
    await expect(run).rejects.toMatchObject({ code: 1 });
    const { stdout } = await run.catch((error: { stdout: string }) => error);
    expect(stdout).toContain(`${file}, hàng 3, cột end: Giờ kết thúc (06:00) không sau giờ bắt đầu (07:30). Sửa:`);
    expect(stdout).toContain('Chưa ghi gì.');
    expect(existsSync(out)).toBe(false);
  });
  it('refuses an Excel workbook saved as .csv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sessions-'));
    const file = join(dir, 'buoi.csv');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const out = join(dir, 'out');
    const error = await promisify(execFile)(process.execPath, ['scripts/posters.mjs', '--sessions', file, '--out', out]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toContain('tệp Excel (.xlsx)');
    expect(existsSync(out)).toBe(false);
  });
});

describe('the days wards published (npm run posters -- --sessions da-cong-bo)', () => {
  it('become session rows that pass the same checks as a spreadsheet, past days left out', async () => {
    const { mkdtempSync, mkdirSync: mk, writeFileSync: write } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join: joinPath } = await import('node:path');
    const { publishedSessionRows, validateSessionCsv } = await import('../../scripts/lib/session-csv.mjs');
    const dir = mkdtempSync(joinPath(tmpdir(), 'vneid-published-'));
    mk(joinPath(dir, 'wards'));
    write(joinPath(dir, 'wards', '27154.yaml'), 'code: "27154"\nsessions:\n  - date: 2026-12-12\n    start: "07:30"\n    end: "11:00"\n    place: Nhà văn hóa "khu phố 3"\n  - date: 2026-11-01\n    start: "07:30"\n    end: "11:00"\n    place: Đã qua\n');
    const text = publishedSessionRows(dir, '2026-12-03');
    const { accepted, errors } = validateSessionCsv(text, { unitCodes: new Set(['27154']), now: new Date('2026-12-03T05:00:00Z') });
    expect(errors).toEqual([]);
    expect(accepted.map((a) => a.label)).toEqual(['Thứ Bảy, 12/12/2026, 7:30 – 11:00, Nhà văn hóa "khu phố 3"']);
    expect(publishedSessionRows(dir, '2026-12-13')).toBe('');
  });
});
