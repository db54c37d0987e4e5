import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod/v4';
import { describeYamlError } from './yaml-errors.ts';
import { isOfficialHost } from './official-hosts.ts';
import { slugify } from './slug.ts';
import { checkContentBody, MAX_BODY_BYTES } from './content-body.ts';
import { findUnfinishedWrites } from './staged-write.ts';
import { todayInVietnam } from './dates.ts';
import { reviewList, type ReviewPage } from './review-list.ts';
import { currentUnitCodes, currentUnitNames } from './unit-codes.ts';
import { enFaqPath, enGuidePath } from './routes.ts';
import { siteSettingsSchema } from '../schemas/site.ts';
import { pageSourcesSchema, sourceSchema } from '../schemas/source.ts';
import { officialLinkSchema } from '../schemas/links.ts';
import { messageSchema } from '../schemas/message.ts';
import { postTextSchema, posterTextSchema } from '../schemas/print.ts';
import { synonymsSchema } from '../schemas/search.ts';
import { unitResolutionSchema, unitSplitSchema } from '../schemas/unit-extras.ts';
import { wardDetailsSchema } from '../schemas/ward.ts';
import { guideSchema } from '../schemas/guide.ts';
import { faqSchema } from '../schemas/faq.ts';
import { enFaqSchema, enGuideSchema } from '../schemas/english.ts';

/**
 * Checks all of content/ before Astro loads any of it (astro.config.mjs calls it, so `astro dev`,
 * `sync`, `check` and `build` all run it; so do the importers and the tests). Astro's loaders keep
 * the previous build's data when a file fails, and report one schema error at a time at line 0:0:
 * here every file is parsed and validated with the very schemas the collections use (they need no
 * Astro runtime), and every problem is listed at once, in Vietnamese, with the file, the line, the
 * field and the fix, whatever is cached.
 *
 * What it checks: an unfinished import or stray temporary file (nothing half-written is ever
 * published); every YAML file parses strictly (no key twice) and matches its schema, unknown keys
 * included; every Markdown/MDX file has frontmatter that matches its schema and a body that passes
 * the parser-based body check (content-body.ts); every reference names an entry that exists; no
 * page cites a law no longer in force; a source's link is official unless it is press; ward files
 * are named by their code; no file lies where nothing reads it.
 */

type Schema = z.ZodType;
type Path = (string | number)[];

/** A parsed YAML text with what is needed to turn a field path into a line. */
interface ParsedYaml {
  shown: string;
  doc: Document;
  lines: LineCounter;
  /** Lines before the YAML text in its file (frontmatter starts on line 2). */
  lineOffset: number;
  data: unknown;
}

/** A reference found in validated data, with where it was written. */
interface FoundRef {
  collection: string;
  id: string;
  at: string;
  /** The collection and entry holding the reference (for citation rules). */
  from: string;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Results per exact text: the tests run the preflight over a hundred copies of content/ that differ
 * in one file each, and editors' tools call it on every save. Keyed by the text itself (and what
 * else the result depends on), so a changed file is always checked again.
 */
const memo = new Map<string, unknown>();
function remember<T>(key: string, compute: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  if (memo.size > 5000) memo.clear();
  memo.set(key, value);
  return value;
}

function parseYaml(text: string, shown: string, lineOffset = 0): ParsedYaml | string {
  return remember(`yaml\0${shown}\0${lineOffset}\0${text}`, () => parseYamlOnce(text, shown, lineOffset));
}

function parseYamlOnce(text: string, shown: string, lineOffset: number): ParsedYaml | string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, lineCounter: lines });
  if (doc.errors.length) return describeYamlError(shown, doc.errors[0], text, lineOffset);
  return { shown, doc, lines, lineOffset, data: doc.toJS() };
}

