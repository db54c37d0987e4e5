import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/**
 * Checks a built site without a browser, parsing every HTML page with a real HTML parser
 * (htmlparser2: attribute names in any letter case, any quoting, entities decoded): whatever the
 * content was, whatever a template or a dependency emitted, nothing harmful leaves the build.
 *
 * Refused on any page: a meta refresh to another site, a form that posts or sends anywhere but this
 * site, a password field, an inline event handler (onclick=…), an inline script, a script,
 * stylesheet, frame or object from another host, a <base> element, a javascript:/data:/vbscript:
 * address. Then every internal href/src/action (and meta refresh, og:image, sitemap <loc>, robots
 * Sitemap:, _redirects target, search-index address) must name a file that exists under the base
 * path, each #fragment an id on the target page, and each outside link an allowed host over https.
 */

export interface SiteCheck {
  pages: number;
  links: number;
  external: Map<string, number>;
  problems: string[];
}

interface Options {
  dir: string;
  base: string;
  site: string;
  isAllowedExternal: (url: URL) => boolean;
}

/** Attributes holding an address, by element ('*' for any). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  '*': ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite'],
};
/** Elements that load something into the page: their address must be this site's. */
const LOADS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'img', 'source', 'video', 'audio', 'track', 'input']);
/** <link rel> values that load something. */
const LINK_LOADS = /\b(stylesheet|preload|modulepreload|prefetch|icon|manifest|apple-touch-icon|mask-icon)\b/i;
/** Script types the browser runs. */
const RUNS = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript|text\/ecmascript)$/i.test(type.trim());

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** "0; url=/phuong-xa/27664/" → "/phuong-xa/27664/" (quotes and spacing as browsers accept them; a line break inside the address too, which browsers drop). */
export function refreshTarget(content: string): string | undefined {
  const m = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.*?)\1\s*$/is.exec(content);
  return m?.[2] || undefined;
}

interface PageScan {
  ids: Set<string>;
  links: { raw: string; loads: boolean }[];
  problems: string[];
}

