import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseYamlStrict } from './yaml-errors.ts';
import { GOVERNMENT_SUFFIX } from './official-hosts.ts';
import { slugify } from './slug.ts';
import { checkDay } from './dates.ts';

/**
 * Checks content/ before Astro loads it (called from astro.config.mjs, so `astro dev`, `sync`,
 * `check` and `build` all run it). Astro's loaders keep the previous build's data when a file fails
 * to parse, and log a warning: a typo would then publish stale content with exit status 0. Here every
 * problem stops the build, with the file, the line and the fix in Vietnamese, whatever is cached.
 *
 * What it checks: every YAML file and every Markdown/MDX frontmatter parses strictly (no key twice);
 * no two guides or FAQ entries share an id; bodies hold no raw HTML, script, event handler or
 * non-https / non-official link (Markdown here is written by staff and published on hosts that may
 * send no Content-Security-Policy); internal links in bodies name a page that exists.
 */

const PAGE_ROOTS = ['/', '/huong-dan/', '/hoi-dap/', '/phuong-xa/', '/tai-ung-dung/', '/in-an/', '/nguon/', '/tim-kiem/', '/can-bo/'];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Frontmatter text and the line where it starts (line 2 of the file when it opens with ---). */
function splitFrontmatter(text: string): { frontmatter?: string; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return { body: text, bodyLine: 1 };
  return { frontmatter: match[1]!, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Hosts a Markdown body may link to: those of content/links.yaml, and .gov.vn (see official-hosts.ts). */
export function linkHostsOf(contentDir: string): string[] {
  const file = join(contentDir, 'links.yaml');
  if (!existsSync(file)) return [];
  const data = parseYamlStrict(readFileSync(file, 'utf8'), file) as Record<string, { url?: string }> | null;
  return Object.values(data ?? {}).flatMap((l) => {
    try {
      return [new URL(String(l?.url)).hostname];
    } catch {
      return [];
    }
  });
}

interface BodyContext {
  file: string;
  guides: Set<string>;
  faq: Set<string>;
  linkHosts: string[];
}

/** Raw HTML, scripts and links in one Markdown/MDX body. */
function checkBody(body: string, firstLine: number, { file, guides, faq, linkHosts }: BodyContext): string[] {
  const problems: string[] = [];
  let fenced = false;
  body.split(/\r?\n/).forEach((line, i) => {
    const at = `${file}, dòng ${firstLine + i}`;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const code = line.replace(/`[^`]*`/g, '');
    // MDX components start with a capital letter (<Step>, <WarningText>); lower-case tags are raw HTML.
    for (const m of code.matchAll(/<([a-z][\w-]*)\b[^>]*>?/g)) {
      const tag = m[1]!.toLowerCase();
      if (/^(https?|mailto|tel)$/.test(tag)) continue; // an autolink such as <https://vneid.gov.vn>
      problems.push(`${at}: có thẻ HTML <${tag}>${tag === 'script' ? ' (mã chạy trên trang)' : ''}. Sửa: bỏ thẻ; viết bằng Markdown (**đậm**, danh sách, [chữ](/duong-dan/)) hoặc dùng thành phần có sẵn như <WarningText>.`);
    }
    for (const m of code.matchAll(/\s(on[a-z]+)\s*=/gi)) {
      problems.push(`${at}: có thuộc tính ${m[1]} (mã chạy khi bấm hoặc khi tải). Sửa: xóa thuộc tính này.`);
    }
    for (const m of code.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|<(https?:[^>\s]+)>/g)) {
      const href = (m[1] ?? m[2])!;
      const problem = checkHref(href, { guides, faq, linkHosts });
      if (problem) problems.push(`${at}: đường link "${href}" ${problem}`);
    }
  });
  return problems;
}

function checkHref(href: string, { guides, faq, linkHosts }: Omit<BodyContext, 'file'>): string | undefined {
  if (href.startsWith('#') || href.startsWith('tel:')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(href.startsWith('//') ? `https:${href}` : href);
    } catch {
      return 'không đọc được. Sửa: ghi địa chỉ đầy đủ https://…';
    }
    if (url.protocol === 'javascript:') return 'là mã chạy trên trang (javascript:). Sửa: xóa; chỉ dẫn tới trang của trang này (/huong-dan/…) hoặc trang chính thức https://….';
    if (url.protocol !== 'https:' || href.startsWith('//')) return 'không bắt đầu bằng https://. Sửa: chỉ dẫn tới trang https:// chính thức.';
    const host = url.hostname.toLowerCase();
    if (!linkHosts.includes(host) && !host.endsWith(GOVERNMENT_SUFFIX)) {
      return `dẫn ra ${host}, không phải địa chỉ chính thức. Sửa: chỉ dẫn tới tên miền .gov.vn hoặc địa chỉ trong content/links.yaml; nguồn báo chí ghi trong content/sources.yaml.`;
    }
    return undefined;
  }
  if (!href.startsWith('/')) return 'không phải đường dẫn của trang. Sửa: viết từ gốc trang, ví dụ /huong-dan/dang-ky-muc-2/.';
  const path = href.split('#')[0]!.split('?')[0]!;
  const guide = /^\/huong-dan\/([^/]+)\/(in\/)?$/.exec(path);
  if (guide) return guides.has(guide[1]!) ? undefined : `dẫn tới hướng dẫn "${guide[1]}" không có trong content/guides/. Sửa: viết đúng tên tệp hướng dẫn.`;
  const answer = /^\/hoi-dap\/([^/]+)\/$/.exec(path);
  if (answer) return faq.has(answer[1]!) ? undefined : `dẫn tới câu hỏi "${answer[1]}" không có trong content/faq/. Sửa: viết đúng tên tệp câu hỏi.`;
  if (!path.endsWith('/')) return 'thiếu dấu "/" ở cuối. Sửa: ví dụ /phuong-xa/ thay cho /phuong-xa.';
  if (/^\/phuong-xa\/(\d{5}\/|tinh\/[a-z0-9-]+\/|cu\/.+)$/.test(path) || PAGE_ROOTS.includes(path)) return undefined;
  return `không phải trang nào của trang này. Sửa: dùng một trong ${PAGE_ROOTS.join(', ')}, /huong-dan/<tên>/, /hoi-dap/<tên>/ hoặc /phuong-xa/<mã>/.`;
}

/**
 * Every value written as a date (YYYY-MM-DD) must be a day on the calendar. Astro's frontmatter
 * parser would turn 2026-02-31 into 3 March without a word; this reads the text as written.
 */
function impossibleDates(value: unknown, path = ''): { path: string; reason: string }[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const check = checkDay(value, { allowFuture: true });
    return check.ok ? [] : [{ path, reason: check.reason }];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => impossibleDates(item, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => impossibleDates(v, path ? `${path}.${k}` : k));
  return [];
}

/** Entry ids as Astro's glob loader makes them: the frontmatter slug, else the file name. */
function entryId(file: string, data: unknown): string {
  const slug = (data as { slug?: unknown } | null)?.slug;
  return typeof slug === 'string' && slug ? slug : slugify(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}

export function findContentProblems(contentDir: string): string[] {
  const problems: string[] = [];
  const show = (file: string) => relative(process.cwd(), file) || file;
  for (const file of listFiles(contentDir).filter((f) => /\.ya?ml$/.test(f))) {
    try {
      const data = parseYamlStrict(readFileSync(file, 'utf8'), show(file));
      for (const d of impossibleDates(data)) problems.push(`${show(file)}: trường "${d.path}": ${d.reason}`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  let linkHosts: string[] = [];
  try {
    linkHosts = linkHostsOf(contentDir);
  } catch {
    // already reported above
  }

  const collections = { guides: /\.mdx$/, faq: /\.md$/ } as const;
  const ids: Record<keyof typeof collections, Set<string>> = { guides: new Set(), faq: new Set() };
  const bodies: { file: string; body: string; line: number }[] = [];
  for (const [collection, pattern] of Object.entries(collections) as [keyof typeof collections, RegExp][]) {
    const seen = new Map<string, string>();
    for (const file of listFiles(join(contentDir, collection))) {
      if (!pattern.test(file)) {
        if (!file.endsWith('.gitkeep')) problems.push(`${show(file)}: tệp không được đọc (chỉ đọc tệp ${collection === 'faq' ? '.md' : '.mdx'}). Sửa: đổi đuôi tệp hoặc xóa tệp.`);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const { frontmatter, body, bodyLine } = splitFrontmatter(text);
      if (frontmatter === undefined) {
        problems.push(`${show(file)}, dòng 1: thiếu phần đầu (frontmatter). Sửa: tệp phải bắt đầu bằng một dòng "---", các trường, rồi một dòng "---".`);
        continue;
      }
      let data: unknown;
      try {
        data = parseYamlStrict(frontmatter, show(file), 1);
      } catch (error) {
        problems.push((error as Error).message);
        continue;
      }
      for (const d of impossibleDates(data)) problems.push(`${show(file)}: trường "${d.path}": ${d.reason}`);
      const id = entryId(file, data);
      const other = seen.get(id);
      if (other) problems.push(`${show(file)}: trùng mã "${id}" với ${show(other)}, nên một trong hai sẽ không hiện trên trang. Sửa: đổi tên một tệp (hoặc trường slug).`);
      seen.set(id, file);
      ids[collection].add(id);
      bodies.push({ file: show(file), body, line: bodyLine });
    }
  }
  for (const { file, body, line } of bodies) problems.push(...checkBody(body, line, { file, guides: ids.guides, faq: ids.faq, linkHosts }));
  return problems;
}

/** Throws one error listing every problem (at most 50, then how many more). */
export function assertContentIsSound(contentDir: string): void {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new Error(`Không tìm thấy thư mục nội dung "${contentDir}". Sửa: chạy lệnh từ thư mục gốc của dự án.`);
  }
  const problems = findContentProblems(contentDir);
  if (!problems.length) return;
  const shown = problems.slice(0, 50);
  const more = problems.length > shown.length ? `\n… và ${problems.length - shown.length} lỗi khác cùng loại.` : '';
  throw new Error(`Nội dung có ${problems.length} lỗi, chưa dựng trang nào:\n- ${shown.join('\n- ')}${more}`);
}