/** The line of the deepest node of `path` that exists in the document (the key line for a map entry). */
function lineOf(yaml: ParsedYaml, path: Path): number {
  let node: unknown = yaml.doc.contents;
  let offset = (node as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
      if (!pair) break;
      offset = (pair.key as { range?: number[] } | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (!item) break;
      offset = (item as { range?: number[] }).range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return yaml.lines.linePos(offset).line + yaml.lineOffset;
}

/** Validates one value; problems read "<file>, dòng N, <where>trường "a.b": message". */
function validate(schema: Schema, value: unknown, yaml: ParsedYaml, prefix: Path, label: string): { problems: string[]; data?: unknown } {
  // parseYaml returns one object per exact text, so the same entry of the same text is validated
  // once (the day is in the key: some rules compare with today).
  let done = validations.get(yaml);
  if (!done) validations.set(yaml, (done = new Map()));
  const key = `${prefix.join('\0')}\0${todayInVietnam()}`;
  if (!done.has(key)) done.set(key, validateOnce(schema, value, yaml, prefix, label));
  return done.get(key)!;
}
const validations = new WeakMap<ParsedYaml, Map<string, { problems: string[]; data?: unknown }>>();

function validateOnce(schema: Schema, value: unknown, yaml: ParsedYaml, prefix: Path, label: string): { problems: string[]; data?: unknown } {
  const result = schema.safeParse(value);
  if (result.success) return { problems: [], data: result.data };
  const problems = result.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys : [];
    const line = lineOf(yaml, [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), ...keys.slice(0, 1)]);
    const field = issue.path.length ? `, trường "${issue.path.map(String).join('.')}"` : '';
    return `${yaml.shown}, dòng ${line}${label}${field}: ${issue.message}`;
  });
  return { problems };
}

/** { collection, id } values in validated data (what common.ts's ref() produces). */
function* refsIn(value: unknown, path: string): Generator<{ collection: string; id: string; path: string }> {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as Record<string, unknown>;
    if (Object.keys(v).length === 2 && typeof v.collection === 'string' && typeof v.id === 'string') {
      yield { collection: v.collection, id: v.id, path };
      return;
    }
    for (const [key, item] of Object.entries(v)) yield* refsIn(item, path ? `${path}.${key}` : key);
  }
}

/** How each YAML file of content/ is read: one entry per file, or one entry per top-level key. */
interface YamlKind {
  collection: string;
  schema: Schema;
  shape: 'file' | 'entries';
  /** Turns a top-level value into the entry the schema takes (unit-resolutions maps code → key). */
  entry?: (value: unknown) => unknown;
}

function yamlKindOf(rel: string): YamlKind | undefined {
  const [first, second] = rel.split('/');
  if (first === 'settings' && second?.endsWith('.yaml')) return { collection: 'settings', schema: siteSettingsSchema, shape: 'file' };
  if (first === 'wards' && second?.endsWith('.yaml')) return { collection: 'wards', schema: wardDetailsSchema, shape: 'file' };
  if (first === 'search' && second?.endsWith('.yaml')) return { collection: 'search', schema: synonymsSchema, shape: 'file' };
  const byPath: Record<string, YamlKind> = {
    'sources.yaml': { collection: 'sources', schema: sourceSchema, shape: 'entries' },
    'links.yaml': { collection: 'links', schema: officialLinkSchema, shape: 'entries' },
    'messages.yaml': { collection: 'messages', schema: messageSchema, shape: 'entries' },
    'page-sources.yaml': { collection: 'pageSources', schema: pageSourcesSchema, shape: 'entries' },
    'print/poster.yaml': { collection: 'print', schema: posterTextSchema, shape: 'file' },
    'print/messages.yaml': { collection: 'printMessages', schema: postTextSchema, shape: 'entries' },
    'unit-splits.yaml': { collection: 'unitSplits', schema: unitSplitSchema, shape: 'entries' },
    'unit-resolutions.yaml': { collection: 'unitResolutions', schema: unitResolutionSchema, shape: 'entries', entry: (source) => ({ source }) },
  };
  return byPath[rel];
}

