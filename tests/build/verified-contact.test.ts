// When a ward has a verified current contact, its page offers it as a tap-to-call link and its
// print sheets print it instead of the national hotline; a 2023 historical contact never does either.
// No real ward has such a contact in content/ (none may be invented), so this builds a copy of the
// content with an obviously fictional test contact, then reads the pages the build wrote.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const dir = join(root, '.content-test-verified-contact');
const out = join(dir, 'dist');
const read = (path: string) => readFileSync(join(out, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'content'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'wards', '27664.yaml'),
    [
      'code: "27664"',
      'contacts:',
      '  - name: Điểm liên hệ kiểm thử (không có thật)',
      '    address: Địa chỉ kiểm thử',
      '    phone: 0900 000 000',
      '    hours: Giờ kiểm thử',
      '    source: quan3-cv4998-2023',
      '    verified: 2026-11-01',
      '  - name: Liên hệ cũ kiểm thử',
      '    phone: 0912 000 000',
      '    source: quan3-cv4998-2023',
      '    verified: 2023-10-27',
      '    historical: true',
      '',
    ].join('\n'),
  );
  // Its province only (Hồ Chí Minh, where 27664 and 27667 are): the rest of the country adds nothing
  // to what is tested here but a minute of build.
  const site = join(dir, 'settings/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}\nscope:\n  provinces: [ho-chi-minh]\n  nationalSite: https://vneid.quoc-gia.gov.vn/\n`);
  await promisify(execFile)(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    env: { ...process.env, VNEID_CONTENT_DIR: relative(root, dir), OUT_DIR: relative(root, out), ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
}, 600_000);
// The fixture dist holds ~30,000 files: removing it takes longer than vitest's default hook timeout.
afterAll(() => rmSync(dir, { recursive: true, force: true }), 300_000);

describe('a ward with a verified contact', () => {
  it('shows it on the ward page as a call link with its source date, and drops the "no contact" line', () => {
    const html = read('phuong-xa/27664/index.html');
    expect(html).toContain('href="tel:0900000000"');
    expect(text(html)).toContain('Điểm liên hệ kiểm thử (không có thật)');
    expect(text(html)).toContain('Đối chiếu với nguồn ngày 01/11/2026');
    expect(html).not.toContain('no-verified-contact');
    expect(html).not.toContain('tel:0912000000');
  });

  it('gives the print sheets its contact (they print it instead of the hotline box), never the historical one', () => {
    const shard = JSON.parse(read('in-an/phuong-xa-27.json'));
    expect(shard.u['27664'].c).toMatchObject({ name: 'Điểm liên hệ kiểm thử (không có thật)', phone: '0900000000', display: '0900 000 000', address: 'Địa chỉ kiểm thử', hours: 'Giờ kiểm thử', verified: '01/11/2026' });
    expect(JSON.stringify(shard)).not.toContain('0912000000');
  });

  it('leaves every other ward on the national hotline', () => {
    const shard = JSON.parse(read('in-an/phuong-xa-27.json'));
    expect(shard.u['27667'].c).toBeUndefined();
    expect(text(read('in-an/a4/index.html'))).toContain('1900 0368');
  });
});
