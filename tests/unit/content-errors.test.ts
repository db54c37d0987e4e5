// A mistake in content/ must stop the build with a message that names the file, the field and
// the fix, in Vietnamese, for the ward staff who edit it. Each case copies content/, breaks one
// thing and runs `astro sync`, which validates every collection before any page is built.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = process.cwd();
// Copies sit beside content/ (same depth) so MDX imports like ../../src/components/… still resolve.
const scratchPrefix = '.content-test-';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies content/, applies one mistake, and runs `astro sync` (or the full build with `build: true`). */
async function syncWith(name: string, breakIt: (dir: string) => void, { build = false } = {}) {
  const dir = join(root, `${scratchPrefix}${name}`);
  rmSync(dir, { recursive: true, force: true });
  made.push(dir);
  cpSync(join(root, 'content'), dir, { recursive: true });
  breakIt(dir);
  try {
    const args = build ? ['scripts/build.mjs'] : ['node_modules/astro/bin/astro.mjs', 'sync'];
    await run(process.execPath, args, {
      cwd: root,
      env: { ...process.env, VNEID_CONTENT_DIR: relative(root, dir), OUT_DIR: relative(root, join(dir, 'dist')), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    return { failed: false, output: '' };
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return { failed: true, output: `${stdout}\n${stderr}` };
  }
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('content errors name the file, the field and the fix', () => {
  it('accepts the unmodified content (the control case)', async () => {
    const result = await syncWith('ok', () => {});
    expect(result).toEqual({ failed: false, output: '' });
  });

  it('a guide without sources fails the production build', async () => {
    const result = await syncWith(
      'guide-no-sources',
      (dir) => edit(join(dir, 'guides/kich-hoat-tren-may-tinh.mdx'), (text) => text.replace(/sources:\n(  - .*\n)+/, '')),
      { build: true },
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('guides → kich-hoat-tren-may-tinh');
    expect(result.output).toContain('kich-hoat-tren-may-tinh.mdx');
    expect(result.output).toMatch(/sources/);
    expect(result.output).toContain('Thiếu danh sách nguồn (sources)');
  });

  it('a hotline that is not a Vietnamese phone number', async () => {
    const result = await syncWith('bad-hotline', (dir) =>
      edit(join(dir, 'settings/site.yaml'), (text) => text.replace('phone: 1900 0368', 'phone: 0693.187.111')),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('settings → site');
    expect(result.output).toContain('site.yaml');
    expect(result.output).toContain('hotlines.0.phone');
    expect(result.output).toContain('không phải số điện thoại Việt Nam hợp lệ');
  });

  it('a store link that is not https', async () => {
    const result = await syncWith('http-link', (dir) =>
      edit(join(dir, 'links.yaml'), (text) => text.replace('https://apps.apple.com', 'http://apps.apple.com')),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('links → appStore');
    expect(result.output).toContain('url');
    expect(result.output).toContain('bắt đầu bằng https://');
  });

  it('a review date that is not a date', async () => {
    const result = await syncWith('bad-date', (dir) =>
      edit(join(dir, 'faq/tong-dai-vneid.md'), (text) => text.replace(/reviewed: .*/, 'reviewed: hôm qua')),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('faq → tong-dai-vneid');
    expect(result.output).toContain('reviewed');
    expect(result.output).toContain('NĂM-THÁNG-NGÀY');
  });

  it('a guide citing a source that is not in sources.yaml fails the production build', async () => {
    const result = await syncWith(
      'unknown-source',
      (dir) => edit(join(dir, 'guides/kich-hoat-tren-may-tinh.mdx'), (text) => text.replace('  - quan3-cv4998-2023', '  - cong-van-khong-co')),
      { build: true },
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/guides/kich-hoat-tren-may-tinh.mdx: trường "sources.2" dẫn tới "cong-van-khong-co"');
    expect(result.output).toContain('Sửa: thêm mục đó vào content/sources.yaml');
  });

  it('a source linking outside the official domains fails the production build', async () => {
    const result = await syncWith(
      'unofficial-source',
      (dir) => edit(join(dir, 'sources.yaml'), (text) => text.replace('url: https://dichvucong.gov.vn', 'url: https://dichvucong-gov.vn.example.com')),
      { build: true },
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/sources.yaml (khóa dichvucong-portal): trường "url" dẫn tới dichvucong-gov.vn.example.com');
    expect(result.output).toContain('Sửa: bỏ url');
  });

  const ward = (extra = '') => `code: "27664"\ncontacts:\n  - name: Dữ liệu kiểm thử\n    phone: 0903 858 668\n    source: quan3-cv4998-2023\n    verified: 2026-11-01\n${extra}`;
  const wardCases: [string, string, string, string[], boolean?][] = [
    ['a ward code that is not 5 digits', '27664', ward().replace('code: "27664"', 'code: "2766"'), ['wards → 27664', 'code', 'mã 5 chữ số']],
    ['a ward contact phone that is not Vietnamese', '27664', ward().replace('0903 858 668', '0693.187.111'), ['wards → 27664', 'contacts.0.phone', 'không phải số điện thoại Việt Nam']],
    ['a ward contact without a source', '27664', ward().replace('    source: quan3-cv4998-2023\n', ''), ['wards → 27664', 'contacts.0.source']],
    ['a ward contact with a bad verified date', '27664', ward().replace('2026-11-01', 'tháng trước'), ['wards → 27664', 'contacts.0.verified', 'NĂM-THÁNG-NGÀY']],
    ['a ward contact map link without https', '27664', ward('    mapUrl: http://maps.example.com/a\n'), ['wards → 27664', 'contacts.0.mapUrl', 'https://']],
    ['a ward contact map link through a shortener', '27664', ward('    mapUrl: https://goo.gl/maps/abc\n'), ['wards → 27664', 'contacts.0.mapUrl', 'không dùng đường dẫn rút gọn']],
    ['a ward contact citing an unknown source', '27664', ward().replace('quan3-cv4998-2023', 'khong-co-van-ban'), ['content/wards/27664.yaml: trường "contacts.0.source"', 'khong-co-van-ban'], true],
    ['a ward file named after another code', '27667', ward(), ['content/wards/27667.yaml: trường "code" là "27664"', 'Sửa: đặt tên tệp'], true],
    ['a ward file for a unit that does not exist', '99999', ward().replace('27664', '99999'), ['content/wards/99999.yaml: mã "99999" không phải phường/xã hiện nay'], true],
  ];
  for (const [what, file, text, expected, build] of wardCases) {
    it(what, async () => {
      const result = await syncWith(`ward-${file}-${what.length}`, (dir) => writeFileSync(join(dir, 'wards', `${file}.yaml`), text), { build: !!build });
      expect(result.failed).toBe(true);
      for (const part of expected) expect(result.output).toContain(part);
    });
  }

  it('a split into a single unit', async () => {
    const result = await syncWith('split-one', (dir) => edit(join(dir, 'unit-splits.yaml'), (text) => text.replace('into: ["27154", "27139"]', 'into: ["27154"]')));
    expect(result.failed).toBe(true);
    expect(result.output).toContain('unitSplits → ho-chi-minh-quan-3-phuong-4');
    expect(result.output).toContain('ít nhất 2 đơn vị mới');
  });

  it('a split into a code that is not a current unit', async () => {
    const result = await syncWith(
      'split-unknown',
      (dir) => edit(join(dir, 'unit-splits.yaml'), (text) => text.replace('into: ["27154", "27139"]', 'into: ["27154", "27140"]')),
      { build: true },
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('content/unit-splits.yaml (khóa ho-chi-minh-quan-3-phuong-4): trường "into" có mã "27140"');
  });

  it('a former district contact with a garbled phone number', async () => {
    const result = await syncWith('district-phone', (dir) => edit(join(dir, 'former-district-contacts.yaml'), (text) => text.replace('0903 858 668', '0693.187.111')));
    expect(result.failed).toBe(true);
    expect(result.output).toContain('formerDistrictContacts → quan-3');
    expect(result.output).toContain('phone');
  });

  it('a site URL without https:// in the settings read by the build', async () => {
    const result = await syncWith('bad-site-url', (dir) =>
      edit(join(dir, 'settings/site.yaml'), (text) => text.replace(/siteUrl: .*/, 'siteUrl: vneid-guide.example.vn')),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('settings/site.yaml');
    expect(result.output).toContain('"siteUrl"');
  });
});
