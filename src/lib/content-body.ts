import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { htmlTagNames } from 'html-tag-names';
import { GUIDE_COMPONENT_PROPS, type ComponentSpec, type PropSpec } from '../components/guide/props.ts';
import { checkPlainText, describeCharacter, findInvisibleCharacters } from './text-rules.ts';
import { nearestWord } from './nearest-word.ts';
import { isOfficialHost } from './official-hosts.ts';
import { EN_PAGE_ROOTS, PAGE_PATTERNS, PAGE_ROOTS } from './routes.ts';

/**
 * Checks a Markdown (FAQ) or MDX (guide) file by parsing it with Sätteri, the parser Astro renders
 * it with, and walking the tree: what is checked is exactly what would be published. Nothing here
 * matches markup with a pattern, so HTML in any letter case or quoting, entities and comments are
 * all seen as what they are.
 *
 * Refused: raw HTML (any tag, comment or declaration), MDX import/export and {expressions} (code run
 * at build time), components outside the allowlist (src/components/guide/props.ts), props not
 * listed, missing or written as code rather than as a literal, links and images to anything but a
 * page of this site or an official https address, invisible characters, and files over the size
 * limit. Each problem names the line and the fix, in Vietnamese.
 */

/** A page of source larger than this is refused: it would bloat the page and the search index. */
export const MAX_BODY_BYTES = 200 * 1024;

export interface BodyContext {
  /** The file as shown in messages, e.g. "content/faq/x.md". */
  file: string;
  kind: 'markdown' | 'mdx';
  guides: ReadonlySet<string>;
  faq: ReadonlySet<string>;
  /** The English guides and answers (content/en/); absent, links to them are refused. */
  enGuides?: ReadonlySet<string>;
  enFaq?: ReadonlySet<string>;
  messages: ReadonlySet<string>;
  /** Hosts of content/links.yaml; .gov.vn is always official. */
  linkHosts: readonly string[];
}

type Node = MdastNode & {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number }; end?: { line: number } };
};

const ALLOWED_NAMES = Object.keys(GUIDE_COMPONENT_PROPS);
const HTML_TAG_NAMES = new Set(htmlTagNames);

/** "Sửa" text shared by every link problem. */
const LINK_FIX = 'Sửa: chỉ dẫn tới trang của trang này (viết từ gốc, ví dụ /huong-dan/dang-ky-muc-2/) hoặc trang chính thức https://….gov.vn; bài báo ghi trong content/sources.yaml, không đặt link.';

