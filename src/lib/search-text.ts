import { foldVietnamese } from './vietnamese';
import { graphemes } from './text-rules';

/**
 * Text handling shared by the search index (built once, at build time) and the query (in the
 * browser): both sides fold the same way, so "dang ky" meets "đăng ký" without a second search.
 */

/** Folded words: lower-case ASCII letters and digits, đ → d, everything else a separator. */
export function searchWords(text: string): string[] {
  return foldVietnamese(text.normalize('NFC'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Where a phrase ends: word pairs are not made across these. */
const BREAKS = /[.,;:!?()[\]"“”\n]+/;

/**
 * Folded text in phrases: words separated by spaces, phrases by commas
 * ("Quên mật khẩu? Gọi 1900 0368." → "quen mat khau,goi 1900 0368"). What the index file ships.
 */
export function foldPhrases(text: string): string {
  return text
    .split(BREAKS)
    .map((phrase) => searchWords(phrase).join(' '))
    .filter(Boolean)
    .join(',');
}

/** The phrases of a text (folded or not), each as its folded words. */
export const phrasesOf = (text: string): string[][] => text.split(BREAKS).map(searchWords).filter((w) => w.length);

/** Attribute values of the guide components that are page text (step titles, sketch captions…). */
const TEXT_ATTRIBUTES = /\b(?:title|heading|caption|button|label)="([^"]*)"|\bfields=\{\[([^\]]*)\]\}/g;

/** The quoted strings a component tag shows on the page, in order. */
function tagText(tag: string): string {
  const out: string[] = [];
  for (const m of tag.matchAll(TEXT_ATTRIBUTES)) {
    if (m[1]) out.push(m[1]);
    if (m[2]) for (const f of m[2].matchAll(/'([^']*)'|"([^"]*)"/g)) out.push(f[1] ?? f[2] ?? '');
  }
  return out.length ? ` ${out.join('. ')}. ` : ' ';
}

/**
 * Plain text of a Markdown or MDX body, as a reader sees it: link text without addresses, component
 * tags replaced by the text they display, no emphasis marks, headings kept as lines.
 */
export function markdownToText(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, tagText)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*`]+/g, '')
    .replace(/[|>]+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Headings (## …) and step titles of a body: they name what a section answers. */
export function headingsOf(body: string): string[] {
  const headings = [...body.matchAll(/^\s{0,3}#{2,4}\s+(.+)$/gm)].map((m) => markdownToText(m[1]!));
  const steps = [...body.matchAll(/<Step\b[^>]*\btitle="([^"]*)"/g)].map((m) => m[1]!);
  return [...headings, ...steps];
}

/**
 * Synonym groups ("sđt" = "số điện thoại") as folded word sequences. Each group gets a token of its
 * own (`zs0`, `zs1`…): wherever any form of the group appears, in a page or in a query, that token
 * is added next to the words, so "doi sdt" matches a page that only says "đổi số điện thoại".
 */
export type SynonymGroups = string[][][];

export function foldSynonyms(groups: string[][]): SynonymGroups {
  return groups.map((group) => {
    const seen = new Set<string>();
    const forms: string[][] = [];
    for (const term of group) {
      const words = searchWords(term);
      const key = words.join(' ');
      if (words.length && !seen.has(key)) {
        seen.add(key);
        forms.push(words);
      }
    }
    // Longest form first, so "căn cước công dân" is read once, not also as "căn cước".
    return forms.sort((a, b) => b.length - a.length);
  });
}

export const synonymToken = (group: number) => `zs${group}`;
export const isSynonymToken = (term: string) => /^zs\d+$/.test(term);

/** Every group form found in `words`: its token, where it starts and how many words it spans (longest match first). */
export function synonymMatches(words: string[], groups: SynonymGroups): { token: string; at: number; length: number }[] {
  const byFirst = firstWords(groups);
  const found: { token: string; at: number; length: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    let longest = 0;
    let group = -1;
    for (const [form, g] of byFirst.get(words[i]!) ?? []) {
      if (form.length > longest && form.every((w, k) => words[i + k] === w)) {
        longest = form.length;
        group = g;
      }
    }
    if (group >= 0) {
      found.push({ token: synonymToken(group), at: i, length: longest });
      i += longest - 1;
    }
  }
  return found;
}

/** Forms by their first word, built once per groups object: the index calls this for every field. */
const firstWordCache = new WeakMap<SynonymGroups, Map<string, [string[], number][]>>();
function firstWords(groups: SynonymGroups) {
  let map = firstWordCache.get(groups);
  if (!map) {
    map = new Map();
    groups.forEach((forms, g) => forms.forEach((form) => map!.set(form[0]!, [...(map!.get(form[0]!) ?? []), [form, g]])));
    firstWordCache.set(groups, map);
  }
  return map;
}

/** The synonym tokens of `words`, once per occurrence. */
export const synonymTokens = (words: string[], groups: SynonymGroups) => synonymMatches(words, groups).map((m) => m.token);

/** The query as the status line repeats it: one line, so a pasted message never fills the screen. */
export function echo(query: string, max = 40): string {
  const words = query.replace(/\s+/g, ' ').trim();
  const chars = graphemes(words);
  return chars.length <= max ? words : `${chars.slice(0, max).join('').trimEnd()}…`;
}
