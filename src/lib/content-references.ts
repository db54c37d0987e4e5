import { getCollection, getEntry, type DataEntryMap } from 'astro:content';
import { isOfficialHost } from './official-hosts';

/**
 * Astro checks that a reference is well formed but not that the entry it names exists, so a guide
 * citing a source key missing from content/sources.yaml would build and silently lose its citation.
 * This walks every collection once per build and fails with the file, the field and the fix.
 */
type Ref = { collection: string; id: string };

const FILES: Record<string, string> = {
  settings: 'content/settings/<id>.yaml',
  sources: 'content/sources.yaml (khóa <id>)',
  links: 'content/links.yaml (khóa <id>)',
  messages: 'content/messages.yaml (khóa <id>)',
  guides: 'content/guides/<id>.mdx',
  faq: 'content/faq/<id>.md',
  wards: 'content/wards/<id>.yaml',
  print: 'content/print/<id>.yaml',
  search: 'content/search/<id>.yaml',
  unitSplits: 'content/unit-splits.yaml (khóa <id>)',
  unitResolutions: 'content/unit-resolutions.yaml (mã tỉnh <id>)',
  pageSources: 'content/page-sources.yaml (khóa <id>)',
};

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' && value !== null && Object.keys(value).length === 2 &&
    typeof (value as Ref).collection === 'string' && typeof (value as Ref).id === 'string'
  );
}

function* findRefs(value: unknown, path: string): Generator<{ ref: Ref; path: string }> {
  if (isRef(value)) {
    yield { ref: value, path };
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* findRefs(item, `${path}.${i}`);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* findRefs(item, path ? `${path}.${key}` : key);
  }
}

export async function findBrokenReferences(collections: (keyof DataEntryMap)[] = Object.keys(FILES) as (keyof DataEntryMap)[]) {
  const problems: string[] = [];
  for (const collection of collections) {
    for (const entry of await getCollection(collection)) {
      for (const { ref, path } of findRefs(entry.data, '')) {
        if (await getEntry(ref.collection as keyof DataEntryMap, ref.id)) continue;
        const file = (FILES[collection] ?? `${collection}/<id>`).replace('<id>', entry.id);
        const target = ref.collection === 'sources' ? 'content/sources.yaml' : (FILES[ref.collection] ?? ref.collection).replace('<id>', ref.id);
        problems.push(`${file}: trường "${path}" dẫn tới "${ref.id}" nhưng không có mục này trong ${target}. Sửa: thêm mục đó vào ${target} hoặc viết đúng mã đã có.`);
      }
    }
  }
  return problems;
}

/**
 * A source's link is shown to residents, who are taught to trust only official addresses: it must
 * be on a host of content/links.yaml or under .gov.vn (see official-hosts.ts). A press article
 * keeps its address for reviewers and is shown by name and date, never as a link.
 */
export async function findUnofficialSourceLinks() {
  const linkHosts = (await getCollection('links')).map((entry) => new URL(entry.data.url).hostname);
  const problems: string[] = [];
  for (const entry of await getCollection('sources')) {
    const url = entry.data.url;
    if (url && entry.data.kind !== 'bao-chi' && !isOfficialHost(new URL(url).hostname, linkHosts)) {
      problems.push(
        `content/sources.yaml (khóa ${entry.id}): trường "url" dẫn tới ${new URL(url).hostname}, không phải tên miền chính thức. Sửa: bỏ url và ghi nơi phát hành trong "issuer", dùng địa chỉ trên tên miền .gov.vn hay trong content/links.yaml, hoặc nếu là bài báo thì ghi kind: bao-chi.`,
      );
    }
  }
  return problems;
}

/** Guides, answers, messages and posters may not cite a law no longer in force as their basis. */
export async function findCitationsOfReplacedLaws() {
  const replaced = new Map((await getCollection('sources')).filter((s) => s.data.replacedBy).map((s) => [s.id, s.data.replacedBy!.id]));
  const problems: string[] = [];
  for (const collection of ['guides', 'faq', 'messages', 'print'] as const) {
    for (const entry of await getCollection(collection)) {
      for (const { ref, path } of findRefs(entry.data, '')) {
        const by = ref.collection === 'sources' ? replaced.get(ref.id) : undefined;
        if (by) {
          const file = (FILES[collection] ?? collection).replace('<id>', entry.id);
          problems.push(`${file}: trường "${path}" dẫn "${ref.id}", văn bản đã hết hiệu lực (thay bằng "${by}"). Sửa: dẫn "${by}" và kiểm tra lại nội dung theo văn bản mới.`);
        }
      }
    }
  }
  return problems;
}

let checked: Promise<void> | undefined;

/** Throws once per build if any reference is broken; cheap to call from every page. */
export function assertReferencesResolve(): Promise<void> {
  checked ??= Promise.all([findBrokenReferences(), findUnofficialSourceLinks(), findCitationsOfReplacedLaws()]).then(([broken, unofficial, replaced]) => {
    if (broken.length) throw new Error(`Nội dung dẫn tới mục không tồn tại:\n- ${broken.join('\n- ')}`);
    if (unofficial.length) throw new Error(`Nguồn liên kết ra ngoài tên miền chính thức:\n- ${unofficial.join('\n- ')}`);
    if (replaced.length) throw new Error(`Nội dung dẫn văn bản đã hết hiệu lực:\n- ${replaced.join('\n- ')}`);
  });
  return checked;
}
