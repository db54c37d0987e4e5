import MiniSearch, { type SearchResult } from 'minisearch';
import { isSynonymToken, phrasesOf, searchWords, synonymMatches, synonymTokens, type SynonymGroups } from './search-text';

/**
 * The search that runs in the browser: one MiniSearch query per search over text folded at build
 * time (src/pages/tim-kiem/chi-muc.json.ts). Pure: no DOM, so Vitest runs it against a fixture
 * index (tests/unit/search.test.ts) and the benchmark against the real one.
 */

/** Searched fields of a page. */
export const FIELDS = ['title', 'keywords', 'lead', 'headings', 'body'] as const;
export type Field = (typeof FIELDS)[number];
/**
 * The fields the index file carries folded, in this order. Title and lead are folded in the
 * browser from the displayed title and excerpt (the same function, the same words): shipping a
 * folded copy of text the file already holds would cost about a fifth of the file.
 */
export const SHIPPED_FIELDS = ['keywords', 'headings', 'body'] as const;

/** One page in the results: the site's own text, with diacritics, never the folded copy. */
export interface SearchDoc {
  /** Address relative to the site's base, e.g. "hoi-dap/quen-mat-khau/". */
  path: string;
  title: string;
  /** "Hướng dẫn", "Hỏi đáp", "In ấn"… */
  type: string;
  /** The FAQ's short answer or the guide's summary. */
  excerpt: string;
}

/** What /tim-kiem/chi-muc.json holds. */
export interface SearchIndexFile {
  /** Result types, referred to by position in `docs`. */
  types: string[];
  /** [path, title, type index, excerpt] per page. */
  docs: [path: string, title: string, type: number, excerpt: string][];
  /** Folded words of each page's SHIPPED_FIELDS, space-separated. */
  text: string[][];
  /** Folded synonym groups, applied to pages and queries alike. */
  synonyms: SynonymGroups;
  /** Folded filler phrases ("lam sao", "o dau"…) dropped from queries. */
  filler: string[][];
}

/** Tuned on tests/search-queries.yaml with `npm run bench:search` (see README). */
export const RANKING = {
  boost: { title: 3, keywords: 3, lead: 1, headings: 1.2, body: 1 } satisfies Record<Field, number>,
  /**
   * Score multiplier per result type. A guide has more keywords and headings than one FAQ entry and
   * would otherwise come first for every question in its area; the entry answering it should.
   */
  typeBoost: { 'Hướng dẫn': 0.8, Guide: 0.8 } as Record<string, number>,
  /** Weight of a pair of adjacent words ("mat khau") matching the same pair in a page. */
  pairWeight: 1,
  /** Fields whose word pairs are indexed (pairs double the words the browser indexes). */
  pairFields: ['title', 'keywords', 'lead'] as Field[],
  /** Results scoring under this share of the best one are dropped. */
  cutoff: 0.3,
  limit: 10,
  /** Edit distance allowed per word length (0.2 → one letter in words of 5 or more); 0 for none. */
  fuzzy: 0.2,
  fuzzyMinLength: 5,
  /** Prefix search on the last word only, while it is being typed. */
  prefixMinLength: 2,
};

/** Adjacent word pairs: in Vietnamese a word is often two syllables ("mật khẩu"), so pairs carry the meaning. */
const pairs = (words: string[]) => words.slice(1).map((w, i) => `${words[i]}_${w}`);
const isWord = (term: string) => !term.includes('_') && !isSynonymToken(term);

/**
 * A field as indexed: its folded words, their pairs and the synonym tokens found in it. Text the
 * index file ships is folded already (`folded`): only split, not folded again.
 */
export function fieldTerms(text: string, synonyms: SynonymGroups, { folded = false, withPairs = true } = {}): string {
  const phrases = folded ? text.split(',').map((p) => p.split(' ').filter(Boolean)) : phrasesOf(text);
  return [...phrases.flat(), ...(withPairs ? phrases.flatMap(pairs) : []), ...phrases.flatMap((p) => synonymTokens(p, synonyms))].join(' ');
}

export interface PreparedQuery {
  /** Every folded word typed. */
  words: string[];
  /** The words searched: filler dropped (unless nothing else is left), duplicates removed. */
  terms: string[];
  /** Adjacent pairs of the words searched, and synonym tokens ("mk" → the token of "mật khẩu"). */
  extra: string[];
}

/** Folded, filler dropped, synonyms marked: the single query MiniSearch runs. */
export function prepareQuery(input: string, synonyms: SynonymGroups, filler: string[][]): PreparedQuery {
  const words = searchWords(input);
  // Runs of words between filler phrases: pairs never join words the filler separated.
  const runs: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const phrase = filler.reduce((longest, f) => (f.length > longest && f.every((w, k) => words[i + k] === w) ? f.length : longest), 0);
    if (phrase) {
      i += phrase - 1;
      runs.push([]);
    } else runs.at(-1)!.push(words[i]!);
  }
  // A query made only of filler ("vneid", "là gì") still searches its words: nothing is unfindable.
  const used = runs.some((r) => r.length) ? runs.filter((r) => r.length) : [words];
  const matches = synonymMatches(words, synonyms);
  // A one-word form ("mk", "dvc") is searched as its group only: every page holding it holds the
  // group's token too, and a page saying "mật khẩu" should not lose to one saying "mk".
  const replaced = new Set(matches.filter((m) => m.length === 1).map((m) => words[m.at]!));
  const terms = [...new Set(used.flat().filter((w) => !replaced.has(w)))];
  const extra = [...new Set([...used.flatMap(pairs), ...matches.map((m) => m.token)])];
  return { words, terms, extra };
}

