import { placeWords } from './place-words';
import type { WardIndex } from './ward-search';

/**
 * The ward index in shards, so a query downloads only the part that can answer it (a few KB, not the
 * ~110 KB of the whole country). Every current and former unit is filed under each word of its name,
 * district and province, by the word's first letters: "Bàn Cờ" under "ban" and "co" (or longer
 * prefixes where a prefix is shared by too many units: "thanh", "thu"…), "Phường 5" under "5". The
 * leading type words ("Phường", "Quận", "Thành phố"…) file nothing: every unit has one.
 * A query then needs one shard: the one of any of its words, since a match holds every word. Each
 * shard is a complete WardIndex (p, x, n, s included, and the current units its former units became),
 * so matching, links and registration days work on it unchanged. Current units are also filed by
 * code ("ma27" holds 27000–27999) for the pickers that start from a code.
 */

/** The leading words of a name that say its type, never a key. */
const TYPES = ['phuong', 'xa', 'thi tran', 'thi xa', 'dac khu', 'quan', 'huyen', 'thanh pho', 'tinh'].map((t) => t.split(' '));
const TYPE_WORDS = [...new Set(TYPES.flat())];

/** Where the shards are, and what the page needs to pick one without asking the server. */
export interface WardShards {
  /** The folder of the shard files, ending in "/". */
  url: string;
  /** Prefixes shared by too many units: their words are filed under a longer prefix. */
  split: string[];
  /** Gzip KB of the shards worth weighing: every shard of 2 KB or more, and every whole-word shard of a split prefix. */
  sizes: Record<string, number>;
}

const isNumber = (word: string) => /^\d+$/.test(word);

/** The shard a folded word is filed under. */
export function shardKey(word: string, split: ReadonlySet<string>): string {
  if (isNumber(word)) return word;
  let key = word.slice(0, 1);
  while (split.has(key) && word.length > key.length) key = word.slice(0, key.length + 1);
  return key;
}

/** The shard that lists a current unit by its 5-digit code. */
export const codeKey = (code: string) => `ma${code.slice(0, 2)}`;

/** The folded words of a name that file it: all but its leading type words. */
function filedWords(name: string): string[] {
  const words = placeWords(name).map((w) => w.fold);
  const type = TYPES.find((t) => t.every((w, i) => words[i] === w));
  return type ? words.slice(type.length) : words;
}

export interface ShardChoice {
  key: string;
  /** The shard holds every unit the word can match; otherwise only units with the whole word (a split prefix), or with it other than as their type. */
  complete: boolean;
}

/**
 * The shards that can answer a query of these folded words, best first: complete ones; then a split
 * prefix typed whole ("an", "tan": the units with that very word); then the start of a type word
 * ("phu", "qua"), whose shard lacks the units it would match by their type; smaller before larger
 * within each. A type word itself ("phuong", "xa", "thanh"), a single letter, a number of 4 digits or
 * more, or a split prefix no unit has as a whole word ("ng") chooses nothing. While the last word is
 * still being typed (`typing`), it chooses only a complete shard: "ba" on the way to "ban" fetches nothing.
 */
export function shardChoices(words: string[], shards: Pick<WardShards, 'split' | 'sizes'>, typing = false): ShardChoice[] {
  const split = new Set(shards.split);
  const ranked = new Map<string, number>();
  for (const [i, word] of words.entries()) {
    if (isNumber(word) ? word.length > 3 : word.length < 2 || TYPE_WORDS.includes(word)) continue;
    const key = shardKey(word, split);
    const rank = isNumber(word) ? 0 : TYPE_WORDS.some((t) => t.startsWith(word)) ? 2 : split.has(key) ? 1 : 0;
    if ((split.has(key) && !(key in shards.sizes)) || (typing && rank > 0 && i === words.length - 1)) continue;
    ranked.set(key, Math.min(rank, ranked.get(key) ?? rank));
  }
  const size = (key: string) => shards.sizes[key] ?? 0;
  return [...ranked]
    .sort(([a, ra], [b, rb]) => ra - rb || size(a) - size(b))
    .map(([key, rank]) => ({ key, complete: rank === 0 }));
}

/** Where the lookup, the site search and the pickers get units from. */
export interface WardSource {
  /** The shard that holds every unit these folded words can name (or, if `complete` is false, those with the whole words); null when no word can choose one (see shardChoices). */
  forWords(words: string[], typing?: boolean): Promise<{ index: WardIndex; complete: boolean } | null>;
  /** A shard listing the current unit with this code, if it exists. */
  forCode(code: string): Promise<WardIndex>;
}