/** Whether an address may be linked from a body; undefined when it may, else what is wrong and the fix. */
export function checkBodyHref(href: string, { guides, faq, enGuides = new Set(), enFaq = new Set(), linkHosts }: Pick<BodyContext, 'guides' | 'faq' | 'enGuides' | 'enFaq' | 'linkHosts'>): string | undefined {
  if (href.startsWith('#')) return undefined;
  if (/^tel:[+\d][\d\s.-]*$/i.test(href)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    let url: URL;
    try {
      url = new URL(href.startsWith('//') ? `https:${href}` : href);
    } catch {
      return `không đọc được. ${LINK_FIX}`;
    }
    if (url.protocol === 'javascript:' || url.protocol === 'vbscript:' || url.protocol === 'data:') return `là mã chạy trên trang (${url.protocol}). ${LINK_FIX}`;
    if (url.protocol !== 'https:' || href.startsWith('//')) return `không bắt đầu bằng https://. ${LINK_FIX}`;
    if (url.username || url.password || url.port) return `có tên người dùng, mật khẩu hoặc cổng trong địa chỉ (${url.host}), một cách giả danh trang chính thức. ${LINK_FIX}`;
    const host = url.hostname.toLowerCase();
    if (!isOfficialHost(host, linkHosts)) return `dẫn ra ${host}, không phải địa chỉ chính thức. ${LINK_FIX}`;
    return undefined;
  }
  if (!href.startsWith('/')) return `không phải đường dẫn của trang. ${LINK_FIX}`;
  const path = href.split('#')[0]!.split('?')[0]!;
  const guide = PAGE_PATTERNS.guide.exec(path) ?? PAGE_PATTERNS.guidePrint.exec(path);
  if (guide) return guides.has(guide[1]!) ? undefined : `dẫn tới hướng dẫn "${guide[1]}" không có trong content/guides/. Sửa: viết đúng tên tệp hướng dẫn.`;
  const answer = PAGE_PATTERNS.faq.exec(path);
  if (answer) return faq.has(answer[1]!) ? undefined : `dẫn tới câu hỏi "${answer[1]}" không có trong content/faq/. Sửa: viết đúng tên tệp câu hỏi.`;
  const enGuide = PAGE_PATTERNS.enGuide.exec(path);
  if (enGuide) return enGuides.has(enGuide[1]!) ? undefined : `dẫn tới hướng dẫn tiếng Anh "${enGuide[1]}" không có trong content/en/guides/. Sửa: viết đúng tên tệp hướng dẫn.`;
  const enAnswer = PAGE_PATTERNS.enFaq.exec(path);
  if (enAnswer) return enFaq.has(enAnswer[1]!) ? undefined : `dẫn tới câu hỏi tiếng Anh "${enAnswer[1]}" không có trong content/en/faq/. Sửa: viết đúng tên tệp câu hỏi.`;
  if (!path.endsWith('/')) return 'thiếu dấu "/" ở cuối. Sửa: ví dụ /phuong-xa/ thay cho /phuong-xa.';
  if (PAGE_PATTERNS.ward.test(path) || PAGE_PATTERNS.province.test(path) || PAGE_PATTERNS.formerUnit.test(path) || (PAGE_ROOTS as readonly string[]).includes(path) || (EN_PAGE_ROOTS as readonly string[]).includes(path)) return undefined;
  return `không phải trang nào của trang này. Sửa: dùng một trong ${PAGE_ROOTS.join(', ')}, /huong-dan/<tên>/, /hoi-dap/<tên>/ hoặc /phuong-xa/<mã>/.`;
}

