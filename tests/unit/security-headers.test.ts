import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { redirectRules } from '../../src/lib/redirect-rules';
import { headersFile, metaContentSecurityPolicy, nginxServerBlock, siteHeaders } from '../../src/lib/security-headers';

// dist/_headers (generated from src/lib/security-headers.ts) is what Netlify / Cloudflare Pages send
// and what the test server sends; the nginx block is generated from the same definitions, and the
// policy must stay strict.
const generated = headersFile({ base: '/', host: 'cloudflare-pages' });
const rules = parseHeadersFile(generated, '_headers');
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

  const block = nginxServerBlock({ base: '/', root: '/var/www/vneid-guide', serverName: 'vneid.example.gov.vn' });

  it('the nginx block sends exactly the same headers, on every answer ("always")', () => {
    const nginx = Object.fromEntries([...block.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1], m[2]]));
    const { 'Strict-Transport-Security': hsts, ...plain } = headers;
    expect(hsts).toBe('max-age=31536000');
    // Without TLS the block serves plain HTTP, where HSTS means nothing; with TLS it is sent.
    expect(nginx).toEqual(plain);
    expect(nginxServerBlock({ base: '/', root: '/var/www', serverName: 'x', tls: { certificate: '/c.pem', key: '/k.pem' } })).toContain('add_header Strict-Transport-Security "max-age=31536000" always;');
  });

  it('the nginx block hides its version, redirects relatively, gzips text and quotes its regexes', () => {
    for (const line of ['server_tokens off;', 'absolute_redirect off;', 'gzip on;', 'error_page 404 /404.html;']) expect(block).toContain(line);
    const types = /gzip_types ([^;]*);/.exec(block)![1]!.split(' ');
    expect(types).toEqual(expect.arrayContaining(['application/json', 'text/javascript', 'text/css', 'image/svg+xml']));
    // An unquoted regex with {5} makes `nginx -t` fail ("directive rewrite is not terminated by ;").
    for (const m of block.matchAll(/^\s*rewrite (.*)$/gm)) expect(m[1]).toMatch(/^"[^"]+" "[^"]+" permanent;$/);
    expect(nginxServerBlock({ base: '/vneid/', root: '/var/www', serverName: 'x' })).toContain('location /vneid/ {');
  });

  it('the nginx block rewrites exactly the site’s redirect rules, and nginx-style they match like the rules', () => {
    const rewrites = [...block.matchAll(/^\s*rewrite "(\S+)" "(\S+)" permanent;$/gm)].map((m) => ({ pattern: m[1], replacement: m[2] }));
    const rules = redirectRules('/');
    expect(rewrites).toEqual(rules.map((r) => r.nginx));
    // Each nginx pattern turns the old address into the same new address as its _redirects rule.
    const apply = (pattern: string, replacement: string, path: string) => path.replace(new RegExp(pattern), replacement.replace(/\$(\d)/g, '$$$1'));
    expect(apply(rules[0]!.nginx.pattern, rules[0]!.nginx.replacement, '/in-an/chung/a4/')).toBe('/in-an/a4/');
    expect(apply(rules[1]!.nginx.pattern, rules[1]!.nginx.replacement, '/in-an/27664/a5/')).toBe('/in-an/a5/?ma=27664');
    expect(rules[1]!.to).toBe('/in-an/:format/?ma=:code');
  });

  it('a path with its own policy: Cloudflare detaches the site policy there, Netlify takes the most specific, nginx replaces it in a location', () => {
    const scoped = [{ path: '/quan-tri/', policy: { 'default-src': ["'self'"], 'connect-src': ["'self'", 'https://api.github.com'] } }];
    const cloudflare = parseHeadersFile(headersFile({ base: '/', host: 'cloudflare-pages', scoped }));
    expect(headersFor(cloudflare, '/quan-tri/')['Content-Security-Policy']).toBe("default-src 'self'; connect-src 'self' https://api.github.com");
    expect(headersFor(cloudflare, '/huong-dan/')['Content-Security-Policy']).toBe(siteHeaders()[0]![1]);
    expect(headersFile({ base: '/', host: 'netlify', scoped })).not.toContain('!');
    const withAdmin = nginxServerBlock({ base: '/', root: '/var/www', serverName: 'x', scoped });
    expect(withAdmin).toMatch(/location \/quan-tri\/ \{[\s\S]*add_header Content-Security-Policy "default-src 'self'; connect-src 'self' https:\/\/api.github.com" always;[\s\S]*add_header X-Content-Type-Options/);
  });

  it('every page carries the policy in a meta element too, without frame-ancestors', () => {
    const meta = metaContentSecurityPolicy();
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('frame-ancestors');
    expect(meta.split('; ').length).toBe(headers['Content-Security-Policy']!.split('; ').length - 1);
  });

  it('the parser reports a malformed line with its file and line', () => {
    expect(() => parseHeadersFile('/*\n  Broken header line\n', 'dist/_headers')).toThrow('dist/_headers:2');
    expect(() => parseHeadersFile('huong-dan/\n  X-A: b\n', 'dist/_headers')).toThrow('phải bắt đầu bằng "/"');
    const joined = headersFor(parseHeadersFile('/*\n  X-A: 1\n/a/*\n  X-A: 2\n'), '/a/b');
    expect(joined['X-A']).toBe('1, 2');
  });
});