/** One page through the parser: its ids, its addresses, and what may never be on a page. */
export function scanPage(html: string): PageScan {
  const ids = new Set<string>();
  const links: PageScan['links'] = [];
  const problems: string[] = [];
  let inlineScript: { open: boolean; text: string } = { open: false, text: '' };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const attrs = attributes as Record<string, string>;
        if (attrs.id !== undefined) ids.add(attrs.id);
        if (name === 'a' && attrs.name !== undefined) ids.add(attrs.name);
        for (const attribute of Object.keys(attrs)) {
          if (/^on/i.test(attribute)) problems.push(`thẻ <${name}> có thuộc tính ${attribute} (mã chạy khi bấm hoặc khi tải).`);
        }
        if (name === 'base') problems.push('có thẻ <base>, làm mọi đường dẫn trên trang trỏ sang nơi khác.');
        if (name === 'input' && (attrs.type ?? '').trim().toLowerCase() === 'password') problems.push('có ô nhập mật khẩu (type=password); trang không bao giờ hỏi mật khẩu, OTP hay số định danh.');
        if (name === 'form') {
          if ((attrs.method ?? 'get').trim().toLowerCase() !== 'get') problems.push(`có biểu mẫu gửi dữ liệu đi (method=${attrs.method}); trang không thu thập thông tin của người dân.`);
          links.push({ raw: attrs.action ?? '', loads: true });
        }
        if (name === 'meta') {
          const equiv = (attrs['http-equiv'] ?? '').trim().toLowerCase();
          if (equiv === 'refresh') {
            const target = refreshTarget(attrs.content ?? '');
            if (target) links.push({ raw: target, loads: true });
          }
          const property = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if (['og:image', 'og:url', 'twitter:image'].includes(property) && attrs.content) links.push({ raw: attrs.content, loads: false });
        }
        if (name === 'script') {
          if (attrs.src === undefined && RUNS(attrs.type)) inlineScript = { open: true, text: '' };
        }
        const loads = LOADS.has(name) || (name === 'link' && LINK_LOADS.test(attrs.rel ?? ''));
        for (const attribute of URL_ATTRIBUTES['*']!) {
          const value = attrs[attribute];
          if (value !== undefined) links.push({ raw: value.trim(), loads: loads && attribute !== 'action' });
        }
        if (attrs.srcset !== undefined) {
          for (const part of attrs.srcset.split(',')) links.push({ raw: part.trim().split(/\s+/)[0] ?? '', loads: true });
        }
      },
      ontext(text) {
        if (inlineScript.open) inlineScript.text += text;
      },
      onclosetag(name) {
        if (name === 'script' && inlineScript.open) {
          if (inlineScript.text.trim()) problems.push('có đoạn mã <script> viết thẳng trong trang (chính sách bảo mật chỉ cho chạy tệp mã của trang).');
          inlineScript = { open: false, text: '' };
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { ids, links, problems };
}

export function checkSite({ dir, base, site, isAllowedExternal }: Options): SiteCheck {
  const origin = new URL(site).origin;
  const files = listFiles(dir);
  /** Site path ("/vneid-guide/huong-dan/") of each file. */
  const pathOf = (file: string) => {
    const rel = relative(dir, file).split(sep).join('/');
    return base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
  };
  const ids = new Map<string, Set<string>>();
  const links: { from: string; raw: string; loads: boolean }[] = [];
  const problems: string[] = [];

  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const page = pathOf(file);
    const scan = scanPage(readFileSync(file, 'utf8'));
    ids.set(page, scan.ids);
    for (const problem of scan.problems) problems.push(`${page}: ${problem}`);
    for (const link of scan.links) links.push({ from: page, ...link });
  }
  for (const file of files.filter((f) => /sitemap[^/]*\.xml$/.test(f))) {
    let loc: string | undefined;
    const parser = new Parser(
      {
        onopentag: (name) => void (loc = name === 'loc' ? '' : undefined),
        ontext: (text) => void (loc !== undefined && (loc += text)),
        onclosetag: (name) => {
          if (name === 'loc' && loc !== undefined) links.push({ from: pathOf(file), raw: loc.trim(), loads: false });
          loc = undefined;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.write(readFileSync(file, 'utf8'));
    parser.end();
  }
  const robots = join(dir, 'robots.txt');
  if (existsSync(robots)) {
    for (const m of readFileSync(robots, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) links.push({ from: pathOf(robots), raw: m[1]!, loads: false });
  }
  // The search index names pages by path: each must exist like any link.
  const searchIndex = join(dir, 'tim-kiem', 'chi-muc.json');
  if (existsSync(searchIndex)) {
    for (const [path] of (JSON.parse(readFileSync(searchIndex, 'utf8')) as { docs?: [string][] }).docs ?? []) {
      links.push({ from: `${base}tim-kiem/chi-muc.json`, raw: path.startsWith(base) ? path : base + path.replace(/^\//, ''), loads: false });
    }
  }
  const redirectsFile = join(dir, '_redirects');
  const redirectSources = new Set<string>();
  if (existsSync(redirectsFile)) {
    for (const line of readFileSync(redirectsFile, 'utf8').split('\n')) {
      const [from, to] = line.trim().split(/\s+/);
      if (!from || from.startsWith('#') || !to) continue;
      redirectSources.add(from);
      links.push({ from: `${base}_redirects (${from})`, raw: to, loads: true });
    }
  }

  const external = new Map<string, number>();
  const exists = new Map<string, boolean>();
  const targetExists = (path: string) => {
    if (exists.has(path)) return exists.get(path)!;
    let ok = false;
    if (/\/:[a-z]/i.test(path)) {
      // A dynamic _redirects target (/in-an/:format/): some page must have that shape.
      const pattern = new RegExp(`^${path.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
      ok = [...ids.keys()].some((page) => pattern.test(page));
    } else if (path.startsWith(base)) {
      let rel: string;
      try {
        rel = decodeURIComponent(path.slice(base.length));
      } catch {
        rel = path.slice(base.length);
      }
      const file = join(dir, rel);
      ok = rel === '' || rel.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
    }
    ok ||= redirectSources.has(path);
    exists.set(path, ok);
    return ok;
  };

  for (const { from, raw, loads } of links) {
    if (raw === '' || raw === '#') continue;
    if (/^(tel|mailto|sms):/i.test(raw)) continue;
    if (/^\s*(javascript|data|vbscript|file|blob):/i.test(raw)) {
      problems.push(`${from}: liên kết "${raw.slice(0, 60)}" dùng giao thức không được phép.`);
      continue;
    }
    let url: URL;
    try {
      url = new URL(raw, origin + from);
    } catch {
      problems.push(`${from}: "${raw}" không phải địa chỉ hợp lệ.`);
      continue;
    }
    if (url.origin !== origin) {
      external.set(url.host, (external.get(url.host) ?? 0) + 1);
      if (loads) problems.push(`${from}: tải "${raw}" từ ${url.host}; trang chỉ được tải tệp của chính nó (không theo dõi người đọc).`);
      else if (url.protocol !== 'https:') problems.push(`${from}: liên kết ngoài "${raw}" không dùng https://.`);
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