/** Markdown and MDX collections: folder, extension, schema, body kind (the collections of src/content.config.ts). */
export const PAGES = {
  guides: { dir: 'guides', ext: '.mdx', schema: guideSchema, kind: 'mdx' },
  faq: { dir: 'faq', ext: '.md', schema: faqSchema, kind: 'markdown' },
  enGuides: { dir: 'en/guides', ext: '.mdx', schema: enGuideSchema, kind: 'mdx' },
  enFaq: { dir: 'en/faq', ext: '.md', schema: enFaqSchema, kind: 'markdown' },
} as const;

/** Entry ids as Astro's glob loader makes them from the file name. */
const entryId = (file: string) => slugify(basename(file).replace(/\.[^.]+$/, ''));

/** The sources whose url must be official (every kind but press): see official-hosts.ts. */
function linkHostsOf(links: unknown): string[] {
  return Object.values((links as Record<string, { url?: unknown }>) ?? {}).flatMap((l) => {
    try {
      return [new URL(String(l?.url)).hostname];
    } catch {
      return [];
    }
  });
}

/** Hosts a page may link to besides .gov.vn: those of content/links.yaml. */
export function linkHostsOfDir(contentDir: string): string[] {
  const file = join(contentDir, 'links.yaml');
  if (!existsSync(file)) return [];
  const parsed = parseYaml(readFileSync(file, 'utf8'), file);
  return typeof parsed === 'string' ? [] : linkHostsOf(parsed.data);
}

/** Stands for the content folder inside messages while they are made, so results are shared between copies of content/. */
const DIR = '\u0001';

export function findContentProblems(contentDir: string): string[] {
  const display = relative(process.cwd(), contentDir).split(sep).join('/') || contentDir;
  return analyse(contentDir).problems.map((p) => p.split(DIR).join(display));
}

/** The pages to check again (see review-list.ts), from the same parsed content the checks read. */
export function contentReviewList(contentDir: string, today?: string) {
  const { entries } = analyse(contentDir);
  const of = (collection: string) => [...(entries.get(collection) ?? new Map<string, unknown>())] as [string, Record<string, unknown>][];
  const pages: ReviewPage[] = [
    ...of('guides').map(([id, d]) => ({ path: `/huong-dan/${id}/`, title: String(d.title), reviewed: d.reviewed as Date, sources: (d.sources as { id: string }[]).map((s) => s.id) })),
    ...of('faq').map(([id, d]) => ({ path: `/hoi-dap/${id}/`, title: String(d.question), reviewed: d.reviewed as Date, sources: (d.sources as { id: string }[]).map((s) => s.id) })),
    ...of('enGuides').map(([id, d]) => ({ path: enGuidePath(id), title: String(d.title), reviewed: d.reviewed as Date, sources: (d.sources as { id: string }[]).map((s) => s.id) })),
    ...of('enFaq').map(([id, d]) => ({ path: enFaqPath(id), title: String(d.question), reviewed: d.reviewed as Date, sources: (d.sources as { id: string }[]).map((s) => s.id) })),
  ].filter((p) => p.reviewed instanceof Date);
  const sources = new Map(of('sources').map(([id, d]) => [id, { title: String(d.title), date: d.date as Date | undefined, read: d.read as Date, amendedBy: ((d.amendedBy as { id: string }[]) ?? []).map((a) => a.id) }]));
  return reviewList(pages, sources, today);
}