/** Shards fetched from the site, each once; a shard already fetched is preferred over an equal one not yet fetched. */
export function shardSource(shards: WardShards, load: (url: string) => Promise<WardIndex> = fetchIndex): WardSource {
  const cache = new Map<string, Promise<WardIndex>>();
  const get = (key: string) => {
    let shard = cache.get(key);
    if (!shard) {
      // A failed fetch (offline) is forgotten, so the next keystroke tries again.
      shard = load(`${shards.url}${key}.json`).catch((error: unknown) => {
        cache.delete(key);
        throw error;
      });
      cache.set(key, shard);
    }
    return shard;
  };
  return {
    async forWords(words, typing = false) {
      const choices = shardChoices(words, shards, typing);
      // A complete shard already fetched costs nothing, however large.
      const best = (choices[0]?.complete && choices.find((c) => c.complete && cache.has(c.key))) || choices[0];
      // No shard for a number ("phường 99"): no unit has it, which is no network error.
      return best ? { index: await get(best.key).catch(noUnits), complete: best.complete } : null;
    },
    // No shard for a code's first digits: no unit has that code.
    forCode: (code) => get(codeKey(code)).catch(noUnits),
  };
}

class MissingShard extends Error {}
const noUnits = (error: unknown) => (error instanceof MissingShard ? { p: [], u: [], f: [] } : Promise.reject(error));

async function fetchIndex(url: string): Promise<WardIndex> {
  const response = await fetch(url);
  if (response.status === 404) throw new MissingShard(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as WardIndex;
}

/** One whole index as a source (tests, fixtures). */
export function wholeSource(index: WardIndex): WardSource {
  return { forWords: async () => ({ index, complete: true }), forCode: async () => index };
}

/**
 * Cuts the whole index into shards (at build time, and in tests). A prefix is split into longer ones
 * while its shard measures more than `limit` (gzip bytes, by `gzip`); a word that is itself a split
 * prefix ("an", "binh") keeps a shard of its own, however large. Numbers are keys of their own.
 */
export function planShards(index: WardIndex, gzip: (json: string) => number, limit: number): { shards: Map<string, WardIndex>; split: string[]; sizes: Record<string, number> } {
  // Gzip shrinks this JSON about 8-fold, never 16-fold: the text's length settles most prefixes without compressing them.
  const fits = (part: WardIndex) => {
    const json = JSON.stringify(part);
    return json.length <= limit || (json.length <= 16 * limit && gzip(json) <= limit);
  };
  type Entry = { unit?: number; former?: number; words: string[] };
  const entries: Entry[] = [
    ...index.u.map(([, name, p], unit) => ({ unit, words: [...filedWords(name), ...filedWords(index.p[p] ?? '')] })),
    ...index.f.map(([name, district, province], former) => ({ former, words: [...filedWords(name), ...filedWords(district), ...filedWords(province)] })),
  ];
  const unitByCode = new Map(index.u.map((u, i) => [u[0], i]));
  const part = (list: Entry[], units: number[] = []): WardIndex => {
    const f = list.flatMap((e) => (e.former === undefined ? [] : [index.f[e.former]!]));
    const chosen = new Set([...units, ...list.flatMap((e) => (e.unit === undefined ? [] : [e.unit])), ...f.flatMap((row) => row[3].map((code) => unitByCode.get(code)!))]);
    const u = [...chosen].sort((a, b) => a - b).map((i) => index.u[i]!);
    const s = index.s && Object.fromEntries(u.flatMap(([code]) => (index.s![code] ? [[code, index.s![code]!]] : [])));
    return { p: index.p, u, f, ...(s && Object.keys(s).length ? { s } : {}), ...(index.x ? { x: index.x, n: index.n ?? null } : {}) };
  };
  const shards = new Map<string, WardIndex>();
  const split: string[] = [];
  const numbers = new Map<string, Entry[]>();
  for (const e of entries) for (const w of new Set(e.words.filter(isNumber))) numbers.set(w, [...(numbers.get(w) ?? []), e]);
  for (const [key, list] of numbers) if (key.length <= 3) shards.set(key, part(list));
  const visit = (prefix: string, pool: Entry[]) => {
    const filed = pool.filter((e) => e.words.some((w) => !isNumber(w) && w.startsWith(prefix)));
    if (!filed.length) return;
    const shard = part(filed);
    const longer = new Set(filed.flatMap((e) => e.words.filter((w) => !isNumber(w) && w.startsWith(prefix) && w.length > prefix.length).map((w) => w[prefix.length]!)));
    if (!longer.size || fits(shard)) return void shards.set(prefix, shard);
    split.push(prefix);
    const whole = filed.filter((e) => e.words.includes(prefix));
    if (whole.length) shards.set(prefix, part(whole));
    for (const letter of [...longer].sort()) visit(prefix + letter, filed);
  };
  for (const letter of new Set(entries.flatMap((e) => e.words.filter((w) => !isNumber(w)).map((w) => w[0]!)))) visit(letter, entries);
  const byCode = new Map<string, number[]>();
  index.u.forEach(([code], i) => byCode.set(codeKey(code), [...(byCode.get(codeKey(code)) ?? []), i]));
  for (const [key, units] of byCode) shards.set(key, part([], units));
  const splitSet = new Set(split);
  const sizes: Record<string, number> = {};
  for (const [key, shard] of shards) {
    if (/^ma\d/.test(key)) continue;
    const kb = Math.round(gzip(JSON.stringify(shard)) / 1024);
    if (kb >= 2 || splitSet.has(key)) sizes[key] = kb;
  }
  return { shards, split: split.sort(), sizes };
}
