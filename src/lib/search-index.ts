import type { SearchIndexFile } from './search-engine';
import { enFaqPath, enGuidePath, faqPath, guidePath } from './routes';
import { foldPhrases, foldSynonyms, headingsOf, markdownToText, searchWords } from './search-text';

/**
 * Builds /tim-kiem/chi-muc.json from the content (no DOM, no Astro: the endpoint passes the
 * collections in). Every field is folded here, once, so the browser never searches twice.
 */
export interface IndexSources {
  faq: { id: string; question: string; answer: string; keywords: string[]; body: string }[];
  guides: { id: string; title: string; summary: string; keywords?: string[]; body: string }[];
  /** Other pages (print, staff), from content/search/pages.yaml. */
  pages: { path: string; title: string; type: string; excerpt: string; keywords: string[]; text?: string }[];
  synonyms: string[][];
  filler: string[];
}

export const FAQ_TYPE = 'Hỏi đáp';
export const GUIDE_TYPE = 'Hướng dẫn';

/** Where guides and answers live, and what a result of each kind is called: Vietnamese by default, English for /en/search/. */
export interface IndexLanguage {
  guidePath: (id: string) => string;
  faqPath: (id: string) => string;
  guideType: string;
  faqType: string;
}
export const VIETNAMESE_INDEX: IndexLanguage = { guidePath, faqPath, guideType: GUIDE_TYPE, faqType: FAQ_TYPE };
export const ENGLISH_INDEX: IndexLanguage = { guidePath: enGuidePath, faqPath: enFaqPath, guideType: 'Guide', faqType: 'Answer' };

/** Strips the leading "/" so the browser can put the deployment's base path in front. */
const relative = (path: string) => path.replace(/^\/+/, '');

export function buildSearchIndex(src: IndexSources, lang: IndexLanguage = VIETNAMESE_INDEX): SearchIndexFile {
  const synonyms = foldSynonyms(src.synonyms);
  const types: string[] = [];
  const typeOf = (label: string) => (types.includes(label) ? types.indexOf(label) : types.push(label) - 1);
  const file: SearchIndexFile = { types, docs: [], text: [], synonyms, filler: src.filler.map(searchWords).filter((w) => w.length) };
  /** keywords, headings, body: see SHIPPED_FIELDS. The type ("Hướng dẫn") counts as a keyword. */
  const add = (path: string, title: string, type: string, excerpt: string, keywords: string[], headings: string[], body: string) => {
    file.docs.push([relative(path), title, typeOf(type), excerpt]);
    file.text.push([foldPhrases([type, ...keywords].join('\n')), foldPhrases(headings.join('\n')), foldPhrases(body)]);
  };
  for (const g of src.guides) add(lang.guidePath(g.id), g.title, lang.guideType, g.summary, g.keywords ?? [], headingsOf(g.body), markdownToText(g.body));
  for (const f of src.faq) add(lang.faqPath(f.id), f.question, lang.faqType, f.answer, f.keywords, headingsOf(f.body), markdownToText(f.body));
  for (const p of src.pages) add(p.path, p.title, p.type, p.excerpt, p.keywords, [], p.text ?? '');
  pruneCommonBodyWords(file.text);
  return file;
}

/**
 * Words found in the body of more than this share of pages ("công", "theo", "điện") are left out
 * of bodies: they tell pages apart no better than chance, yet were a third of the file. Titles,
 * keywords, short answers and headings keep every word.
 */
export const BODY_COMMON_SHARE = 0.3;

function pruneCommonBodyWords(text: string[][]) {
  const BODY = 2;
  const pages = new Map<string, number>();
  for (const fields of text) for (const w of new Set(fields[BODY]!.split(/[ ,]/))) pages.set(w, (pages.get(w) ?? 0) + 1);
  const limit = BODY_COMMON_SHARE * text.length;
  for (const fields of text) {
    // A dropped word ends the phrase: pairs join only words that stood next to each other.
    fields[BODY] = fields[BODY]!.split(',')
      .flatMap((phrase) => phrase.split(' ').reduce<string[][]>((runs, w) => ((pages.get(w) ?? 0) > limit ? runs.push([]) : runs.at(-1)!.push(w), runs), [[]]))
      .map((run) => run.join(' '))
      .filter(Boolean)
      .join(',');
  }
}