function analyse(contentDir: string): { problems: string[]; entries: Map<string, Map<string, unknown>> } {
  const show = (file: string) => `${DIR}/${relative(contentDir, file).split(sep).join('/')}`;
  const problems: string[] = [...findUnfinishedWrites(contentDir)];
  const files = listFiles(contentDir);
  /** Validated data per collection: entry id → data. */
  const entries = new Map<string, Map<string, unknown>>();
  const refs: FoundRef[] = [];
  const rawLinks: { data?: unknown } = {};
  // Every id written in the content, valid or not: a reference to an entry that exists but has its
  // own error is not reported again as "missing" (one wrong source would list every page citing it).
  const declared = new Map<string, Set<string>>();
  const declare = (collection: string, id: string) => {
    if (!declared.has(collection)) declared.set(collection, new Set());
    declared.get(collection)!.add(id);
  };
  const store = (collection: string, id: string, data: unknown, at: (path: string) => string) => {
    declare(collection, id);
    if (!entries.has(collection)) entries.set(collection, new Map());
    entries.get(collection)!.set(id, data);
    for (const ref of refsIn(data, '')) refs.push({ collection: ref.collection, id: ref.id, at: at(ref.path), from: `${collection}:${id}` });
  };

  for (const file of files) {
    const rel = relative(contentDir, file).split(sep).join('/');
    const shown = show(file);
    if (basename(file) === '.gitkeep' || rel.startsWith('.')) continue;
    if (/\.(ya?ml)$/.test(rel)) {
      const kind = yamlKindOf(rel);
      if (!kind) {
        problems.push(`${shown}: tệp không được đọc (không có loại nội dung nào ở chỗ này). Sửa: chuyển tệp vào đúng thư mục (xem README), đổi đuôi thành .yaml, hoặc xóa tệp.`);
        continue;
      }
      const size = statSync(file).size;
      if (size > 2 * 1024 * 1024) {
        problems.push(`${shown}: tệp dài ${Math.round(size / 1024)} KB, quá lớn cho một tệp nội dung. Sửa: kiểm tra có dán nhầm nội dung vào không.`);
        continue;
      }
      const parsed = parseYaml(readFileSync(file, 'utf8'), shown);
      if (typeof parsed === 'string') {
        problems.push(parsed);
        continue;
      }
      if (rel === 'links.yaml') rawLinks.data = parsed.data;
      if (kind.shape === 'file') {
        const id = entryId(file);
        const { problems: found, data } = validate(kind.schema, parsed.data, parsed, [], '');
        problems.push(...found);
        if (data) store(kind.collection, id, data, (path) => `${shown}, dòng ${lineOf(parsed, path.split('.'))}, trường "${path}"`);
        else declare(kind.collection, id);
        if (kind.collection === 'wards' && data && (data as { code: string }).code !== basename(file, '.yaml')) {
          problems.push(`${shown}, dòng ${lineOf(parsed, ['code'])}: mã "${(data as { code: string }).code}" khác tên tệp ${basename(file)}. Sửa: đặt tên tệp theo mã, ví dụ content/wards/${(data as { code: string }).code}.yaml.`);
        }
        continue;
      }
      const data = parsed.data;
      if (data === null || data === undefined) continue;
      if (typeof data !== 'object' || Array.isArray(data)) {
        problems.push(`${shown}, dòng 1: tệp phải gồm các mục "mã: …", không phải ${Array.isArray(data) ? 'một danh sách' : 'một giá trị'}. Sửa: xem các mục mẫu trong tệp.`);
        continue;
      }
      for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
        const { problems: found, data: valid } = validate(kind.schema, kind.entry ? kind.entry(value) : value, parsed, [id], `, mục "${id}"`);
        problems.push(...found);
        if (valid) store(kind.collection, id, valid, (path) => `${shown}, dòng ${lineOf(parsed, [id, ...path.split('.')])}, mục "${id}", trường "${path}"`);
        else declare(kind.collection, id);
      }
      continue;
    }
    const collection = (Object.keys(PAGES) as (keyof typeof PAGES)[]).find((c) => rel.startsWith(`${PAGES[c].dir}/`));
    if (!collection) {
      problems.push(`${shown}: tệp không được đọc. Sửa: hướng dẫn để trong content/guides/ (đuôi .mdx), câu hỏi trong content/faq/ (đuôi .md), bản tiếng Anh trong content/en/guides/ và content/en/faq/; tệp khác thì xóa.`);
      continue;
    }
    const spec = PAGES[collection];
    if (!rel.endsWith(spec.ext) || rel.split('/').length !== spec.dir.split('/').length + 1) {
      problems.push(`${shown}: tệp không được đọc (chỉ đọc tệp ${spec.ext} ngay trong content/${spec.dir}/). Sửa: đổi đuôi tệp, chuyển tệp ra khỏi thư mục con, hoặc xóa tệp.`);
    }
  }

  // Markdown and MDX: frontmatter through the schema first (ids are needed by the body links).
  const bodies: { file: string; shown: string; kind: 'mdx' | 'markdown'; text: string }[] = [];
  for (const [collection, spec] of Object.entries(PAGES) as [keyof typeof PAGES, (typeof PAGES)[keyof typeof PAGES]][]) {
    const seen = new Map<string, string>();
    const dir = join(contentDir, ...spec.dir.split('/'));
    for (const file of listFiles(dir).filter((f) => f.endsWith(spec.ext) && relative(dir, f).split(sep).length === 1)) {
      const shown = show(file);
      const size = statSync(file).size;
      if (size > MAX_BODY_BYTES) {
        problems.push(`${shown}: tệp dài ${Math.round(size / 1024)} KB, quá giới hạn ${MAX_BODY_BYTES / 1024} KB cho một trang (trang sẽ nặng trên điện thoại và làm phình chỉ mục tìm kiếm). Sửa: tách thành nhiều trang hoặc viết ngắn lại.`);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
      if (!match) {
        problems.push(`${shown}, dòng 1: thiếu phần đầu (frontmatter). Sửa: tệp phải bắt đầu bằng một dòng "---", các trường, rồi một dòng "---".`);
        continue;
      }
      const parsed = parseYaml(match[1]!, shown, 1);
      if (typeof parsed === 'string') {
        problems.push(parsed);
        continue;
      }
      const id = entryId(file);
      const other = seen.get(id);
      if (other) problems.push(`${shown}: trùng mã "${id}" với ${show(other)}, nên một trong hai sẽ không hiện trên trang. Sửa: đổi tên một tệp.`);
      seen.set(id, file);
      const { problems: found, data } = validate(spec.schema, parsed.data ?? {}, parsed, [], '');
      problems.push(...found);
      // The id is known even when the frontmatter is wrong, so links to it do not cascade.
      store(collection, id, data ?? {}, (path) => `${shown}, dòng ${lineOf(parsed, path.split('.'))}, trường "${path}"`);
      bodies.push({ file, shown, kind: spec.kind, text });
    }
  }

  const keys = (collection: string) => new Set(entries.get(collection)?.keys() ?? []);
  const linkHosts = linkHostsOf(rawLinks.data);
  const context = { guides: keys('guides'), faq: keys('faq'), enGuides: keys('enGuides'), enFaq: keys('enFaq'), messages: keys('messages'), linkHosts };
  const contextKey = JSON.stringify([...context.guides, '|', ...context.faq, '|', ...context.enGuides, '|', ...context.enFaq, '|', ...context.messages, '|', ...linkHosts]);
  for (const { shown, kind, text } of bodies) problems.push(...remember(`body\0${shown}\0${contextKey}\0${text}`, () => checkContentBody(text, { file: shown, kind, ...context })));

  // References name entries that exist; nothing residents read rests on a law no longer in force.
  const FILE_OF: Record<string, string> = { sources: 'content/sources.yaml', guides: 'content/guides/', faq: 'content/faq/', enGuides: 'content/en/guides/', enFaq: 'content/en/faq/', messages: 'content/messages.yaml' };
  const sources = entries.get('sources') ?? new Map<string, unknown>();
  for (const ref of refs) {
    if (!declared.get(ref.collection)?.has(ref.id)) {
      const target = FILE_OF[ref.collection] ?? ref.collection;
      problems.push(`${ref.at}: dẫn tới "${ref.id}" nhưng không có mục này trong ${target}. Sửa: thêm mục đó vào ${target} hoặc viết đúng mã đã có.`);
      continue;
    }
    const replacedBy = (sources.get(ref.id) as { replacedBy?: { id: string } } | undefined)?.replacedBy?.id;
    const citing = ref.from.split(':')[0]!;
    if (ref.collection === 'sources' && replacedBy && ['guides', 'faq', 'enGuides', 'enFaq', 'messages', 'print', 'printMessages'].includes(citing)) {
      problems.push(`${ref.at}: dẫn "${ref.id}", văn bản đã hết hiệu lực (thay bằng "${replacedBy}"). Sửa: dẫn "${replacedBy}" và kiểm tra lại nội dung theo văn bản mới.`);
    }
  }
  // hreflang pairs go both ways: one English page per Vietnamese twin.
  for (const collection of ['enGuides', 'enFaq'] as const) {
    const seen = new Map<string, string>();
    for (const [id, data] of entries.get(collection) ?? []) {
      const twin = (data as { twin?: { id: string } }).twin?.id;
      if (!twin) continue;
      const other = seen.get(twin);
      if (other) problems.push(`${DIR}/${PAGES[collection].dir}/${id}${PAGES[collection].ext}, trường "twin": "${twin}" đã là bản tiếng Việt của ${other}. Sửa: mỗi trang tiếng Việt chỉ có một bản tiếng Anh; bỏ "twin" ở một trong hai tệp.`);
      else seen.set(twin, id);
    }
  }
  // Ward files and splits name current units (the national list the ward pages are built from).
  const current = currentUnitCodes();
  for (const [id, ward] of entries.get('wards') ?? []) {
    const code = (ward as { code?: string }).code;
    if (code && !current.has(code)) problems.push(`${DIR}/wards/${id}.yaml: mã "${code}" không phải phường/xã/đặc khu hiện nay (từ 1/7/2025). Sửa: tra mã đúng ở trang /phuong-xa/ rồi đổi tên tệp và trường code.`);
    const name = (ward as { name?: string }).name;
    const official = code ? currentUnitNames().get(code) : undefined;
    if (name && official && name !== official) problems.push(`${DIR}/wards/${id}.yaml, trường "name": "${name}" không phải tên của mã ${code} ("${official}"). Sửa: ghi đúng "${official}", hoặc xóa trường name.`);
  }
  for (const [id, split] of entries.get('unitSplits') ?? []) {
    for (const code of (split as { into?: string[] }).into ?? []) {
      if (!current.has(code)) problems.push(`${DIR}/unit-splits.yaml, mục "${id}", trường "into": mã "${code}" không phải phường/xã/đặc khu hiện nay. Sửa: chạy lại npm run units:splits hoặc ghi đúng mã.`);
    }
  }
  // A source's address is shown to residents, who are taught to trust only official addresses.
  for (const [id, source] of sources) {
    const { url, kind } = source as { url?: string; kind: string };
    if (url && kind !== 'bao-chi' && !isOfficialHost(new URL(url).hostname, linkHosts)) {
      problems.push(`content/sources.yaml, mục "${id}", trường "url": dẫn tới ${new URL(url).hostname}, không phải tên miền chính thức. Sửa: bỏ url và ghi nơi phát hành trong "issuer", dùng địa chỉ trên tên miền .gov.vn hay trong content/links.yaml, hoặc nếu là bài báo thì ghi kind: bao-chi.`);
    }
    const officialUrl = (source as { officialUrl?: string }).officialUrl;
    if (officialUrl && !isOfficialHost(new URL(officialUrl).hostname, linkHosts)) {
      problems.push(`content/sources.yaml, mục "${id}", trường "officialUrl": dẫn tới ${new URL(officialUrl).hostname}, không phải bản chính thức. Sửa: dùng vbpl.vn, vanban.chinhphu.vn, congbao.chinhphu.vn hoặc trang .gov.vn của cơ quan ban hành; bản sao khác ghi ở "readVia".`);
    }
  }
  return { problems, entries };
}

/** Throws one error listing every problem (at most 80, then how many more). */
export function assertContentIsSound(contentDir: string): void {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new Error(`Không tìm thấy thư mục nội dung "${contentDir}". Sửa: chạy lệnh từ thư mục gốc của dự án.`);
  }
  const problems = findContentProblems(contentDir);
  if (!problems.length) return;
  const shown = problems.slice(0, 80);
  const more = problems.length > shown.length ? `\n… và ${problems.length - shown.length} lỗi khác.` : '';
  throw new Error(`Nội dung có ${problems.length} lỗi, chưa dựng trang nào:\n- ${shown.join('\n- ')}${more}`);
}
