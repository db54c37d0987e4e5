import { foldVietnamese } from './vietnamese';

/**
 * Place names as residents type them: "P5 Q3", "p.05, q.3", "TT. Cần Thạnh", "tp hcm". The query
 * (never the index, which holds the real names) is rewritten by the table below, then split into
 * words that keep what the visitor marked, so a word typed with diacritics is compared with them.
 */

/**
 * Abbreviations, one row each. `after` says when a form is one: "number" (p5, P.5, q 3, f14, or with
 * its dot before a name: "P.Bến Nghé"), "name" (a word of its own before a name: "q tân bình"),
 * "dot" ("H. Cần Giờ": a bare "h" or "x" is too common a letter), "word" ("tt", "TT.", "t.t").
 */
const ABBREVIATIONS: { forms: string[]; means: string; after: 'number' | 'name' | 'dot' | 'word' }[] = [
  { forms: ['p', 'f'], means: 'phường', after: 'number' },
  { forms: ['q'], means: 'quận', after: 'number' },
  { forms: ['p'], means: 'phường', after: 'name' },
  { forms: ['q'], means: 'quận', after: 'name' },
  { forms: ['h'], means: 'huyện', after: 'dot' },
  { forms: ['x'], means: 'xã', after: 'dot' },
  { forms: ['tt', 't.t'], means: 'thị trấn', after: 'word' },
  { forms: ['tx', 't.x'], means: 'thị xã', after: 'word' },
  { forms: ['tphcm', 'tp.hcm'], means: 'thành phố hồ chí minh', after: 'word' },
  { forms: ['tp', 't.p'], means: 'thành phố', after: 'word' },
  { forms: ['hcm'], means: 'hồ chí minh', after: 'word' },
];

const START = '(?<![\\p{L}\\p{N}])';
const escape = (form: string) => form.replace(/\./g, '\\.');
const RULES: [RegExp, (match: string, number?: string) => string][] = [
  ...ABBREVIATIONS.map(({ forms, means, after }): [RegExp, (match: string, number?: string) => string] => {
    const alternatives = forms.map(escape).join('|');
    if (after === 'number')
      return [new RegExp(`${START}(?:${alternatives})(?:\\.?\\s*(\\d{1,3})(?![\\p{L}\\p{N}])|\\.)`, 'gu'), (_, n?: string) => (n ? ` ${means} ${n} ` : ` ${means} `)];
    if (after === 'name') return [new RegExp(`${START}(?:${alternatives})(?=\\s+\\p{L})`, 'gu'), () => ` ${means}`];
    if (after === 'dot') return [new RegExp(`${START}(?:${alternatives})\\.(?!\\p{N})`, 'gu'), () => ` ${means} `];
    return [new RegExp(`${START}(?:${alternatives})\\.?(?![\\p{L}\\p{N}])`, 'gu'), () => ` ${means} `];
  }),
  // "phường 05" is Phường 5; a 5-digit unit code ("00070") keeps its zeros.
  [/(?<![\p{L}\p{N}])0{1,2}(\d{1,2})(?!\p{N})/gu, (_, n?: string) => n ?? ''],
];

/** The query with abbreviations written out and zeros dropped: lower case, NFC. */
export function expandPlaceQuery(query: string): string {
  return RULES.reduce((text, [pattern, replace]) => text.replace(pattern, replace), query.normalize('NFC').toLowerCase());
}

/** Tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters; the other marks make letters (â ă ê ô ơ ư). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/** A word three ways: folded ("phuong"), its letters without the tone ("phương"), and its tone mark. */
export interface PlaceWord {
  /** As written (lower case, NFC). */
  text: string;
  fold: string;
  letters: string;
  tone: string;
  /** The visitor marked something in this word (only query words are asked). */
  marked: boolean;
}

const wordCache = new Map<string, PlaceWord[]>();

/** The words of a name or a query (no abbreviations expanded: see expandPlaceQuery). */
export function placeWords(text: string): PlaceWord[] {
  let words = wordCache.get(text);
  if (!words) {
    words = text
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word) => {
        const decomposed = word.normalize('NFD');
        const letters = decomposed.replace(TONES, '').normalize('NFC');
        const fold = foldVietnamese(letters).replace(/[^a-z0-9]/g, '');
        return { text: word, fold, letters, tone: decomposed.match(TONE)?.[0] ?? '', marked: letters !== fold || TONE.test(decomposed) };
      })
      .filter((w) => w.fold);
    // Names repeat on every query; queries are few. The cache only grows with the index's names.
    if (wordCache.size < 50_000) wordCache.set(text, words);
  }
  return words;
}

/** The query's words, abbreviations written out. */
export const queryWords = (query: string): PlaceWord[] => placeWords(expandPlaceQuery(query));

/**
 * Whether a query word names (the start of) a word of a name. Numbers match whole ("4" ≠ "14").
 * Diacritics: the visitor's marks are kept, what they left unmarked is folded. A tone mark typed
 * must be the word's tone ("từ" ≠ "Tú", "phường" ≠ "Phương"); a letter typed with its mark (ư, ơ,
 * đ…) must be that letter ("tư" ≠ "Tu"); a plain letter matches with or without a mark, and a word
 * typed without a tone matches any tone (the tone is often typed last). So "phuong tu" finds both
 * Phường Tú and Xã Phương Tú, and "phường từ" neither. The tone is compared per word, not per letter,
 * because the data writes some names with the old tone placement ("Hoà" and "Hòa").
 */
export function wordMatches(query: PlaceWord, word: PlaceWord, whole = false): boolean {
  const isNumber = /^\d+$/.test(query.fold);
  if (isNumber || whole ? word.fold !== query.fold : !word.fold.startsWith(query.fold)) return false;
  if (!query.marked) return true;
  if (query.tone && query.tone !== word.tone) return false;
  // letters and fold align character by character for Vietnamese text (each letter is one code point in NFC).
  if (query.letters.length !== query.fold.length || word.letters.length !== word.fold.length) return true;
  for (let i = 0; i < query.letters.length; i++) {
    if (query.letters[i] !== query.fold[i] && query.letters[i] !== word.letters[i]) return false;
  }
  return true;
}
