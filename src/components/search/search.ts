import { expandQuery } from '../../lib/search-query';

/**
 * Runs the visitor's query through Pagefind (served from this site) for every spelling variant
 * (d/đ, abbreviations), merges the results by page and shows the ten best with their type and
 * Pagefind's excerpt. An aria-live status announces the count for screen readers.
 */
type PagefindResult = { id: string; score: number; data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> };
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
};

export async function runSearch(root: HTMLElement) {
  const base = root.dataset.base!;
  const groups = JSON.parse(root.querySelector('script[type="application/json"]')!.textContent!) as string[][];
  const input = document.querySelector<HTMLInputElement>('#tim-kiem-q')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;

  // Only matters for browsers without the `scripting` media query (see global.css).
  for (const help of document.querySelectorAll<HTMLElement>('[data-without-js]')) help.hidden = true;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = 'Đang tìm…';
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Short FAQ answers and long guides should compete on words, not on length.
  await pagefind.options({ baseUrl: base, ranking: { pageLength: 0.3 } });

  const best = new Map<string, PagefindResult>();
  const searches = await Promise.all(expandQuery(query, groups).map((q) => pagefind.search(q)));
  for (const { results } of searches) {
    for (const r of results) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
  }
  const top = [...best.values()].sort((a, b) => b.score - a.score).slice(0, 10);
  const pages = await Promise.all(top.map((r) => r.data()));

  list.replaceChildren(
    ...pages.map((page) => {
      const li = document.createElement('li');
      const type = document.createElement('span');
      type.className = 'result-type';
      type.textContent = page.meta.type ?? 'Trang';
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title ?? page.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is text from this site's own pages with <mark> around matches.
      excerpt.innerHTML = page.excerpt;
      li.append(type, link, excerpt);
      return li;
    }),
  );
  status.textContent = pages.length ? `Tìm thấy ${pages.length} kết quả cho "${query}"` : `Không tìm thấy kết quả cho "${query}"`;
  empty.hidden = pages.length > 0;
}
