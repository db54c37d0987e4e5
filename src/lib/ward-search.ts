import { foldVietnamese } from './vietnamese';

/** The lookup index as served by /phuong-xa/chi-muc.json. */
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

const words = (text: string) => foldVietnamese(text).split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Matches a query typed with or without diacritics ("thi tran can thanh", "Phường 4, Quận 3").
 * Every query word must start a word of the candidate; numbers must match whole ("4" ≠ "14").
 * Candidates whose own name holds every query word rank first (so "can thanh" prefers Thị trấn
 * Cần Thạnh over Xã Cần Giờ of Thành phố Hồ Chí Minh), then those matching in the same order.
 */
export function searchWards(index: WardIndex, query: string, limit = 20): WardHit[] {
  const q = words(query);
  if (q.length === 0) return [];
  const score = (haystack: string[]): number => {
    let last = -1;
    let inOrder = true;
    for (const token of q) {
      const isNumber = /^\d+$/.test(token);
      const at = haystack.findIndex((w, i) => (isNumber ? w === token : w.startsWith(token)) && (i > last || !inOrder));
      if (at === -1) {
        const anywhere = haystack.findIndex((w) => (isNumber ? w === token : w.startsWith(token)));
        if (anywhere === -1) return 0;
        inOrder = false;
        continue;
      }
      if (at <= last) inOrder = false;
      last = at;
    }
    return (inOrder ? 2 : 1) + (haystack.length === q.length ? 1 : 0);
  };
  const ranked = (name: string, context: string[]) => {
    const own = words(name);
    const s = score([...own, ...context]);
    return s && s + (score(own) ? 2 : 0);
  };
  const names = new Map(index.u.map(([code, name]) => [code, name]));
  const hits: WardHit[] = [];
  for (const [code, name, p] of index.u) {
    const province = index.p[p] ?? '';
    const s = ranked(name, words(province));
    if (s) hits.push({ kind: 'current', code, name, province, score: s + 0.5 });
  }
  for (const [name, district, province, targets] of index.f) {
    const s = ranked(name, [...words(district), ...words(province)]);
    if (s) hits.push({ kind: 'former', name, district, province, targets: targets.map((code) => ({ code, name: names.get(code) ?? code })), score: s });
  }
  return hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi', { numeric: true })).slice(0, limit);
}
