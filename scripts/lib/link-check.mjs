// Checks every link in a built site without a browser: each internal href/src/action (and meta
// refresh, og:image, sitemap <loc>, robots Sitemap:, _redirects target) must name a file that
// exists under the base path, each #fragment an id on the target page, and each external link an
// allowed host over https. Regex parsing is enough because the HTML is our own build's output,
// and it keeps ~27,000 pages to seconds.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
/** @param {string} text */
const decode = (text) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[/** @type {keyof typeof ENTITIES} */ (name.toLowerCase())] ?? whole;
  });

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/**
 * @param {{ dir: string, base: string, site: string, isAllowedExternal: (url: URL) => boolean }} options
 * @returns {{ pages: number, links: number, external: Map<string, number>, problems: string[] }}
 */
export function checkLinks({ dir, base, site, isAllowedExternal }) {
  const origin = new URL(site).origin;
  const files = listFiles(dir);
  /** Site path ("/vneid-guide/huong-dan/") of each HTML file. */
  const pathOf = (/** @type {string} */ file) => {
    const rel = relative(dir, file).split(sep).join('/');
    return base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  };
  /** @type {Map<string, Set<string>>} ids per HTML page path */
  const ids = new Map();
  /** @type {{ from: string, raw: string }[]} */
  const links = [];

  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const page = pathOf(file);
    const pageIds = new Set();
    for (const m of html.matchAll(/\sid="([^"]*)"/g)) pageIds.add(decode(m[1]));
    for (const m of html.matchAll(/<a\b[^>]*\sname="([^"]*)"/g)) pageIds.add(decode(m[1]));
    ids.set(page, pageIds);
    for (const m of html.matchAll(/\s(?:href|src|action|poster)="([^"]*)"/g)) links.push({ from: page, raw: decode(m[1]) });
    for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) {
      for (const part of decode(m[1]).split(',')) links.push({ from: page, raw: part.trim().split(/\s+/)[0] });
    }
    for (const m of html.matchAll(/<meta\b[^>]*http-equiv="refresh"[^>]*content="[^"]*?url=([^"]+)"/gi)) links.push({ from: page, raw: decode(m[1]) });
    for (const m of html.matchAll(/<meta\b[^>]*(?:property|name)="(?:og:image|og:url|twitter:image)"[^>]*content="([^"]+)"/g)) links.push({ from: page, raw: decode(m[1]) });
  }
  for (const file of files.filter((f) => /sitemap[^/]*\.xml$/.test(f))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) links.push({ from: pathOf(file), raw: decode(m[1]) });
  }
  const robots = join(dir, 'robots.txt');
  if (existsSync(robots)) {
    for (const m of readFileSync(robots, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) links.push({ from: pathOf(robots), raw: m[1] });
  }
  // The search index names pages by path: each must exist like any link.
  const searchIndex = join(dir, 'tim-kiem', 'chi-muc.json');
  if (existsSync(searchIndex)) {
    for (const [path] of /** @type {{ docs?: [string][] }} */ (JSON.parse(readFileSync(searchIndex, 'utf8'))).docs ?? []) links.push({ from: `${base}tim-kiem/chi-muc.json`, raw: path.startsWith(base) ? path : base + path.replace(/^\//, '') });
  }
  const redirectsFile = join(dir, '_redirects');
  /** @type {Set<string>} */
  const redirectSources = new Set();
  if (existsSync(redirectsFile)) {
    for (const line of readFileSync(redirectsFile, 'utf8').split('\n')) {
      const [from, to] = line.trim().split(/\s+/);
      if (!from || from.startsWith('#') || !to) continue;
      redirectSources.add(from);
      links.push({ from: `${base}_redirects (${from})`, raw: to });
    }
  }

  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, number>} */
  const external = new Map();
  /** @type {Map<string, boolean>} */
  const exists = new Map();
  const targetExists = (/** @type {string} */ path) => {
    if (exists.has(path)) return exists.get(path);
    let ok = false;
    if (/\/:[a-z]/i.test(path)) {
      // A dynamic _redirects target (/in-an/:format/): some page must have that shape.
      const pattern = new RegExp(`^${path.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
      ok = [...ids.keys()].some((page) => pattern.test(page));
    } else if (path.startsWith(base)) {
      const rel = decodeURIComponent(path.slice(base.length));
      const file = join(dir, rel);
      ok = rel === '' || rel.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
    }
    ok ||= redirectSources.has(path);
    exists.set(path, ok);
    return ok;
  };

  for (const { from, raw } of links) {
    if (raw === '' || /^(tel|mailto|sms):/i.test(raw)) continue;
    if (/^(javascript|data|vbscript|file):/i.test(raw)) {
      problems.push(`${from}: liên kết "${raw.slice(0, 60)}" dùng giao thức không được phép.`);
      continue;
    }
    let url;
    try {
      url = new URL(raw, origin + from);
    } catch {
      problems.push(`${from}: "${raw}" không phải địa chỉ hợp lệ.`);
      continue;
    }
    if (url.origin !== origin) {
      external.set(url.host, (external.get(url.host) ?? 0) + 1);
      if (url.protocol !== 'https:') problems.push(`${from}: liên kết ngoài "${raw}" không dùng https://.`);
      else if (!isAllowedExternal(url)) problems.push(`${from}: liên kết ngoài tới "${url.host}" không thuộc tên miền chính thức được phép.`);
      continue;
    }
    if (!targetExists(url.pathname)) {
      problems.push(`${from}: liên kết "${raw}" tới ${url.pathname} không có trang/tệp nào${url.pathname.startsWith(base) ? '' : ` (nằm ngoài đường dẫn gốc ${base})`}.`);
      continue;
    }
    if (url.hash.length > 1) {
      const pageIds = ids.get(url.pathname);
      const id = decodeURIComponent(url.hash.slice(1));
      if (pageIds && !pageIds.has(id)) problems.push(`${from}: liên kết "${raw}" trỏ tới #${id} nhưng ${url.pathname} không có phần tử id="${id}".`);
    }
  }
  return { pages: ids.size, links: links.length, external, problems };
}
