import type { HostId } from './host-limits.ts';
import { joinBase } from './base-path.ts';
import { redirectRules } from './redirect-rules.ts';

/**
 * The security headers of the site, in one place. The build writes them as dist/_headers in the
 * dialect of the chosen host (Cloudflare Pages, Netlify), `npm run nginx:conf` writes the same as an
 * nginx server block, every page repeats the policy in a <meta> (hosts without headers), and the
 * local server sends exactly the _headers file. Nothing else writes a header by hand.
 *
 * The site's policy allows nothing from another origin, no inline script (the build emits none),
 * no WebAssembly, no framing; style-src keeps 'unsafe-inline' because each page's CSS is inlined to
 * save a render-blocking request on slow mobile data (styles cannot run code). The staff editing app
 * (/quan-tri/) has a policy of its own, scoped to its path: it talks to the configured Git host.
 */

export type Policy = Record<string, string[]>;

export const SITE_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Headers every answer carries, pages and files alike. */
export const COMMON_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // HTTPS only, for a year; not includeSubDomains: a ward's site is often one subdomain of a larger
  // government domain whose other services this site must not force.
  ['Strict-Transport-Security', 'max-age=31536000'],
];

export const policyText = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, values]) => `${directive} ${values.join(' ')}`)
    .join('; ');

/** The policy for a <meta http-equiv>: frame-ancestors (and reporting) are ignored there, so left out. */
export function metaContentSecurityPolicy(policy: Policy = SITE_POLICY): string {
  return policyText(Object.fromEntries(Object.entries(policy).filter(([d]) => !/^(frame-ancestors|report-uri|report-to|sandbox)$/.test(d))));
}

/** A path of the site with its own policy (the staff editing app). */
export interface ScopedPolicy {
  /** Site path without the base, e.g. "/quan-tri/". */
  path: string;
  policy: Policy;
  /** Extra headers for that path, e.g. X-Robots-Tag. */
  headers?: [string, string][];
}

/** The headers every path gets, the site policy included. */
export function siteHeaders(policy: Policy = SITE_POLICY): [string, string][] {
  return [['Content-Security-Policy', policyText(policy)], ...COMMON_HEADERS];
}

/**
 * dist/_headers for a host that reads it. Cloudflare Pages applies every matching rule, so the
 * scoped path first detaches the site policy ("! Content-Security-Policy"); Netlify serves the most
 * specific rule's value of a header and refuses the detach line, so it gets none.
 */
export function headersFile({ base, host, scoped = [] }: { base: string; host: HostId; scoped?: ScopedPolicy[] }): string {
  const lines = ['# Tiêu đề bảo mật của trang, sinh khi dựng (src/lib/security-headers.ts). Đừng sửa tay.', `${joinBase(base, '/')}*`];
  for (const [name, value] of siteHeaders()) lines.push(`  ${name}: ${value}`);
  for (const scope of scoped) {
    lines.push(`${joinBase(base, scope.path)}*`);
    if (host === 'cloudflare-pages') lines.push('  ! Content-Security-Policy');
    lines.push(`  Content-Security-Policy: ${policyText(scope.policy)}`);
    for (const [name, value] of scope.headers ?? []) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A complete nginx `server` block that serves dist/ as the static hosts do: the same headers on
 * every answer (errors included: "always"), the scoped policy in its own location (an add_header in
 * a location replaces the server's), gzip for text, JSON, JS, CSS and SVG, no version in the Server
 * header, relative redirects (never built from the Host header), the site's redirect rules
 * (regexes quoted, as nginx requires for "{5}"), the 404 page, and HTTPS with HSTS when certificates
 * are given.
 */
export function nginxServerBlock({
  base,
  root,
  serverName,
  tls,
  port,
  scoped = [],
}: {
  base: string;
  /** Folder holding the site: dist/ is copied to <root><base>. */
  root: string;
  serverName: string;
  /** Paths of the certificate and key; without them the block listens on plain HTTP (behind a proxy, or for a test). */
  tls?: { certificate: string; key: string };
  port?: number;
  scoped?: ScopedPolicy[];
}): string {
  const headers = (list: [string, string][], indent: string) =>
    list.filter(([name]) => tls || name !== 'Strict-Transport-Security').map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
  const prefix = joinBase(base, '/');
  const lines = [
    'server {',
    ...(tls
      ? [`    listen ${port ?? 443} ssl;`, `    ssl_certificate ${tls.certificate};`, `    ssl_certificate_key ${tls.key};`]
      : [`    listen ${port ?? 80};`]),
    `    server_name ${serverName};`,
    `    root ${root};`,
    '    charset utf-8;',
    '    server_tokens off;',
    '    absolute_redirect off;',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    '    gzip_min_length 256;',
    '    gzip_types text/css text/plain text/xml application/json application/javascript text/javascript application/xml image/svg+xml application/manifest+json;',
    `    error_page 404 ${joinBase(base, '/404.html')};`,
    ...headers(siteHeaders(), '    '),
    ...redirectRules(base).map((r) => `    rewrite ${quote(r.nginx.pattern)} ${quote(r.nginx.replacement)} permanent;`),
  ];
  // Under a sub-path, dist/ is copied to <root><base> (e.g. /var/www/vneid-guide/vneid/): paths then map onto files as they are.
  const location = (path: string, extra: string[]) => [`    location ${path} {`, '        try_files $uri $uri/ =404;', ...extra, '    }'];
  lines.push(...location(prefix, []));
  for (const scope of scoped) {
    lines.push(...location(joinBase(base, scope.path), headers([['Content-Security-Policy', policyText(scope.policy)], ...COMMON_HEADERS, ...(scope.headers ?? [])], '        ')));
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
