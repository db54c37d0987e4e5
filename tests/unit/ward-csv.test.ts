import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateWardCsv } from '../../scripts/lib/ward-csv.mjs';

const context = { unitCodes: new Set(['27664', '27667']), sourceKeys: new Set(['quan3-cv4998-2023']), today: new Date('2026-11-22') };
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
    [8, 'map_url', 'https://'],
    [9, 'map_url', 'https://'],
    [10, 'source', 'Thiếu nguồn'],
    [11, 'source', 'không có trong content/sources.yaml'],
    [12, 'verified', 'NĂM-THÁNG-NGÀY'],
    [13, 'verified', 'NĂM-THÁNG-NGÀY'],
    [14, 'verified', 'tương lai'],
    [15, 'name', 'không ghi mã HTML'],
    [16, 'phone', 'ít nhất một'],
    [17, '(thừa)', 'ô thừa'],
    [18, 'hours', 'dài quá'],
  ])('row %i, column %s', (row, column, fix) => {
    const rowErrors = at(row);
    expect(rowErrors.length, `hàng ${row} phải bị từ chối`).toBeGreaterThan(0);
    expect(rowErrors.some((e) => e.column === column && e.message.includes(fix)), JSON.stringify(rowErrors)).toBe(true);
    expect(rowErrors.every((e) => /Sửa:|ví dụ|Kiểm tra/.test(e.message)), 'mỗi lỗi nói cách sửa').toBe(true);
  });
  it('accepts none of them', () => expect(accepted).toEqual([]));
});

describe('file-level problems', () => {
  it.each([
    ['a missing required column', 'code,name,phone\n27664,A,0903858668\n', 'Thiếu cột bắt buộc: source, verified'],
    ['an unknown column', 'code,name,phone,source,verified,email\n27664,A,0903858668,quan3-cv4998-2023,2026-11-01,a@b.c\n', 'Cột lạ: email'],
    ['an unterminated quote', 'code,name,phone,source,verified\n27664,"A,0903858668,quan3-cv4998-2023,2026-11-01\n', 'CSV UTF-8'],
  ])('%s', (_what, csv, message) => {
    const { accepted, errors } = validateWardCsv(csv, context);
    expect(accepted).toEqual([]);
    expect(errors[0]!.row).toBe(1);
    expect(errors[0]!.message).toContain(message);
  });

  it('reads Excel exports: BOM and semicolons', () => {
    const csv = '\uFEFFcode;name;phone;source;verified\n27664;Dữ liệu kiểm thử;0903 858 668;quan3-cv4998-2023;2026-11-01\n';
    expect(validateWardCsv(csv, context)).toMatchObject({ errors: [], accepted: [{ code: '27664', phone: '0903 858 668' }] });
  });
});

describe('npm run wards:import', () => {
  const run = promisify(execFile);
  const withContent = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vneid-wards-'));
    cpSync('content', dir, { recursive: true });
    return dir;
  };
  const importCsv = async (dir: string, csv: string) => {
    try {
      const { stdout } = await run(process.execPath, ['scripts/wards-import.mjs', csv], { env: { ...process.env, VNEID_CONTENT_DIR: dir } });
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout };
    }
  };

  it('writes nothing when any row is bad, and reports every bad cell with the file and row', async () => {
    const dir = withContent();
    const before = readdirSync(join(dir, 'wards'));
    const result = await importCsv(dir, 'tests/fixtures/wards/malformed-rows.csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('17 hàng dữ liệu, 0 hàng hợp lệ, 17 hàng bị từ chối');
    expect(result.stdout).toContain('tests/fixtures/wards/malformed-rows.csv, hàng 5, cột phone');
    expect(result.stdout).toContain('Chưa ghi gì');
    expect(readdirSync(join(dir, 'wards'))).toEqual(before);
    rmSync(dir, { recursive: true });
  });

  it('writes content/wards/<code>.yaml from a valid file', async () => {
    const dir = withContent();
    const result = await importCsv(dir, 'tests/fixtures/wards/valid.csv');
    expect(result.code).toBe(0);
    const written = join(dir, 'wards', '27664.yaml');
    expect(existsSync(written)).toBe(true);
    expect(readFileSync(written, 'utf8')).toContain('phone: 1900 0368');
    rmSync(dir, { recursive: true });
  });
});
