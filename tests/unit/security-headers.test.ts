import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { redirectRules } from '../../src/lib/redirect-rules';
import { metaContentSecurityPolicy } from '../../src/lib/csp';

// public/_headers is what Netlify / Cloudflare Pages send and what the test server sends; the
// README's nginx example must say the same, and the policy must stay strict.
const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'), 'public/_headers');
const headers = headersFor(rules, '/huong-dan/dang-ky-muc-2/');
const csp = Object.fromEntries(
  (headers['Content-Security-Policy'] ?? '')
    .split(';')
    .map((d: string) => d.trim().split(/\s+/))
    .map(([name, ...values]: string[]) => [name, values]),
);

describe('security headers', () => {
  it('apply to every path, including missing pages and assets', () => {
    for (const path of ['/', '/khong-co/', '/_astro/x.js', '/in-an/27664/a4/']) {
      expect(Object.keys(headersFor(rules, path))).toEqual(
        expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
      );
    }
  });

  it('allow no inline script, no eval and no third-party origin', () => {
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    for (const [directive, values] of Object.entries(csp)) {
      for (const value of values as string[]) {
        expect(value, `${directive} ${value}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
      }
      if (directive !== 'style-src') expect(values, directive).not.toContain("'unsafe-inline'");
    }
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('the nginx example in the README sends exactly the same headers', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- nginx-headers -->\s*```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README.md cần khối ```nginx sau <!-- nginx-headers -->').toBeDefined();
    const nginx = Object.fromEntries([...block!.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1], m[2]]));
    expect(nginx).toEqual(headers);
  });

  it('the nginx example rewrites exactly the site’s redirect rules, and nginx-style they match like the rules', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- nginx-headers -->\s*```nginx\n([\s\S]*?)```/.exec(readme)![1]!;
    const rewrites = [...block.matchAll(/^\s*rewrite (\S+) (\S+) permanent;$/gm)].map((m) => ({ pattern: m[1], replacement: m[2] }));
    const rules = redirectRules('/');
    expect(rewrites).toEqual(rules.map((r) => r.nginx));
    // Each nginx pattern turns the old address into the same new address as its _redirects rule.
    const apply = (pattern: string, replacement: string, path: string) => path.replace(new RegExp(pattern), replacement.replace(/\$(\d)/g, '$$$1'));
    expect(apply(rules[0]!.nginx.pattern, rules[0]!.nginx.replacement, '/in-an/chung/a4/')).toBe('/in-an/a4/');
    expect(apply(rules[1]!.nginx.pattern, rules[1]!.nginx.replacement, '/in-an/27664/a5/')).toBe('/in-an/a5/?ma=27664');
    expect(rules[1]!.to).toBe('/in-an/:format/?ma=:code');
  });

  it('every page carries the policy in a meta element too, without frame-ancestors', () => {
    const meta = metaContentSecurityPolicy();
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('frame-ancestors');
    expect(meta.split('; ').length).toBe(headers['Content-Security-Policy']!.split('; ').length - 1);
  });

  it('the parser reports a malformed line with its file and line', () => {
    expect(() => parseHeadersFile('/*\n  Broken header line\n', 'public/_headers')).toThrow('public/_headers:2');
    expect(() => parseHeadersFile('huong-dan/\n  X-A: b\n', 'public/_headers')).toThrow('phải bắt đầu bằng "/"');
    const joined = headersFor(parseHeadersFile('/*\n  X-A: 1\n/a/*\n  X-A: 2\n'), '/a/b');
    expect(joined['X-A']).toBe('1, 2');
  });
});
