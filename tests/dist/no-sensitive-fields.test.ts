import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHtmlForSensitiveFields } from '../sensitive-fields';
import { requireBuild } from './site-files';

// This site fights phishing: no page of it may ever look like it asks for a password, an OTP or
// passcode, or an identity number, and no form posts data anywhere. Checked on all ~27,000 pages.
describe('no field asks for a secret', () => {
  it('holds on every page in dist/', () => {
    requireBuild('dist');
    const found: string[] = [];
    let pages = 0;
    let fields = 0;
    for (const entry of readdirSync('dist', { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      pages++;
      fields += (html.match(/<(input|textarea|select)\b/g) ?? []).length;
      for (const problem of scanHtmlForSensitiveFields(html)) found.push(`${join(entry.parentPath, entry.name)}: ${problem}`);
    }
    expect(found).toEqual([]);
    expect(pages).toBeGreaterThan(3_000); // every ward page, at least
    // The search box, the ward lookup and the poster generator's fields were all seen and passed.
    expect(fields).toBeGreaterThan(10);
  });

  it('recognises what it must refuse', () => {
    const bad = [
      '<input type="password" name="p">',
      '<label for="x">Mật khẩu VNeID</label><input id="x" type="text">',
      '<input name="mat_khau">',
      '<input autocomplete="one-time-code" name="code">',
      '<input placeholder="Nhập mã OTP">',
      '<input aria-label="Số định danh cá nhân">',
      '<label for="c">So CCCD</label><input id="c">',
      '<input placeholder="Passcode 6 số">',
      '<form method="post" action="/gui/"><input name="ten"></form>',
      '<FORM METHOD=POST><input name=ten></FORM>',
      // A label that wraps its field, aria-labelledby, single quotes and unquoted attributes.
      '<label>Mật khẩu <input name="a"></label>',
      '<span id="l">Nhập mã OTP</span><input aria-labelledby="l">',
      "<input placeholder='Mật khẩu'>",
      '<input placeholder=passcode>',
      '<input type=PASSWORD>',
      '<div contenteditable="true" aria-label="Số CCCD"></div>',
    ];
    for (const html of bad) expect(scanHtmlForSensitiveFields(html), html).not.toEqual([]);
    expect(scanHtmlForSensitiveFields('<label for="q">Tìm trong hướng dẫn</label><input id="q" type="search" name="q">')).toEqual([]);
  });
});
