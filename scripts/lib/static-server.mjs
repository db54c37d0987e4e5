// A small static file server for the built site: what `npm start`, the browser tests and the
// benchmarks use. It mounts dist/ under the configured base path and reads a Netlify-style
// `_redirects` file and a `_headers` file, so what is tested is what a static host serves.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, loadHeadersFile } from './headers-file.mjs';
import { normaliseBase, stripBase } from '../../src/lib/base-path.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/**
 * Netlify-style rules: exact paths, and paths with ":name" placeholders (one segment each) whose
 * values fill the same placeholders in the target, e.g. /in-an/:code/:format/ → /in-an/:format/?ma=:code.
 * The first matching rule wins, as on Netlify and Cloudflare Pages.
 * @param {string} root
 */
function loadRedirects(root) {
  const file = join(root, '_redirects');
  /** @type {Map<string, { to: string, status: number }>} */
  const exact = new Map();
  /** @type {{ pattern: RegExp, names: string[], to: string, status: number }[]} */
  const dynamic = [];
  if (!existsSync(file)) return { exact, dynamic };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to) continue;
    const rule = { to, status: Number(status) || 301 };
    if (!from.includes('/:')) {
      if (!exact.has(from)) exact.set(from, rule);
      continue;
    }
    /** @type {string[]} */
    const names = [];
    const source = from.split('/').map((part) => (part.startsWith(':') ? (names.push(part.slice(1)), '([^/]+)') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
    dynamic.push({ pattern: new RegExp(`^${source}$`), names, ...rule });
  }
  return { exact, dynamic };
}

/**
 * @param {ReturnType<typeof loadRedirects>} redirects @param {string[]} paths
 * @returns {{ to: string, status: number } | undefined}
 */
function findRedirect({ exact, dynamic }, paths) {
  for (const path of paths) {
    const rule = exact.get(path);
    if (rule) return rule;
  }
  for (const rule of dynamic) {
    const m = rule.pattern.exec(paths[0] ?? '');
    if (!m) continue;
    const values = Object.fromEntries(rule.names.map((name, i) => [name, m[i + 1]]));
    return { to: rule.to.replace(/:([a-z]+)/gi, (whole, name) => values[name] ?? whole), status: rule.status };
  }
  return undefined;
}

/**
 * A Location header that can only lead to a path on this site: "//evil.example/x" or "/\\evil" would
 * be read by browsers as another host, so leading slashes and backslashes collapse to one "/".
 * @param {string} location
 */
export function sameSiteLocation(location) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(location)) return '/';
  return `/${location.replace(/^[\\/]+/, '')}`;
}

/** How long a connection may take to send its request (tests shorten them). */
const TIMEOUTS = { keepAliveMs: 5_000, headersMs: 10_000, requestMs: 30_000, checkEveryMs: 30_000 };

/**
 * @param {{ root: string, base?: string, port?: number, host?: string, timeouts?: Partial<typeof TIMEOUTS> }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, base = '/', port = 0, host = '127.0.0.1', timeouts = {} }) {
  const limits = { ...TIMEOUTS, ...timeouts };
  const dir = resolve(root);
  const redirects = loadRedirects(dir);
  const headerRules = loadHeadersFile(join(dir, '_headers'));
  const prefix = normaliseBase(base);

  /**
   * Each file read and compressed once (keyed by its modification time), not on every request: the
   * ward index is 900 KB, and compressing it per request made 500 concurrent connections time out.
   * @type {Map<string, { mtimeMs: number, raw: Buffer, gzip?: Buffer }>}
   */
  const cache = new Map();
  /** @param {string} file @param {boolean} compressible */
  async function load(file, compressible) {
    const info = await stat(file);
    let entry = cache.get(file);
    if (!entry || entry.mtimeMs !== info.mtimeMs) {
      const raw = await readFile(file);
      entry = { mtimeMs: info.mtimeMs, raw, ...(compressible && raw.length > 256 ? { gzip: gzipSync(raw) } : {}) };
      cache.set(file, entry);
    }
    return entry;
  }

  const server = createServer({ connectionsCheckingInterval: limits.checkEveryMs }, async (req, res) => {
    // Rules in _headers are written from the site root; under a sub-path they apply below it. Every
    // answer carries them, errors (405, 400, 404) and redirects included.
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const headerPath = stripBase(prefix, `/${rawPath.replace(/^\/+/, '')}`) ?? '/';
    for (const [name, value] of Object.entries(headersFor(headerRules, headerPath))) res.setHeader(name, value);
    // A static site answers reads only: anything else is refused, as a static host would.
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': TYPES['.txt'] }).end('405 Method Not Allowed');
      return;
    }
    // Parsed against a fixed origin so "//evil.example/…" stays a path on this site, never a host.
    const url = new URL(`http://localhost/${(req.url ?? '/').replace(/^\/+/, '')}`);
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': TYPES['.txt'] }).end('400 Bad Request');
      return;
    }
    const redirect = findRedirect(redirects, [url.pathname, pathname]);
    if (redirect) {
      res.writeHead(redirect.status, { Location: sameSiteLocation(redirect.to) }).end();
      return;
    }
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end();
      return;
    }
    // A ".." segment (even encoded, "%2F..%2F") is never a page of the site.
    if (!pathname.startsWith(prefix) || pathname.split(/[\\/]/).includes('..')) return notFound(res);
    const relative = normalize(pathname.slice(prefix.length));
    if (relative.startsWith('..')) return notFound(res);
    let file = join(dir, relative);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: sameSiteLocation(`${url.pathname}/${url.search}`) }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
      // Every real host compresses text; without it, Lighthouse and the benchmarks would measure a
      // slower site than residents get.
      const entry = await load(file, /^(text\/|application\/(json|xml|wasm|manifest)|image\/svg)/.test(type));
      const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? entry.gzip : entry.raw;
      /** @type {Record<string, string | number>} */
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', 'Content-Length': body?.length ?? 0 };
      if (gzip) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      notFound(res);
    }
  });
  // A client that sends too large a header or a malformed request gets an answer with the same
  // headers, not a bare reset (431 and 400 are written here by Node otherwise).
  server.on('clientError', (error, socket) => {
    const reason = /** @type {{ code?: string }} */ (error).code;
    // A connection that sent nothing in time is closed without an answer, as nginx does. Browsers
    // open connections ahead of need (preconnect); an answer written into one would be read as the
    // answer to the next request sent on it: a page or script failing with an error it never had.
    if (!socket.writable || reason === 'ERR_HTTP_REQUEST_TIMEOUT' || reason === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const code = reason === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const extra = Object.entries(headersFor(headerRules, '/')).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${code} ${code === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n${extra}\r\n${code}`);
  });
  // Many connections at once (a QR poster scanned by a crowd, a load test): keep the backlog deep
  // and idle sockets short so the server stays up.
  server.keepAliveTimeout = limits.keepAliveMs;
  server.headersTimeout = limits.headersMs;
  server.requestTimeout = limits.requestMs;

  /** @param {import('node:http').ServerResponse} res */
  async function notFound(res) {
    try {
      const entry = await load(join(dir, '404.html'), false);
      res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(entry.raw);
    } catch {
      res.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('404');
    }
  }

  await new Promise((done) => server.listen({ port, host, backlog: 2048 }, () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}${prefix}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
