import { placeWords, queryWords, wordMatches, type PlaceWord } from './place-words';

/**
 * The lookup index: the whole of it, or one shard of it (/phuong-xa/chi-muc/<key>.json, see
 * ward-shards.ts), which has the same shape with fewer units.
 */
export interface WardIndex {
  p: string[];
  u: [code: string, name: string, province: number][];
  f: [name: string, district: string, province: string, targets: string[]][];
  /** A scoped deployment: the provinces (indexes into p) it has pages for, and the national site for the rest. */
  x?: number[];
  n?: string | null;
  /** Upcoming registration days, by unit code: [YYYY-MM-DD, "Thứ Bảy 12/12/2026, 7:30–11:00, Nhà văn hóa khu phố 3"][]. */
  s?: Record<string, [day: string, line: string][]>;
}

/**
 * Where a unit's page is: on this site (`base` is this site's /phuong-xa/), on the national site for
 * a unit outside a scoped deployment, or nowhere (then the unit is named without a link).
 */
export function unitHref(index: WardIndex, code: string, base: string): string | undefined {
  if (!index.x) return `${base}${code}/`;
  const unit = index.u.find(([c]) => c === code);
  if (unit && index.x.includes(unit[2])) return `${base}${code}/`;
  return index.n ? new URL(`phuong-xa/${code}/`, index.n.endsWith('/') ? index.n : `${index.n}/`).href : undefined;
}

export type WardHit =
  | { kind: 'current'; code: string; name: string; province: string; score: number }
  | { kind: 'former'; name: string; district: string; province: string; targets: { code: string; name: string }[]; score: number };

/** Words that open a unit's or a district's name: "Huyện Cần Giờ" is named by "cần giờ", "Quận 3" only by "quận 3". */
const UNIT_TYPES = ['phuong', 'xa', 'thi tran', 'dac khu'].map((t) => t.split(' '));
const DISTRICT_TYPES = ['quan', 'huyen', 'thi xa', 'thanh pho'].map((t) => t.split(' '));

/**
 * Matches a query typed with or without diacritics, abbreviated or not ("thi tran can thanh",
 * "Phường 4, Quận 3", "p5 q3", "TT. Cần Thạnh"; see place-words.ts for the abbreviations and the
 * rule for diacritics). Every query word must start a word of the candidate; numbers must match whole.
 * Ranking, best first: the candidate's own name holds every query word (whole words, but for the
 * last, which may still be being typed: "quan 3" is not "Xã Xuân Quang 3"), so "can thanh" prefers
 * Thị trấn Cần Thạnh over Xã Cần Giờ of Thành phố Hồ Chí Minh; the query names the former unit's
 * whole district ("quận 3": the wards of Quận 3, Thành phố Hồ Chí Minh, before a Phường 3 elsewhere);
 * the query's words in the candidate's order; the query names the unit, or the former unit's district,
 * as a phrase ("q3 p5" is Phường 5 of Quận 3, not Phường 3 of Quận 5; "quận 3": the wards of Quận 3
 * of Thành phố Hồ Chí Minh before a "Xã Xuân Quang 3" elsewhere); then names in alphabetical order.
 */
export function searchWards(index: WardIndex, query: string, limit = 20): WardHit[] {
  const q = queryWords(query);
  if (q.length === 0) return [];
  const last = q.length - 1;
  const score = (haystack: PlaceWord[]): number => {
    let at = -1;
    let inOrder = true;
    for (const token of q) {
      const next = haystack.findIndex((w, i) => i > at && wordMatches(token, w));
      if (next === -1) {
        if (!haystack.some((w) => wordMatches(token, w))) return 0;
        inOrder = false;
        continue;
      }
      at = next;
    }
    return (inOrder ? 2 : 1) + (haystack.length === q.length ? 1 : 0);
  };
  const ownName = (own: PlaceWord[]) => q.every((token, i) => own.some((w) => wordMatches(token, w, i < last)));
  const phrase = (words: PlaceWord[]) => words.length > 0 && q.some((_, at) => words.every((w, k) => q[at + k] !== undefined && wordMatches(q[at + k]!, w, true)));
  const named = (name: string, types: string[][]) => {
    const words = placeWords(name);
    const type = types.find((t) => t.every((w, i) => words[i]?.fold === w));
    const proper = type ? words.slice(type.length) : words;
    // A name that is a number needs its type too ("3" is not Quận 3, "quận 3" is).
    return phrase(proper.some((w) => !/^\d+$/.test(w.fold)) ? proper : words);
  };
  const ranked = (name: string, context: PlaceWord[], district = '') => {
    const own = placeWords(name);
    const s = score([...own, ...context]);
    if (!s) return 0;
    // The district counts when it adds to the unit's own name ("dong anh" names Xã Đông Anh first,
    // not the former Thị trấn Đông Anh of Huyện Đông Anh).
    if (ownName(own)) return s + 2 + (named(name, UNIT_TYPES) ? 1 : 0);
    return s + (named(name, UNIT_TYPES) ? 1 : 0) + (district && named(district, DISTRICT_TYPES) ? 1 : 0);
  };
  const names = new Map(index.u.map(([code, name]) => [code, name]));
  const hits: WardHit[] = [];
  for (const [code, name, p] of index.u) {
    const province = index.p[p] ?? '';
    const s = ranked(name, placeWords(province));
    if (s) hits.push({ kind: 'current', code, name, province, score: s + 0.5 });
  }
  for (const [name, district, province, targets] of index.f) {
    const s = ranked(name, [...placeWords(district), ...placeWords(province)], district);
    if (s) hits.push({ kind: 'former', name, district, province, targets: targets.map((code) => ({ code, name: names.get(code) ?? code })), score: s });
  }
  return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi', { numeric: true })).slice(0, limit);
}
