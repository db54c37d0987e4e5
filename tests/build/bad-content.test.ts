// The bad-input corpus for content/ and the settings: each case copies content/, makes one mistake a
// careless or hostile editor would make, runs `astro sync` (every collection validated) or the full
// build, and asserts the exit status, the file and the line or field named, the fix, and that
// nothing was published. Every sync case runs twice, on a fresh and on a warm content cache, and
// both must fail the same way (Astro keeps the previous data when a file fails to load).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
// Copies sit beside content/ (same depth) so MDX imports like ../../src/components/… still resolve.
const scratchPrefix = '.content-test-';
const made = new Set<string>();
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 120_000);

interface Attempt {
  code: number;
  output: string;
  /** Whether any page reached the output folder. */
  published: boolean;
}

async function runIn(dir: string, build: boolean): Promise<Attempt> {
  const out = join(dir, 'dist');
  const args = build ? ['scripts/build.mjs'] : ['node_modules/astro/bin/astro.mjs', 'sync'];
  let code = 0;
  let output = '';
  try {
    const r = await run(process.execPath, args, {
      cwd: root,
      env: { ...process.env, VNEID_CONTENT_DIR: relative(root, dir), OUT_DIR: relative(root, out), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    output = `${r.stdout}\n${r.stderr}`;
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    code = e.code;
    output = `${e.stdout}\n${e.stderr}`;
  }
  return { code, output, published: existsSync(join(out, 'index.html')) };
}

/** The diagnostics of a run, with the scratch folder's name taken out, to compare two runs. */
const diagnostics = (output: string) =>
  output
    .split('\n')
    .filter((line) => /Sửa:|→ .* data does not match|^\s+[\w.]+: /.test(line))
    .map((line) => line.replace(/\.content-test-[\w-]+/g, '<thư mục>').replace(/^\d\d:\d\d:\d\d /, '').trim());

/**
 * Copies content/ to a folder of its own (names may not repeat), breaks it, runs `astro sync` or the
 * build. A sync case runs twice, on a fresh content cache and on one warmed by the unbroken copy, and
 * both runs must refuse the same way: Astro keeps the previous data when a file fails to load, and a
 * mistake must never be published from a stale cache.
 */
async function attempt(name: string, breakIt: (dir: string) => void, options: { build?: boolean; warm?: boolean } = {}): Promise<Attempt> {
  if (options.build || options.warm !== undefined) return once(name, breakIt, options);
  const fresh = await once(name, breakIt, { warm: false });
  const warmed = await once(`${name}-warm`, breakIt, { warm: true });
  expect(warmed.code === 0, 'bộ nhớ đệm cũ không được làm lỗi biến mất').toBe(fresh.code === 0);
  if (fresh.code !== 0) expect(diagnostics(fresh.output).length, 'lần chạy lỗi phải có dòng chẩn đoán để so').toBeGreaterThan(0);
  expect(diagnostics(warmed.output)).toEqual(diagnostics(fresh.output));
  expect(warmed.published).toBe(false);
  return fresh;
}

async function once(name: string, breakIt: (dir: string) => void, { build = false, warm = false } = {}): Promise<Attempt> {
  const dir = join(root, `${scratchPrefix}${name}`);
  if (made.has(dir)) throw new Error(`Hai ca kiểm thử dùng chung tên "${name}".`);
  made.add(dir);
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.astro-fixtures', relative(root, dir).replace(/[^\w-]+/g, '_')), { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  if (warm) {
    const first = await runIn(dir, false);
    expect(first.code, `bản chưa sửa phải đồng bộ được:\n${first.output}`).toBe(0);
  }
  breakIt(dir);
  return runIn(dir, build);
}

function edit(file: string, change: (text: string) => string) {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`Ca kiểm thử không sửa được ${file}: mẫu thay thế không khớp.`);
  writeFileSync(file, after);
}

/** The failure every case expects: non-zero exit, each phrase present, nothing published, no English "Required". */
function expectRefused(result: Attempt, phrases: string[]) {
  expect(result.code, result.output).not.toBe(0);
  for (const phrase of phrases) expect(result.output, result.output.slice(-3000)).toContain(phrase);
  expect(result.output).not.toMatch(/\bRequired\b|Invalid input|Too big|Too small/);
  expect(result.published, 'không được đăng trang nào').toBe(false);
}

describe('content errors name the file, the field or line, and the fix', () => {
  it('accepts the unmodified content (the control case)', async () => {
    const result = await attempt('ok', () => {});
    expect(result.code, result.output).toBe(0);
  });

  describe('settings (content/settings/site.yaml)', () => {
    const site = (dir: string) => join(dir, 'settings/site.yaml');
    it.each([
      ['site-url-no-https', (t: string) => t.replace(/siteUrl: .*/, 'siteUrl: vneid-guide.example.vn'), ['settings/site.yaml', '"siteUrl"', 'không phải địa chỉ web hợp lệ', 'Sửa:']],
      ['site-url-space', (t: string) => t.replace(/siteUrl: .*/, 'siteUrl: https://phuong ban co.gov.vn'), ['settings/site.yaml', '"siteUrl"', 'có dấu cách', 'Sửa:']],
      ['site-url-path-vs-base', (t: string) => t.replace(/siteUrl: .*/, 'siteUrl: https://p.gov.vn/vneid/'), ['settings/site.yaml', 'đường dẫn /vneid/ nhưng "basePath" là /', 'Sửa: ghi siteUrl: https://p.gov.vn và basePath: /vneid/']],
      ['site-duplicate-key', (t: string) => `${t}\nsiteName: Trùng\n`, ['settings/site.yaml, dòng', 'được ghi hai lần', 'Sửa:']],
      ['site-bad-hotline', (t: string) => t.replace('phone: 1900 0368', 'phone: 0123 456'), ['settings → site', 'hotlines.0.phone', 'không phải số điện thoại Việt Nam hợp lệ', 'Sửa:']],
      ['site-two-hotline-numbers', (t: string) => t.replace('phone: 1900 0368', 'phone: "1900 0368, 113"'), ['settings → site', 'hotlines.0.phone', 'có 2 số điện thoại trong một ô']],
      ['site-future-update', (t: string) => t.replace(/lastUpdated: .*/, 'lastUpdated: 2099-01-01'), ['settings → site', 'lastUpdated', 'ở tương lai']],
    ])('%s', async (name, change, phrases) => {
      expectRefused(await attempt(name, (dir) => edit(site(dir), change)), phrases);
    });
  });

  describe('YAML that does not parse, on a fresh and a warm cache', () => {
    for (const warm of [false, true]) {
      const cache = warm ? 'warm' : 'fresh';
      it(`a key written twice in sources.yaml (${cache})`, async () => {
        const result = await attempt(`sources-duplicate-${cache}`, (dir) => edit(join(dir, 'sources.yaml'), (t) => `${t}\nnd-69-2024:\n  title: Bản chép trùng\n`), { warm });
        expectRefused(result, ['sources.yaml, dòng', 'được ghi hai lần', 'Sửa: xóa hoặc đổi tên một trong hai']);
        expect(result.output).not.toContain('không có mục này'); // no cascade of "missing source" errors
      });
      it(`a broken ward file (${cache})`, async () => {
        const result = await attempt(`ward-yaml-${cache}`, (dir) => writeFileSync(join(dir, 'wards/27664.yaml'), 'code: "27664"\ncontacts:\n  - name: "Công an xã\n    phone: 0903 858 668\n'), { warm });
        expectRefused(result, ['wards/27664.yaml, dòng 3', 'lỗi cú pháp YAML', 'Sửa:']);
      });
      it(`a schema error in an FAQ entry (${cache})`, async () => {
        const result = await attempt(`faq-topic-${cache}`, (dir) => edit(join(dir, 'faq/tong-dai-vneid.md'), (t) => t.replace(/^topic: .*/m, 'topic: linh-tinh')), { warm });
        expectRefused(result, ['faq → tong-dai-vneid', 'topic phải là một trong: tai-khoan,']);
      });
    }
  });

  describe('frontmatter of FAQ entries and guides', () => {
    const faq = (dir: string) => join(dir, 'faq/tong-dai-vneid.md');
    it.each([
      ['faq-unclosed-quote', (t: string) => t.replace(/^question: "(.*)"$/m, 'question: "$1'), ['faq/tong-dai-vneid.md, dòng 2', 'thiếu ký tự đóng', 'Sửa:']],
      ['faq-no-sources', (t: string) => t.replace(/^sources: .*\n/m, ''), ['faq → tong-dai-vneid', 'sources', 'Thiếu danh sách nguồn (sources). Sửa:']],
      ['faq-empty-sources', (t: string) => t.replace(/^sources: .*$/m, 'sources: []'), ['faq → tong-dai-vneid', 'Cần ít nhất một mục trong danh sách nguồn (sources)']],
      ['faq-no-question', (t: string) => t.replace(/^question: .*\n/m, ''), ['faq → tong-dai-vneid', 'Thiếu câu hỏi (question). Sửa:']],
      ['faq-long-question', (t: string) => t.replace(/^question: .*$/m, `question: "${'Hỏi '.repeat(50)}"`), ['faq → tong-dai-vneid', 'dài quá 160 ký tự. Sửa: viết ngắn lại']],
      ['faq-date-not-date', (t: string) => t.replace(/^reviewed: .*$/m, 'reviewed: hôm qua'), ['faq → tong-dai-vneid', 'reviewed', 'NĂM-THÁNG-NGÀY']],
      ['faq-date-not-on-calendar', (t: string) => t.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-31'), ['faq/tong-dai-vneid.md: trường "reviewed"', 'Ngày 2026-02-31 không có trên lịch. Sửa:']],
      ['faq-date-future', (t: string) => t.replace(/^reviewed: .*$/m, 'reviewed: 2099-01-01'), ['faq → tong-dai-vneid', 'reviewed', 'ở tương lai']],
      ['faq-no-frontmatter', (t: string) => t.replace(/^---\n[\s\S]*?\n---\n/, ''), ['faq/tong-dai-vneid.md, dòng 1', 'thiếu phần đầu (frontmatter)']],
    ])('%s', async (name, change, phrases) => {
      expectRefused(await attempt(name, (dir) => edit(faq(dir), change)), phrases);
    });

    it('two FAQ entries with one id', async () => {
      const result = await attempt('faq-duplicate-id', (dir) => edit(join(dir, 'faq/quen-mat-khau.md'), (t) => t.replace(/^---\n/, '---\nslug: tong-dai-vneid\n')));
      expectRefused(result, ['trùng mã "tong-dai-vneid" với', 'faq/tong-dai-vneid.md', 'faq/quen-mat-khau.md', 'Sửa: đổi tên một tệp']);
    });

    it('a file with the wrong extension in content/faq/', async () => {
      const result = await attempt('faq-txt', (dir) => writeFileSync(join(dir, 'faq/cau-moi.txt'), 'question: ?'));
      expectRefused(result, ['faq/cau-moi.txt: tệp không được đọc', 'Sửa: đổi đuôi tệp']);
    });

    it('a guide without sources fails', async () => {
      const result = await attempt('guide-no-sources', (dir) => edit(join(dir, 'guides/kich-hoat-tren-may-tinh.mdx'), (t) => t.replace(/sources:\n(  - .*\n)+/, '')));
      expectRefused(result, ['guides → kich-hoat-tren-may-tinh', 'Thiếu danh sách nguồn (sources). Sửa:']);
    });
  });

  describe('bodies: no raw HTML, no script, no link outside the official addresses', () => {
    const append = (file: string, text: string) => (dir: string) => edit(join(dir, file), (t) => `${t}\n${text}\n`);
    it.each([
      ['body-script', 'faq/tong-dai-vneid.md', '<script>alert(1)</script>', ['faq/tong-dai-vneid.md, dòng', 'có thẻ HTML <script> (mã chạy trên trang)', 'Sửa: bỏ thẻ']],
      ['body-img-onerror', 'faq/tong-dai-vneid.md', '<img src=x onerror=alert(1)>', ['có thẻ HTML <img>', 'có thuộc tính onerror', 'Sửa: xóa thuộc tính này']],
      ['body-javascript-link', 'guides/tai-ung-dung-vneid.mdx', '[Bấm vào đây](javascript:alert(1))', ['guides/tai-ung-dung-vneid.mdx, dòng', 'là mã chạy trên trang (javascript:)']],
      ['body-http-link', 'faq/tong-dai-vneid.md', '[Tải](http://vneid.gov.vn/)', ['không bắt đầu bằng https://']],
      ['body-unofficial-link', 'guides/tai-ung-dung-vneid.mdx', '[Tải VNeID](https://vneid-gov.vn.example.com/tai)', ['dẫn ra vneid-gov.vn.example.com, không phải địa chỉ chính thức']],
      ['body-missing-guide', 'guides/tai-ung-dung-vneid.mdx', '[Xem](/huong-dan/khong-co-trang-nay/)', ['dẫn tới hướng dẫn "khong-co-trang-nay" không có trong content/guides/']],
      ['body-missing-faq', 'faq/tong-dai-vneid.md', '[Xem](/hoi-dap/khong-co/)', ['dẫn tới câu hỏi "khong-co" không có trong content/faq/']],
      ['body-unknown-path', 'faq/tong-dai-vneid.md', '[Xem](/trang-la/)', ['"/trang-la/" không phải trang nào của trang này']],
    ])('%s', async (name, file, text, phrases) => {
      expectRefused(await attempt(name, append(file, text)), phrases);
    });

    it('a link to a missing #fragment of a real page fails the build', async () => {
      const result = await attempt('body-missing-fragment', append('faq/tong-dai-vneid.md', '[Bước](/huong-dan/tai-ung-dung-vneid/#khong-co-muc-nay)'), { build: true });
      expectRefused(result, ['/hoi-dap/tong-dai-vneid/ (', 'faq/tong-dai-vneid.md): liên kết', 'không có phần tử id="khong-co-muc-nay"', 'Sửa: viết đúng đường dẫn hoặc tên mục']);
    });
  });

  describe('references between files', () => {
    it('a guide citing a source that is not in sources.yaml', async () => {
      const result = await attempt('unknown-source', (dir) => edit(join(dir, 'guides/kich-hoat-tren-may-tinh.mdx'), (t) => t.replace('  - quan3-cv4998-2023', '  - cong-van-khong-co')), { build: true });
      expectRefused(result, ['content/guides/kich-hoat-tren-may-tinh.mdx: trường "sources.', 'dẫn tới "cong-van-khong-co"', 'Sửa: thêm mục đó vào content/sources.yaml']);
    });
    it('an official-looking source linking outside the official domains', async () => {
      const result = await attempt('unofficial-source', (dir) => edit(join(dir, 'sources.yaml'), (t) => t.replace('url: https://dichvucong.gov.vn', 'url: https://dichvucong-gov.vn.example.com')), { build: true });
      expectRefused(result, ['content/sources.yaml (khóa dichvucong-portal): trường "url" dẫn tới dichvucong-gov.vn.example.com', 'Sửa: bỏ url']);
    });
    it('a guide citing a decree that is no longer in force', async () => {
      const result = await attempt('replaced-law', (dir) => edit(join(dir, 'guides/kich-hoat-tren-may-tinh.mdx'), (t) => t.replace('  - quan3-cv4998-2023', '  - nd-59-2022')), { build: true });
      expectRefused(result, ['content/guides/kich-hoat-tren-may-tinh.mdx', 'dẫn "nd-59-2022", văn bản đã hết hiệu lực (thay bằng "nd-69-2024")', 'Sửa: dẫn "nd-69-2024"']);
    });
    it('a source of an unknown kind', async () => {
      const result = await attempt('source-kind', (dir) => edit(join(dir, 'sources.yaml'), (t) => t.replace(/(dichvucong-portal:\n(?:  .*\n)*?)  kind: trang-chinh-thuc/, '$1  kind: trang-web')));
      expectRefused(result, ['sources → dichvucong-portal', 'kind phải là một trong: luat,']);
    });
    it('a source without the date it was read', async () => {
      const result = await attempt('source-no-read', (dir) => edit(join(dir, 'sources.yaml'), (t) => t.replace(/(dichvucong-portal:\n(?:  .*\n)*?)  read: .*\n/, '$1')));
      expectRefused(result, ['sources → dichvucong-portal', 'read', 'Thiếu ngày. Sửa:']);
    });
  });

  describe('ward files (content/wards/<code>.yaml)', () => {
    const ward = (extra = '') => `code: "27664"\ncontacts:\n  - name: Dữ liệu kiểm thử\n    phone: 0903 858 668\n    source: quan3-cv4998-2023\n    verified: 2026-11-01\n${extra}`;
    const cases: [string, string, string, string[], boolean?][] = [
      ['ward-code-digits', '27664', ward().replace('code: "27664"', 'code: "2766"'), ['wards → 27664', 'code', 'đúng 5 chữ số']],
      ['ward-code-unquoted', '27664', ward().replace('code: "27664"', 'code: 27664'), ['wards → 27664', 'code', 'phải ghi trong ngoặc kép']],
      ['ward-phone', '27664', ward().replace('0903 858 668', '0123 456'), ['wards → 27664', 'contacts.0.phone', 'không phải số điện thoại Việt Nam']],
      ['ward-no-source', '27664', ward().replace('    source: quan3-cv4998-2023\n', ''), ['wards → 27664', 'contacts.0.source']],
      ['ward-verified', '27664', ward().replace('2026-11-01', 'tháng trước'), ['wards → 27664', 'contacts.0.verified', 'NĂM-THÁNG-NGÀY']],
      ['ward-verified-future', '27664', ward().replace('2026-11-01', '2099-01-01'), ['wards → 27664', 'contacts.0.verified', 'ở tương lai']],
      ['ward-map-http', '27664', ward('    mapUrl: http://maps.example.com/a\n'), ['wards → 27664', 'contacts.0.mapUrl', 'không phải địa chỉ https đầy đủ']],
      ['ward-map-short', '27664', ward('    mapUrl: https://maps.app.goo.gl/abc\n'), ['wards → 27664', 'contacts.0.mapUrl', 'không dùng đường dẫn rút gọn']],
      ['ward-map-userinfo', '27664', ward('    mapUrl: https://www.google.com@evil.example/maps\n'), ['wards → 27664', 'contacts.0.mapUrl', 'máy chủ evil.example']],
      ['ward-map-evil', '27664', ward('    mapUrl: https://evil.example.com/maps\n'), ['wards → 27664', 'contacts.0.mapUrl', 'máy chủ evil.example.com']],
      ['ward-unknown-source', '27664', ward().replace('quan3-cv4998-2023', 'khong-co-van-ban'), ['content/wards/27664.yaml: trường "contacts.0.source"', 'khong-co-van-ban'], true],
      ['ward-misnamed', '27667', ward(), ['content/wards/27667.yaml: trường "code" là "27664"', 'Sửa: đặt tên tệp'], true],
      ['ward-not-a-unit', '99999', ward().replace('27664', '99999'), ['content/wards/99999.yaml: mã "99999" không phải phường/xã hiện nay'], true],
    ];
    for (const [name, file, text, phrases, build] of cases) {
      it(name, async () => {
        expectRefused(await attempt(name, (dir) => writeFileSync(join(dir, 'wards', `${file}.yaml`), text), { build: !!build }), phrases);
      });
    }
  });

  describe('unit splits', () => {
    it('a split into a single unit', async () => {
      const result = await attempt('split-one', (dir) => edit(join(dir, 'unit-splits.yaml'), (t) => t.replace(/into: \["27154", "27139"\]/, 'into: ["27154"]')));
      expectRefused(result, ['unitSplits → ho-chi-minh-quan-3-phuong-4', 'ít nhất 2 đơn vị mới']);
    });
    it('a split into a code that is not a current unit', async () => {
      const result = await attempt('split-unknown', (dir) => edit(join(dir, 'unit-splits.yaml'), (t) => t.replace(/into: \["27154", "27139"\]/, 'into: ["27154", "27140"]')), { build: true });
      expectRefused(result, ['content/unit-splits.yaml (khóa ho-chi-minh-quan-3-phuong-4): trường "into" có mã "27140"']);
    });
  });
});