export interface SearchHit extends SearchDoc {
  score: number;
  /** Query words (and pairs, synonym tokens) this page matched. */
  matched: string[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  query: PreparedQuery;
  /**
   * The best score per query term squared (MiniSearch sums over terms and multiplies by the terms
   * matched), comparable between queries: a low value means the topic results answer poorly
   * ("ban co", a ward's name, scores about 10; "quen mk" about 30).
   */
  strength: number;
}

/**
 * Whether the best page answers the query at all, or only shares a syllable or two with it ("giá
 * vàng hôm nay" → a page with "giá" and "nay"). In Vietnamese one syllable says little; two that
 * stand together ("mật khẩu") or a known synonym say what the query is about. A query of two words
 * or more is relevant when the best page holds one of its adjacent pairs or synonyms, or at least
 * three quarters of its words. Measured on tests/search-queries.yaml: no expected answer falls
 * below it; 10 of 15 off-topic queries do (the others share a real topic: "máy bay", "điện thoại").
 */
export function isRelevant({ hits, query }: Pick<SearchOutcome, 'hits' | 'query'>): boolean {
  const top = hits[0];
  if (!top) return false;
  if (query.terms.length + query.extra.length <= 1) return true;
  const matched = new Set(top.matched);
  if (query.extra.some((e) => matched.has(e))) return true;
  const words = [...query.terms, ...query.extra.filter((e) => !e.includes('_'))];
  return words.filter((w) => matched.has(w)).length / words.length >= RELEVANT_SHARE;
}
export const RELEVANT_SHARE = 0.75;

export interface Searcher {
  search: (query: string, options?: { typing?: boolean }) => SearchOutcome;
  /** How many MiniSearch searches ran: one per call of `search` that had words to look for. */
  readonly count: number;
}

/** The searchable fields of page `id`, as MiniSearch indexes them. */
function indexedFields(file: SearchIndexFile, doc: SearchDoc, id: number) {
  const shipped = file.text[id] ?? [];
  const pairs = (f: Field) => RANKING.pairFields.includes(f);
  const fields: Record<string, string | number> = {
    id,
    title: fieldTerms(doc.title, file.synonyms, { withPairs: pairs('title') }),
    lead: fieldTerms(doc.excerpt, file.synonyms, { withPairs: pairs('lead') }),
  };
  SHIPPED_FIELDS.forEach((f, i) => (fields[f] = fieldTerms(shipped[i] ?? '', file.synonyms, { folded: true, withPairs: pairs(f) })));
  return fields;
}

export function createSearcher(file: SearchIndexFile): Searcher {
  const { docs, mini, add } = startIndex(file);
  add(0, docs.length);
  return searcherOf(file, docs, mini);
}

/**
 * The same, indexing a few pages at a time and letting the browser breathe in between: on a slow
 * phone indexing every page at once is one long task (over half a second at 4× CPU slowdown) that
 * would freeze typing and scrolling.
 */
export async function createSearcherInSteps(file: SearchIndexFile, pause: () => Promise<unknown>, step = 6): Promise<Searcher> {
  const { docs, mini, add } = startIndex(file);
  for (let from = 0; from < docs.length; from += step) {
    add(from, Math.min(docs.length, from + step));
    await pause();
  }
  return searcherOf(file, docs, mini);
}

function startIndex(file: SearchIndexFile) {
  const docs: SearchDoc[] = file.docs.map(([path, title, type, excerpt]) => ({ path, title, type: file.types[type] ?? '', excerpt }));
  const mini = new MiniSearch<Record<string, string | number>>({
    fields: [...FIELDS],
    // fieldTerms has folded and split the text already: one space between terms.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
  });
  const add = (from: number, to: number) => {
    for (let id = from; id < to; id++) mini.add(indexedFields(file, docs[id]!, id));
  };
  return { docs, mini, add };
}

function searcherOf(file: SearchIndexFile, docs: SearchDoc[], mini: MiniSearch<Record<string, string | number>>): Searcher {
  let count = 0;
  return {
    get count() {
      return count;
    },
    search(input, { typing = false } = {}) {
      const query = prepareQuery(input, file.synonyms, file.filler);
      const n = query.terms.length + query.extra.length;
      if (!n) return { hits: [], query, strength: 0 };
      // While typing, the last word and the pair it ends ("mat kh" → "mat khau") match as prefixes.
      const last = query.words.at(-1);
      const lastPair = query.words.length > 1 ? query.words.slice(-2).join('_') : undefined;
      count++;
      const results: SearchResult[] = mini.search([...query.terms, ...query.extra].join(' '), {
        combineWith: 'OR',
        boost: RANKING.boost,
        boostTerm: (term) => (term.includes('_') ? RANKING.pairWeight : 1),
        boostDocument: (id) => RANKING.typeBoost[docs[id as number]!.type] ?? 1,
        prefix: (term) => typing && (term === last || term === lastPair) && last!.length >= RANKING.prefixMinLength,
        fuzzy: (term) => (RANKING.fuzzy && isWord(term) && term.length >= RANKING.fuzzyMinLength && !/\d/.test(term) ? RANKING.fuzzy : false),
      });
      // BM25 per field with the boosts above, summed over the query's terms and multiplied by how
      // many of them the page holds (MiniSearch's own scoring): pages holding most words come first.
      const top = results[0]?.score ?? 0;
      const hits = results
        .filter((r) => r.score >= top * RANKING.cutoff)
        .slice(0, RANKING.limit)
        .map((r) => ({ ...docs[r.id as number]!, score: r.score, matched: r.queryTerms }));
      return { hits, query, strength: top / (n * n) };
    },
  };
}
