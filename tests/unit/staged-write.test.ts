// All-or-nothing writes into content/: an import killed at any point is never published half-applied.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { findUnfinishedWrites, recoverUnfinishedWrites, writeAllOrNothing, JOURNAL_FILE } from '../../src/lib/staged-write';
import { findContentProblems } from '../../src/lib/content-preflight';
import { todayInVietnam } from '../../src/lib/dates';
import { readTables } from '../../src/loaders/national-units';

const scratch: string[] = [];
// Several copies of content/: their removal gets a minute on a busy machine, not the default 10 s.
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 60_000);
const tempContent = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vneid-staged-'));
  scratch.push(dir);
  cpSync('content', join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
};
const ward = (code: string, name: string) => ({ path: `wards/${code}.yaml`, text: `code: "${code}"\ncontacts:\n  - name: ${name}\n    phone: 028 3829 7009\n    source: quan3-cv4998-2023\n    verified: 2026-11-01\n` });
const files = [ward('26758', 'Mới một'), ward('26800', 'Mới hai'), ward('26809', 'Mới ba')];

describe('writeAllOrNothing', () => {
  it('writes every file and leaves no journal or temporary file', () => {
    const content = tempContent();
    writeAllOrNothing(content, 'thử', files);
    for (const f of files) expect(readFileSync(join(content, f.path), 'utf8')).toBe(f.text);
    expect(findUnfinishedWrites(content)).toEqual([]);
  });

  it.each([0, 1, 2])('killed before rename %i: the build refuses the mix until recovery finishes the write', (at) => {
    const content = tempContent();
    const before = files.map((f) => readFileSync(join(content, f.path), 'utf8'));
    expect(() =>
      writeAllOrNothing(content, 'thử', files, {
        pause: (done) => {
          if (done === at) throw new Error('bị ngắt');
        },
      }),
    ).toThrow('bị ngắt');
    // Half old, half new: exactly what must never be published.
    expect(files.map((f, i) => readFileSync(join(content, f.path), 'utf8') === (i < at ? f.text : before[i]))).toEqual([true, true, true]);
    const problems = findContentProblems(content);
    expect(problems.join('\n')).toContain('bị ngắt giữa chừng');
    expect(problems.join('\n')).toContain('npm run wards:import -- --khoi-phuc');
    expect(() => writeAllOrNothing(content, 'lần sau', files)).toThrow('bị ngắt giữa chừng');
    expect(recoverUnfinishedWrites(content)).toEqual({ finished: files.length - at, removed: 0 });
    for (const f of files) expect(readFileSync(join(content, f.path), 'utf8')).toBe(f.text);
    expect(findContentProblems(content)).toEqual([]);
  });

  it('killed while writing temporary files: old content intact, the build refuses until they are removed', () => {
    const content = tempContent();
    writeFileSync(join(content, 'wards/26758.yaml.tmp'), 'code: "2675');
    expect(findContentProblems(content).join('\n')).toContain('Còn 1 tệp tạm');
    expect(recoverUnfinishedWrites(content)).toEqual({ finished: 0, removed: 1 });
    expect(existsSync(join(content, JOURNAL_FILE))).toBe(false);
    expect(findContentProblems(content)).toEqual([]);
  });
});