/** The parser's own error ("5:4: Unexpected character `!` …") as a line and a Vietnamese fix. */
function describeParseError(message: string, kind: BodyContext['kind']): { line: number | undefined; text: string } {
  const at = /^(\d+):(\d+)/.exec(message);
  const line = at ? Number(at[1]) : undefined;
  let text = 'nội dung không đọc được như MDX. Sửa: kiểm tra các thẻ <Tên …> đã đóng đủ (</Tên> hoặc />) và không có dấu { } lẻ.';
  if (/comment/i.test(message)) text = 'có ghi chú HTML <!-- … -->, không dùng được trong hướng dẫn. Sửa: xóa ghi chú (ghi chú cho người rà soát để ở phần "note" của nguồn).';
  else if (/closing tag/i.test(message)) text = `thiếu thẻ đóng (${/`(<[^`]+>)`/.exec(message)?.[1] ?? 'thẻ'} chưa có </…>). Sửa: thêm thẻ đóng, ví dụ </Step>, hoặc viết thẻ tự đóng <HotlineNote />.`;
  else if (/link in MDX|valid JSX tag/i.test(message)) text = 'có dấu "<" không mở thẻ nào (ví dụ <https://…>). Sửa: viết link dạng [chữ](https://…), hoặc viết "nhỏ hơn" thay cho dấu <.';
  else if (/expression|brace|`\{`|`\}`/i.test(message)) text = 'có dấu { hoặc } lẻ. Sửa: xóa dấu ngoặc nhọn; nội dung chỉ gồm chữ, Markdown và các thành phần có sẵn.';
  return { line, text: kind === 'mdx' ? text : 'nội dung không đọc được. Sửa: kiểm tra ký tự lạ ở dòng này.' };
}

function propProblem(name: string, spec: PropSpec, raw: unknown, ctx: BodyContext): string | undefined {
  // A string attribute (title="…"); an expression ({1}, {["a", "b"]}) must be a JSON literal:
  // nothing in braces is ever evaluated as code, and JSON cannot express a call or a variable.
  let value: unknown = raw;
  const expression = typeof raw === 'object' && raw !== null && (raw as { type?: string }).type === 'mdxJsxAttributeValueExpression';
  if (raw === null) value = true;
  else if (expression) {
    const source = String((raw as { value?: unknown }).value ?? '');
    try {
      value = JSON.parse(source);
    } catch {
      return `thuộc tính ${name}={${source.slice(0, 40)}} là mã, không phải giá trị. Sửa: ghi giá trị trực tiếp: chữ trong ngoặc kép (${name}="…"), một số ({1}) hoặc danh sách chữ ({["a", "b"]}).`;
    }
  }
  switch (spec.type) {
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100 ? undefined : `thuộc tính ${name} phải là một số. Sửa: ghi ví dụ ${name}={1}.`;
    case 'strings': {
      if (!Array.isArray(value) || !value.length || !value.every((v) => typeof v === 'string' && v.trim())) return `thuộc tính ${name} phải là danh sách chữ. Sửa: ghi ví dụ ${name}={["Số định danh cá nhân", "Số điện thoại"]}.`;
      for (const item of value as string[]) {
        const check = checkPlainText(item, { what: `Thuộc tính ${name}`, max: 80 });
        if (!check.ok) return check.reason;
      }
      return undefined;
    }
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? undefined : `thuộc tính ${name} phải là một trong: ${spec.values.map((v) => `"${v}"`).join(', ')}. Sửa: chọn một giá trị trong danh sách.`;
    case 'string':
    case 'href':
    case 'ref': {
      if (typeof value !== 'string' || expression) return `thuộc tính ${name} phải là chữ trong ngoặc kép. Sửa: ghi ví dụ ${name}="…".`;
      if (!value.trim()) return `thuộc tính ${name} đang trống. Sửa: điền nội dung.`;
      if (spec.type === 'href') {
        const problem = checkBodyHref(value, ctx);
        return problem ? `thuộc tính ${name}="${value}" ${problem}` : undefined;
      }
      if (spec.type === 'ref') return ctx.messages.has(value) ? undefined : `thuộc tính ${name}="${value}" không có trong content/messages.yaml. Sửa: dùng một khóa có trong tệp đó (${[...ctx.messages].join(', ')}).`;
      const check = checkPlainText(value, { what: `Thuộc tính ${name}`, max: spec.max ?? 300 });
      return check.ok ? undefined : check.reason;
    }
  }
}

function checkComponent(node: Node, ctx: BodyContext, report: (line: number | undefined, text: string) => void) {
  const line = node.position?.start.line;
  const name = node.name;
  if (!name) return report(line, 'có thẻ rỗng <>…</>. Sửa: xóa cặp thẻ này, giữ nội dung bên trong.');
  if (ctx.kind === 'markdown' || !(name in GUIDE_COMPONENT_PROPS)) {
    const lower = name.toLowerCase();
    // MDX reads a capitalised tag as a component: <SCRIPT> or <Iframe> is still HTML to the writer.
    const html = name === lower || /[.:]/.test(name) || HTML_TAG_NAMES.has(lower);
    const near = nearestWord(name, ALLOWED_NAMES);
    return report(
      line,
      html
        ? `có thẻ HTML <${name}>${lower === 'script' ? ' (mã chạy trên trang)' : ''}, không được dùng. Sửa: bỏ thẻ; viết bằng Markdown (**đậm**, danh sách, [chữ](/duong-dan/)) hoặc dùng thành phần có sẵn: ${ALLOWED_NAMES.join(', ')}.`
        : `có thành phần <${name}> không có trong danh sách được dùng${near ? ` (có phải <${near}>?)` : ''}. Sửa: dùng một trong: ${ALLOWED_NAMES.join(', ')}.`,
    );
  }
  const spec: ComponentSpec = GUIDE_COMPONENT_PROPS[name as keyof typeof GUIDE_COMPONENT_PROPS];
  const known = Object.keys(spec.props);
  const seen = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(line, `<${name}> có thuộc tính dạng {…} (mã). Sửa: xóa; chỉ ghi các thuộc tính ${known.join(', ') || '(không có)'}.`);
      continue;
    }
    const prop = attribute.name;
    seen.add(prop);
    const propSpec = (spec.props as Record<string, PropSpec>)[prop];
    if (!propSpec) {
      const near = nearestWord(prop, known);
      report(line, `<${name}> có thuộc tính lạ "${prop}"${/^on/i.test(prop) ? ' (mã chạy khi bấm hoặc khi tải)' : ''}${near ? `: có phải "${near}"?` : '.'} Sửa: ${known.length ? `chỉ dùng ${known.join(', ')}` : 'xóa thuộc tính này'}.`);
      continue;
    }
    const problem = propProblem(prop, propSpec, attribute.value, ctx);
    if (problem) report(line, `<${name}>: ${problem}`);
  }
  for (const [prop, propSpec] of Object.entries(spec.props as Record<string, PropSpec>)) {
    if (propSpec.required && !seen.has(prop)) report(line, `<${name}> (${spec.label}) thiếu thuộc tính bắt buộc ${prop}. Sửa: thêm ${prop}="…".`);
  }
  if (!spec.children && node.children?.length) report(line, `<${name}> không chứa nội dung bên trong. Sửa: viết dạng tự đóng <${name} … />.`);
}

/** Every problem of one file's text (frontmatter included, which the schema checks separately). */
export function checkContentBody(source: string, ctx: BodyContext): string[] {
  const problems: string[] = [];
  const report = (line: number | undefined, text: string) => problems.push(`${ctx.file}${line ? `, dòng ${line}` : ''}: ${text}`);
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    report(undefined, `tệp dài ${Math.round(bytes / 1024)} KB, quá giới hạn ${MAX_BODY_BYTES / 1024} KB cho một trang (trang sẽ nặng trên điện thoại và làm phình chỉ mục tìm kiếm). Sửa: tách thành nhiều trang hoặc viết ngắn lại.`);
    return problems;
  }
  for (const found of findInvisibleCharacters(source, { multiline: true }).slice(0, 5)) {
    report(found.line, `có ${describeCharacter(found.char)} ở ký tự thứ ${found.column}, không nhìn thấy nhưng làm sai chữ hiển thị. Sửa: xóa rồi gõ lại chữ quanh đó.`);
  }
  let tree: Node;
  try {
    tree = (ctx.kind === 'mdx' ? mdxToMdast(source) : markdownToMdast(source)) as Node;
  } catch (error) {
    const { line, text } = describeParseError((error as Error).message, ctx.kind);
    report(line, text);
    return problems;
  }
  const walk = (node: Node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'html':
        report(line, `có mã HTML ${JSON.stringify((node.value ?? '').trim().slice(0, 40))}, không được dùng (trang chỉ nhận chữ và Markdown). Sửa: xóa mã HTML; viết bằng Markdown: **đậm**, danh sách, [chữ](/duong-dan/).`);
        return;
      case 'mdxjsEsm':
        report(line, 'có dòng import/export (mã chạy khi dựng trang), không được dùng. Sửa: xóa dòng này; các thành phần có sẵn dùng được mà không cần import.');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(line, `có biểu thức {${(node.value ?? '').slice(0, 40)}} (mã chạy khi dựng trang), không được dùng. Sửa: xóa cả cặp ngoặc nhọn; chỉ viết chữ.`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkComponent(node, ctx, report);
        break;
      case 'link':
      case 'definition': {
        const problem = checkBodyHref(node.url ?? '', ctx);
        if (problem) report(line, `đường link "${node.url}" ${problem}`);
        break;
      }
      case 'image':
      case 'imageReference':
        report(line, 'có hình ảnh, không được dùng trong nội dung (ảnh từ nơi khác có thể theo dõi người đọc, và làm trang nặng). Sửa: xóa hình; dùng <ScreenSketch> để vẽ màn hình.');
        return;
      case 'text':
      case 'inlineCode':
      case 'code': {
        // An entity such as &#x202E; is decoded here, where the raw scan above cannot see it. A typed
        // one anywhere in the lines the node spans was reported by that scan already (CR, tab allowed).
        const [hidden] = findInvisibleCharacters(node.value ?? '', { multiline: true });
        const written = source.split('\n').slice((line ?? 1) - 1, node.position?.end?.line).join('\n');
        if (hidden && !findInvisibleCharacters(written, { multiline: true }).length) {
          report(line, `có ${describeCharacter(hidden.char)} viết bằng mã ký tự (&#…;), không nhìn thấy nhưng làm sai chữ hiển thị. Sửa: xóa mã ký tự này.`);
        }
        break;
      }
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}
