import { createSearcherInSteps, isRelevant, type SearchHit, type SearchIndexFile, type Searcher } from '../../lib/search-engine';
import { placeLookup, searchEverything, type PlaceMatch } from '../../lib/search-places';
import { unitHref } from '../../lib/ward-search';
import { echo, searchWords } from '../../lib/search-text';
import type { WardHit } from '../../lib/ward-search';
import { shardSource, type WardShards } from '../../lib/ward-shards';

/**
 * /tim-kiem/: fetches the site's search index once (a few tens of KB) when a query needs it, runs
 * one MiniSearch query per search, and, when the query names a place, the shard of the ward index
 * that can name it (a few KB), to show the ward first. A bare place name ("p5 q3") needs no topic
 * index at all; a place in a question shows the ward while the topic index arrives.
 * Results update as the visitor types in the header box. An aria-live status announces the count.
 */
export function runSearch(root: HTMLElement) {
  const base = root.dataset.base!;
  const input = document.querySelector<HTMLInputElement>('#tim-kiem-q');
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;

  // Only matters for browsers without the `scripting` media query (see global.css).
  for (const help of document.querySelectorAll<HTMLElement>('[data-without-js]')) help.hidden = true;

  let searcher: Promise<Searcher> | undefined;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
  const topics = () => (searcher ??= fetch(root.dataset.index!).then((r) => r.json() as Promise<SearchIndexFile>).then((file) => createSearcherInSteps(file, pause)));
  // Without the ward shards (offline), the topic results still show.
  const places = placeLookup(shardSource(JSON.parse(root.dataset.wards!) as WardShards));

  let ticket = 0;
  const run = async (query: string, typing: boolean) => {
    const mine = ++ticket;
    if (!query.trim()) {
      // An empty query gets the help (hotline, ward lookup, most-asked questions), not a blank page.
      status.textContent = 'Gõ câu hỏi vào ô tìm kiếm, ví dụ "quên mật khẩu", hoặc chọn một câu dưới đây.';
      list.replaceChildren();
      empty.hidden = false;
      return;
    }
    if (!list.childElementCount) status.textContent = 'Đang tìm…';
    // A ward's address comes from the same function as the ward lookup's (unitHref) over the shard
    // it was found in: in a scoped build, a unit outside the scope links to the national site, or is
    // named without a link.
    const hrefOf = (place: PlaceMatch | null) => (code: string) => (place ? unitHref(place.index, code, `${base}phuong-xa/`) : `${base}phuong-xa/${code}/`);
    // How many MiniSearch searches this query ran (one, or none for a bare place name): for tests.
    let searches = 0;
    let result: { place: PlaceMatch | null; topic: ReturnType<Searcher['search']> | null };
    try {
      result = await searchEverything(
        query,
        async (q) => {
          const s = await topics();
          searches++;
          return s.search(q, { typing });
        },
        places,
        // The ward first, while the topic index arrives.
        (place) => mine === ticket && list.replaceChildren(...place.hits.map((w) => wardItem(w, hrefOf(place)))),
      );
    } catch {
      searcher = undefined;
      if (mine === ticket) status.textContent = 'Không tải được dữ liệu tìm kiếm. Kiểm tra mạng rồi thử lại.';
      return;
    }
    if (mine !== ticket) return;
    root.dataset.searches = String(searches);
    const { place, topic } = result;
    // Below the relevance floor the results only share a syllable with the query: say so and help instead.
    const hits = topic && isRelevant(topic) ? topic.hits : [];
    render(query, place, hits, new Set(topic?.query.terms), new Set(topic?.query.extra), hrefOf(place));
  };

  const render = (query: string, place: PlaceMatch | null, hits: SearchHit[], terms: Set<string>, pairs: Set<string>, hrefOf: (code: string) => string | undefined) => {
    const items = [...(place?.hits ?? []).map((w) => wardItem(w, hrefOf)), ...hits.map((h) => topicItem(h, base, terms, pairs))];
    list.replaceChildren(...items);
    status.textContent = items.length ? `Tìm thấy ${items.length} kết quả cho "${echo(query)}"` : `Không tìm thấy trang nào trả lời "${echo(query)}"`;
    empty.hidden = items.length > 0;
  };

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  if (input) {
    input.value = query;
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const q = input.value;
        history.replaceState(null, '', q.trim() ? `?q=${encodeURIComponent(q.trim())}` : location.pathname);
        // The last word is still being typed unless a space follows it.
        void run(q, !/\s$/.test(q));
      }, 250);
    });
    // Already on the search page: search in place instead of reloading it.
    input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
      void run(input.value, false);
    });
  }
  void run(query, false);
}

function item(type: string, ...content: Node[]) {
  const li = document.createElement('li');
  const label = document.createElement('span');
  label.className = 'result-type';
  label.textContent = type;
  li.append(label, ...content);
  return li;
}

function link(href: string, text: string) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function paragraph(...content: (Node | string)[]) {
  const p = document.createElement('p');
  p.append(...content);
  return p;
}

function wardItem(hit: WardHit, hrefOf: (code: string) => string | undefined) {
  const place = (code: string, name: string): Node => {
    const href = hrefOf(code);
    return href ? link(href, name) : document.createTextNode(`${name} (trang này chưa có phường/xã này)`);
  };
  if (hit.kind === 'current') return item('Phường/xã', place(hit.code, hit.name), paragraph(`${hit.province}. Nơi đăng ký tài khoản mức 2 và số liên hệ.`));
  const links = hit.targets.map((t) => place(t.code, t.name));
  const former = `Tên cũ: ${hit.name}, ${hit.district}, ${hit.province} (trước 1/7/2025)${hit.targets.length > 1 ? ', nay được chia vào các phường/xã trên.' : '.'}`;
  return item('Phường/xã', ...links, paragraph(former));
}

/** The page's own excerpt, with the words of the query marked (pairs of words, or long words). */
function topicItem(hit: SearchHit, base: string, terms: Set<string>, pairs: Set<string>) {
  const parts = hit.excerpt.split(/([\p{L}\p{N}]+)/u);
  const folded = parts.map((p, i) => (i % 2 ? (searchWords(p)[0] ?? '') : ''));
  // Words sit at odd positions; the neighbouring word is two parts away.
  const marked = (i: number) =>
    pairs.has(`${folded[i - 2]}_${folded[i]}`) || pairs.has(`${folded[i]}_${folded[i + 2]}`) || (terms.has(folded[i]!) && (folded[i]!.length >= 4 || terms.size === 1));
  const excerpt = paragraph(
    ...parts.map((p, i) => {
      if (!(i % 2) || !marked(i)) return p;
      const mark = document.createElement('mark');
      mark.textContent = p;
      return mark;
    }),
  );
  return item(hit.type, link(`${base}${hit.path}`, hit.title), excerpt);
}
