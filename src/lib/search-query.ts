import { foldVietnamese } from './vietnamese';

/**
 * Turns what a visitor types into the queries Pagefind should run. Pagefind folds tone marks but
 * not đ ("dien" never matches "điện"), so each word that starts with d is tried as d and as đ;
 * abbreviations and synonyms ("sdt", "mk", "cccd") are replaced by the full Vietnamese words.
 * Nothing here is shown to the user: results keep the site's own text.
 */
const MAX_QUERIES = 24;

/**
 * Pagefind only returns pages holding every word, so a question's little words ("cần mang giấy tờ
 * gì", "đăng ký ở đâu") can hide the answer. A second form without them is tried as well.
 */
const FUNCTION_WORDS = new Set(['khi', 'thi', 'la', 'cua', 'cho', 'va', 'o', 'dau', 'gi', 'nao', 'the', 'sao', 'lam', 'bi', 'can', 'toi', 'minh', 'nhu', 'co', 'phai', 'neu', 'muon', 'nhung', 'roi', 'a', 'nhe', 'vay']);

const fold = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();

function dVariants(query: string): string[] {
  const words = query.split(' ');
  const slots = words.map((w, i) => (/^d/i.test(w) ? i : -1)).filter((i) => i >= 0);
  // Beyond 4 such words, try all-d and all-đ only: 2^k grows fast and the two cover most queries.
  const combos = slots.length <= 4 ? 1 << slots.length : 2;
  const out: string[] = [];
  for (let mask = 0; mask < combos; mask++) {
    const bits = slots.length <= 4 ? mask : mask ? (1 << slots.length) - 1 : 0;
    out.push(words.map((w, i) => (slots.includes(i) && bits & (1 << slots.indexOf(i)) ? `đ${w.slice(1)}` : w)).join(' '));
  }
  return out;
}

export function expandQuery(input: string, groups: string[][]): string[] {
  const query = input.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!query) return [];
  const variants = new Set<string>([query]);
  const padded = ` ${fold(query)} `;
  for (const [canonical, ...others] of groups) {
    for (const term of [canonical!, ...others]) {
      const t = fold(term);
      if (t && padded.includes(` ${t} `) && fold(canonical!) !== t) {
        variants.add(padded.replace(` ${t} `, ` ${canonical!.toLowerCase()} `).trim());
      }
    }
  }
  for (const v of [...variants]) {
    const content = v.split(' ').filter((w) => !FUNCTION_WORDS.has(fold(w)));
    if (content.length > 0 && content.length < v.split(' ').length) variants.add(content.join(' '));
  }
  const all = new Set<string>();
  for (const v of variants) for (const d of dVariants(v)) all.add(d);
  return [...all].slice(0, MAX_QUERIES);
}
