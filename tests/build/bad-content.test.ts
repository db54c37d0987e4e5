// The wiring between the content checks and the build: a handful of real `astro sync` and full
// builds. The hundreds of individual mistakes are refused by the preflight in the fast tests
// (tests/unit/bad-input/); these prove that the preflight really stops `astro sync` and the build,
// on a fresh and on a warm content cache, with the message and without publishing anything, and that
// code in a guide is never run.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
const scratchPrefix = '.content-test-';
const made = new Set<string>();
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 120_000);

interface Attempt {
  code: number;
  output: string;
  published: boolean;
}

async function runIn(dir: string, build: boolean): Promise<Attempt> {
  const out = join(dir, 'dist');
  const args = build ? ['scripts/build.mjs'] : ['node_modules/astro/bin/astro.mjs', 'sync'];
  try {
    const r = await run(process.execPath, args, {
      cwd: root,
      env: { ...process.env, VNEID_CONTENT_DIR: relative(root, dir), OUT_DIR: relative(root, out), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: `${r.stdout}\n${r.stderr}`, published: existsSync(join(out, 'index.html')) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: `${e.stdout}\n${e.stderr}`, published: existsSync(join(out, 'index.html')) };
  }
}

function copy(name: string): string {
  const dir = join(root, `${scratchPrefix}${name}`);
  made.add(dir);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  return dir;
}

function edit(file: string, change: (text: string) => string) {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`Ca kiểm thử không sửa được ${file}.`);
  writeFileSync(file, after);
}

function expectRefused(result: Attempt, phrases: string[]) {
  expect(result.code, result.output.slice(-3000)).not.toBe(0);
  for (const phrase of phrases) expect(result.output, result.output.slice(-3000)).toContain(phrase);
  expect(result.output).not.toMatch(/\bRequired\b|Invalid input|data does not match collection schema|\n\s+at .*\(.*:\d+:\d+\)/);
  expect(result.published, 'không được đăng trang nào').toBe(false);
}

describe('the preflight stops astro sync and the build', () => {
  it('accepts the unmodified content (the control case)', async () => {
    const result = await runIn(copy('ok'), false);
    expect(result.code, result.output).toBe(0);
  });

  it('refuses upper-case HTML in an FAQ body on a fresh and on a warm cache, with the same list of problems', async () => {
    const dir = copy('faq-html');
    const warm = await runIn(dir, false);
    expect(warm.code, warm.output).toBe(0);
    edit(join(dir, 'faq/tong-dai-vneid.md'), (t) => `${t}\n<META HTTP-EQUIV=REFRESH CONTENT="0;URL=https://evil.example/">\n`);
    // The same file broken a second time, in a copy whose cache was never warmed.
    const fresh = copy('faq-html-fresh');
    edit(join(fresh, 'faq/tong-dai-vneid.md'), (t) => `${t}\n<META HTTP-EQUIV=REFRESH CONTENT="0;URL=https://evil.example/">\n`);
    const [onWarm, onFresh] = [await runIn(dir, false), await runIn(fresh, false)];
    for (const result of [onWarm, onFresh]) expectRefused(result, ['faq/tong-dai-vneid.md, dòng', 'có mã HTML', 'Sửa:', 'chưa dựng trang nào']);
    const list = (o: string) => o.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.replace(/\.content-test-[\w-]+/, '<thư mục>'));
    expect(list(onWarm.output)).toEqual(list(onFresh.output));
  });

  it('never runs code in a guide: an import of node:fs and an expression are refused, and nothing of the machine is printed or published', async () => {
    const dir = copy('mdx-code');
    edit(join(dir, 'guides/kich-hoat-tren-may-tinh.mdx'), (t) => t.replace(/\n---\n/, '\n---\nimport os from "node:os"\n\nMáy: {os.homedir()} {os.hostname()}\n'));
    const result = await runIn(dir, true);
    expectRefused(result, ['guides/kich-hoat-tren-may-tinh.mdx, dòng', 'import/export', 'có biểu thức', 'Sửa:']);
    expect(result.output).not.toContain(homedir());
    expect(result.output).not.toContain(`Máy: ${hostname()}`);
  });

  it('refuses to build while an interrupted import left temporary files', async () => {
    const dir = copy('stray-tmp');
    writeFileSync(join(dir, 'wards/26758.yaml.tmp'), 'code: "26758"\n');
    expectRefused(await runIn(dir, true), ['tệp tạm', 'npm run wards:import -- --khoi-phuc']);
  });

  it('a link to a missing #fragment of a real page fails the build after rendering, naming the content file', async () => {
    const dir = copy('missing-fragment');
    // One small province is enough for the check that runs after rendering (and takes a fifth of the time).
    edit(join(dir, 'settings/site.yaml'), (t) => `${t}\nscope:\n  provinces: [lai-chau]\n  nationalSite: https://vneid.quoc-gia.gov.vn/\n`);
    edit(join(dir, 'faq/tong-dai-vneid.md'), (t) => `${t}\n[Bước](/huong-dan/tai-ung-dung-vneid/#khong-co-muc-nay)\n`);
    expectRefused(await runIn(dir, true), ['faq/tong-dai-vneid.md', '#khong-co-muc-nay']);
  });
});