describe('findUnfinishedWrites, what the preflight says', () => {
  const small = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vneid-unfinished-'));
    scratch.push(dir);
    return dir;
  };

  it('says nothing for a folder that does not exist or holds no temporary file', () => {
    expect(findUnfinishedWrites(join(tmpdir(), 'khong-co-thu-muc-nay-123'))).toEqual([]);
    const dir = small();
    writeFileSync(join(dir, 'a.yaml'), 'a: 1\n');
    expect(findUnfinishedWrites(dir)).toEqual([]);
  });

  it('counts temporary files in every folder and names the first three, with "…" only when there are more', () => {
    const dir = small();
    mkdirSync(join(dir, 'wards'));
    for (const name of ['wards/1.yaml.tmp', 'wards/2.yaml.tmp', 'b.yaml.tmp']) writeFileSync(join(dir, name), '');
    const [three] = findUnfinishedWrites(dir);
    expect(three).toMatch(/^Còn 3 tệp tạm của một lần ghi bị ngắt \(([^,()]+\.yaml\.tmp, ){2}[^,()]+\.yaml\.tmp\); nội dung cũ còn nguyên nhưng chưa dựng trang cho tới khi dọn\. Sửa: chạy npm run wards:import -- --khoi-phuc để xóa tệp tạm, rồi chạy lại lần nhập\.$/);
    expect(three).toContain(`${dir}/wards/1.yaml.tmp`);
    writeFileSync(join(dir, 'wards/3.yaml.tmp'), '');
    const [four] = findUnfinishedWrites(dir);
    expect(four).toMatch(/^Còn 4 tệp tạm của một lần ghi bị ngắt \(([^,()]+\.yaml\.tmp, ){2}[^,()]+\.yaml\.tmp, …\);/);
  });

  it('reports a journal with what was being written, when, and how many files are not yet replaced', () => {
    const dir = small();
    writeFileSync(join(dir, JOURNAL_FILE), JSON.stringify({ what: 'nhập danh bạ', started: '2026-12-01T08:00:00.000Z', files: ['a.yaml', 'b.yaml'] }));
    writeFileSync(join(dir, 'b.yaml.tmp'), '');
    expect(findUnfinishedWrites(dir)).toEqual([
      `${dir}/${JOURNAL_FILE}: lần ghi nội dung trước bị ngắt giữa chừng (nhập danh bạ, bắt đầu 2026-12-01T08:00:00.000Z, 1/2 tệp chưa thay), nội dung đang nửa cũ nửa mới nên chưa dựng trang. Sửa: chạy npm run wards:import -- --khoi-phuc để ghi nốt, rồi kiểm tra lại bằng npm start.`,
    ]);
    // The journal wins over the temporary files it lists, and the next write refuses with the same words.
    expect(() => writeAllOrNothing(dir, 'lần sau', [])).toThrow(findUnfinishedWrites(dir)[0]);
  });

  it('still reports a journal it cannot read, without the details', () => {
    const dir = small();
    writeFileSync(join(dir, JOURNAL_FILE), '{hỏng');
    expect(findUnfinishedWrites(dir)).toEqual([
      `${dir}/${JOURNAL_FILE}: lần ghi nội dung trước bị ngắt giữa chừng, nội dung đang nửa cũ nửa mới nên chưa dựng trang. Sửa: chạy npm run wards:import -- --khoi-phuc để ghi nốt, rồi kiểm tra lại bằng npm start.`,
    ]);
  });
});

describe('npm run wards:import, killed by a signal during its renames', () => {
  it('is never published: a real SIGKILL leaves either the old files or a journal the build refuses', async () => {
    const content = tempContent();
    const codes = readTables().wards.map((w) => w.ward_code).slice(0, 3000);
    const yesterday = new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const csv = join(content, '..', 'lien-he.csv');
    writeFileSync(csv, `code,name,phone,source,verified\n${codes.map((c) => `${c},Công an ${c},028 3829 7009,quan3-cv4998-2023,${yesterday}`).join('\n')}\n`);
    const child = spawn(process.execPath, ['scripts/wards-import.mjs', csv], { env: { ...process.env, VNEID_CONTENT_DIR: content } });
    // Kill it as soon as the journal exists, i.e. in the middle of the renames.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(join(content, JOURNAL_FILE)) || child.exitCode !== null) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 1);
    });
    await new Promise((resolve) => child.once('close', resolve));
    const problems = findContentProblems(content);
    const written = readdirSync(join(content, 'wards')).filter((f) => f.endsWith('.yaml')).length;
    if (existsSync(join(content, JOURNAL_FILE)) || readdirSync(join(content, 'wards')).some((f) => f.endsWith('.tmp'))) {
      expect(problems.join('\n')).toMatch(/bị ngắt giữa chừng|tệp tạm/);
      recoverUnfinishedWrites(content);
    }
    expect(findContentProblems(content)).toEqual([]);
    expect(written).toBeGreaterThan(0);
  }, 120_000);
});

describe('import memory', () => {
  it('50,000 rows stay under 300 MB', async () => {
    const content = tempContent();
    const codes = readTables().wards.map((w) => w.ward_code);
    const yesterday = new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const rows: string[] = [];
    for (let i = 0; i < 50_000; i++) rows.push(`${codes[i % codes.length]},Điểm tiếp dân số ${i},028 3829 ${String(1000 + (i % 9000)).padStart(4, '0')},quan3-cv4998-2023,${yesterday}`);
    const csv = join(content, '..', 'lon.csv');
    writeFileSync(csv, `code,name,phone,source,verified\n${rows.join('\n')}\n`);
    const { stderr } = await promisify(execFile)(process.execPath, ['--import', './tests/support/report-max-rss.mjs', 'scripts/wards-import.mjs', csv], { env: { ...process.env, VNEID_CONTENT_DIR: content }, maxBuffer: 64 * 1024 * 1024 });
    const kb = Number(/MAX_RSS_KB (\d+)/.exec(stderr)?.[1]);
    expect(kb, stderr.slice(-500)).toBeGreaterThan(0);
    expect(kb / 1024, 'MB').toBeLessThan(300);
  }, 180_000);
});
