import { echo } from '../../lib/search-text';
import { createSearcherInSteps, isRelevant, type SearchHit, type SearchIndexFile, type Searcher } from '../../lib/search-engine';

/**
 * /en/search/: the English pages' search. The same engine as the Vietnamese search (one MiniSearch
 * query per search over text folded at build time), over the English index only; no places (a
 * foreigner looks a ward up from the English ward page). Results are built with textContent.
 */
export function runEnglishSearch(root: HTMLElement) {
  const base = root.dataset.base!;
  const input = document.querySelector<HTMLInputElement>('#tim-kiem-q');
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  for (const help of document.querySelectorAll<HTMLElement>('[data-without-js]')) help.hidden = true;

  let searcher: Promise<Searcher> | undefined;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
  const load = () => (searcher ??= fetch(root.dataset.index!).then((r) => r.json() as Promise<SearchIndexFile>).then((file) => createSearcherInSteps(file, pause)));

  let ticket = 0;
  const run = async (query: string, typing: boolean) => {
    const mine = ++ticket;
    if (!query.trim()) {
      status.textContent = 'Type a question in the search box, for example "forgot passcode", or choose one below.';
      list.replaceChildren();
      empty.hidden = false;
      return;
    }
    if (!list.childElementCount) status.textContent = 'Searching…';
    let s: Searcher;
    try {
      s = await load();
    } catch {
      searcher = undefined;
      if (mine === ticket) status.textContent = 'Could not load the search data. Check your connection and try again.';
      return;
    }
    if (mine !== ticket) return;
    const outcome = s.search(query, { typing });
    const hits = isRelevant(outcome) ? outcome.hits : [];
    list.replaceChildren(...hits.map((h) => resultItem(h, base)));
    status.textContent = hits.length ? `${hits.length} result${hits.length > 1 ? 's' : ''} for "${echo(query)}"` : `No page found for "${echo(query)}"`;
    empty.hidden = hits.length > 0;
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
        void run(q, !/\s$/.test(q));
      }, 250);
    });
    input.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value.trim())}`);
      void run(input.value, false);
    });
  }
  void run(query, false);
}

function resultItem(hit: SearchHit, base: string) {
  const li = document.createElement('li');
  const type = document.createElement('span');
  type.className = 'result-type';
  type.textContent = hit.type;
  const a = document.createElement('a');
  a.href = `${base}${hit.path}`;
  a.textContent = hit.title;
  const excerpt = document.createElement('p');
  excerpt.textContent = hit.excerpt;
  li.append(type, a, excerpt);
  return li;
}
