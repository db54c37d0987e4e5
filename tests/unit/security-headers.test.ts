import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';
import { redirectRules } from '../../src/lib/redirect-rules';
import { COMMON_HEADERS, headersFile, metaContentSecurityPolicy, nginxServerBlock, siteHeaders, type ScopedPolicy } from '../../src/lib/security-headers';

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

// The generated files line by line. Everything is built inside the tests (not at collection time),
// so a change to the generator shows here.
const SITE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; worker-src 'self'; manifest-src 'self'; media-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
const PERMISSIONS = COMMON_HEADERS.find(([name]) => name === 'Permissions-Policy')![1];
const admin: ScopedPolicy = { path: '/quan-tri/', policy: { 'default-src': ["'self'"], 'connect-src': ["'self'", 'https://api.github.com'] }, headers: [['X-Robots-Tag', 'noindex, nofollow']] };
const ADMIN_CSP = "default-src 'self'; connect-src 'self' https://api.github.com";

describe('the generated _headers file', () => {
  it('starts with a do-not-edit note, then the site rule under the base with every header', () => {
    expect(headersFile({ base: '/vneid/', host: 'netlify' }).split('\n')).toEqual([
      '# Tiêu đề bảo mật của trang, sinh khi dựng (src/lib/security-headers.ts). Đừng sửa tay.',
      '/vneid/*',
      `  Content-Security-Policy: ${SITE_CSP}`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: no-referrer',
      `  Permissions-Policy: ${PERMISSIONS}`,
      '  Cross-Origin-Opener-Policy: same-origin',
      '  Strict-Transport-Security: max-age=31536000',
      '',
    ]);
  });

  it('adds the staff app’s rule with its extra headers; only Cloudflare Pages gets the detach line', () => {
    const tail = (host: 'cloudflare-pages' | 'netlify') => headersFile({ base: '/vneid/', host, scoped: [admin] }).split('\n').slice(8);
    expect(tail('cloudflare-pages')).toEqual(['/vneid/quan-tri/*', '  ! Content-Security-Policy', `  Content-Security-Policy: ${ADMIN_CSP}`, '  X-Robots-Tag: noindex, nofollow', '']);
    expect(tail('netlify')).toEqual(['/vneid/quan-tri/*', `  Content-Security-Policy: ${ADMIN_CSP}`, '  X-Robots-Tag: noindex, nofollow', '']);
    // A scoped path without extra headers gets its policy and nothing else.
    const bare = headersFile({ base: '/', host: 'netlify', scoped: [{ path: '/quan-tri/', policy: admin.policy }] });
    expect(bare.endsWith(`/quan-tri/*\n  Content-Security-Policy: ${ADMIN_CSP}\n`)).toBe(true);
    // What the local server reads back: the staff app's page gets its own policy and the robots header.
    const served = headersFor(parseHeadersFile(headersFile({ base: '/', host: 'cloudflare-pages', scoped: [admin] })), '/quan-tri/');
    expect(served['Content-Security-Policy']).toBe(ADMIN_CSP);
    expect(served['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(served['Strict-Transport-Security']).toBe('max-age=31536000');
  });
});

describe('the generated nginx server block', () => {
  const siteHeaderLines = (indent: string, hsts: boolean) => [
    `${indent}add_header Content-Security-Policy "${SITE_CSP}" always;`,
    `${indent}add_header X-Content-Type-Options "nosniff" always;`,
    `${indent}add_header Referrer-Policy "no-referrer" always;`,
    `${indent}add_header Permissions-Policy "${PERMISSIONS}" always;`,
    `${indent}add_header Cross-Origin-Opener-Policy "same-origin" always;`,
    ...(hsts ? [`${indent}add_header Strict-Transport-Security "max-age=31536000" always;`] : []),
  ];
  const settings = (listen: string[], hsts: boolean) => [
    'server {',
    ...listen,
    '    server_name vneid.example.gov.vn;',
    '    root /var/www/vneid-guide;',
    '    charset utf-8;',
    '    server_tokens off;',
    '    absolute_redirect off;',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    '    gzip_min_length 256;',
    '    gzip_types text/css text/plain text/xml application/json application/javascript text/javascript application/xml image/svg+xml application/manifest+json;',
    '    error_page 404 /vneid/404.html;',
    ...siteHeaderLines('    ', hsts),
    '    rewrite "^/vneid/in-an/chung/([a-z0-9-]+)/$" "/vneid/in-an/$1/" permanent;',
    '    rewrite "^/vneid/in-an/([0-9]{5})/([a-z0-9-]+)/$" "/vneid/in-an/$2/?ma=$1" permanent;',
    '    location /vneid/ {',
    '        try_files $uri $uri/ =404;',
    '    }',
  ];
  const server = { base: '/vneid/', root: '/var/www/vneid-guide', serverName: 'vneid.example.gov.vn' };

  it('on plain HTTP: listens on port 80, sends every header but HSTS, serves files under the base', () => {
    expect(nginxServerBlock(server)).toBe(`${[...settings(['    listen 80;'], false), '}'].join('\n')}\n`);
    expect(nginxServerBlock({ ...server, port: 8080 })).toContain('\n    listen 8080;\n');
  });

  it('with certificates: listens with TLS on 443 (or the given port) and sends HSTS', () => {
    const tls = { certificate: '/etc/ssl/site.pem', key: '/etc/ssl/site.key' };
    const listen = (port: number) => [`    listen ${port} ssl;`, '    ssl_certificate /etc/ssl/site.pem;', '    ssl_certificate_key /etc/ssl/site.key;'];
    expect(nginxServerBlock({ ...server, tls })).toBe(`${[...settings(listen(443), true), '}'].join('\n')}\n`);
    expect(nginxServerBlock({ ...server, tls, port: 8443 })).toBe(`${[...settings(listen(8443), true), '}'].join('\n')}\n`);
  });

  it('gives the staff app a location of its own that repeats every header next to its policy', () => {
    const block = nginxServerBlock({ ...server, scoped: [admin] });
    expect(block.split('\n').slice(-11)).toEqual([
      '    location /vneid/quan-tri/ {',
      '        try_files $uri $uri/ =404;',
      `        add_header Content-Security-Policy "${ADMIN_CSP}" always;`,
      ...siteHeaderLines('        ', false).slice(1),
      '        add_header X-Robots-Tag "noindex, nofollow" always;',
      '    }',
      '}',
      '',
    ]);
    const withTls = nginxServerBlock({ ...server, tls: { certificate: '/c.pem', key: '/k.pem' }, scoped: [{ path: '/quan-tri/', policy: admin.policy }] });
    expect(withTls.split('\n').slice(-5)).toEqual([
      '        add_header Cross-Origin-Opener-Policy "same-origin" always;',
      '        add_header Strict-Transport-Security "max-age=31536000" always;',
      '    }',
      '}',
      '',
    ]);
  });

  it('escapes quotes and backslashes in a header value, so the value cannot end the nginx string early', () => {
    const block = nginxServerBlock({ ...server, scoped: [{ path: '/quan-tri/', policy: {}, headers: [['X-Note', 'say "hi" \\ bye']] }] });
    expect(block).toContain('        add_header X-Note "say \\"hi\\" \\\\ bye" always;\n');
  });
});

describe('the policy in a meta element', () => {
  it('leaves out what browsers ignore in a meta (frame-ancestors, reporting, sandbox) and keeps the rest in order', () => {
    const policy = {
      'default-src': ["'self'"],
      'report-uri': ['/csp'],
      sandbox: ['allow-scripts'],
      'img-src': ["'self'", 'data:'],
      'report-to': ['csp'],
      'frame-ancestors': ["'none'"],
    };
    expect(metaContentSecurityPolicy(policy)).toBe("default-src 'self'; img-src 'self' data:");
    expect(metaContentSecurityPolicy()).toBe(SITE_CSP.replace("; frame-ancestors 'none'", ''));
  });
});
