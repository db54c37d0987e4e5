import { foldVietnamese } from './vietnamese';
import { queryWords, type PlaceWord } from './place-words';
import { isSynonymToken, searchWords } from './search-text';
import { searchWards, type WardHit, type WardIndex } from './ward-search';
import type { WardSource } from './ward-shards';

/**
 * Place names in the one search box: "phuong 5 quan 3", "P5 Q3" or "phuong ban co dang ky o dau"
 * finds the ward in the ward index (the lookup's shards, /phuong-xa/chi-muc/<key>.json, and the same
 * matching), so it can be shown above the other results. The page fetches a shard only when the query
 * names a place or the topic results are weak, and only the shard of the words that may name it.
 */

/** Words that introduce a place name, folded. ("tỉnh" and "thành phố" alone name no ward; "tinh" is also "tính", "tình".) */
const PLACE_WORDS = [['phuong'], ['xa'], ['quan'], ['huyen'], ['thi', 'tran'], ['thi', 'xa'], ['tp'], ['dac', 'khu']];
/** "xã hội", "cơ quan" are no place. */
const NOT_PLACE = [['xa', 'hoi'], ['co', 'quan']];
/**
 * Words that follow a place word without naming a place ("công an phường nào", "phường mới",
 * "phường xã", "quận huyện"). None starts the name of a current or former unit, except "xã",
 * "phường", "quận", "huyện" a few times; "cũ", "làm", "cần", "đà" start too many names to be here.
 */
const NOT_A_NAME = new Set(['nao', 'roi', 'toi', 'va', 'hoac', 'nay', 'kia', 'moi', 'duoc', 'se', 'hay', 'khac', 'khong', 'xa', 'phuong', 'quan', 'huyen']);

const startsWith = (words: string[], at: number, seq: string[]) => seq.every((w, k) => words[at + k] === w);

/** Where place words start in a folded query, and how many words each takes. */
function placeRuns(words: string[]): { at: number; length: number }[] {
  const found: { at: number; length: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const not = NOT_PLACE.find((seq) => startsWith(words, i, seq));
    if (not) {
      i += not.length - 1;
      continue;
    }
    const length = PLACE_WORDS.reduce((best, seq) => (seq.length > best && startsWith(words, i, seq) ? seq.length : best), 0);
    if (length) {
      found.push({ at: i, length });
      i += length - 1;
    }
  }
  return found;
}

/** True when the query names a place: a place word followed by a name or number, or a 5-digit ward code. */
export function mentionsPlace(query: string): boolean {
  const words = queryWords(query).map((w) => w.fold);
  return placeRuns(words).some(({ at, length }) => at + length < words.length && !NOT_A_NAME.has(words[at + length]!)) || words.some((w) => /^\d{5}$/.test(w));
}

export interface PlaceMatch {
  /** The words that named the place ("phuong 5 quan 3"). */
  span: string;
  /** The other words ("dang ky o dau"): what the topic search looks for. */
  rest: string;
  hits: WardHit[];
  /** The shard the wards came from: it has every unit named in hits (for links: unitHref). */
  index: WardIndex;
}

/** At most this many wards are shown; a name matching more is too vague to guess from. */
const MAX_SHOWN = 3;
const MAX_AMBIGUOUS = 5;

/** A shard of the ward index with names folded once, so each candidate span is a quick substring test. */
export interface PlaceIndex {
  index: WardIndex;
  names: Map<string, string>;
  current: string[];
  former: string[];
}

export function preparePlaces(index: WardIndex): PlaceIndex {
  const fold = (parts: string[]) => ` ${foldVietnamese(parts.join(' ')).replace(/[^a-z0-9]+/g, ' ')} `;
  return {
    index,
    names: new Map(index.u.map(([code, name]) => [code, name])),
    current: index.u.map(([, name, p]) => fold([name, index.p[p] ?? ''])),
    former: index.f.map(([name, district, province]) => fold([name, district, province])),
  };
}

function wardsFor(places: PlaceIndex, span: PlaceWord[]): WardHit[] {
  // Every word must start a word of the candidate (numbers whole), as searchWards checks: filter
  // first with a substring test, then let searchWards rank the few candidates left (with the
  // visitor's diacritics: the span is passed as written).
  const needles = span.map(({ fold: w }) => (/^\d+$/.test(w) ? ` ${w} ` : ` ${w}`));
  const keep = (text: string) => needles.every((n) => text.includes(n));
  const { index } = places;
  const small: WardIndex = { p: index.p, u: index.u.filter((_, i) => keep(places.current[i]!)), f: index.f.filter((_, i) => keep(places.former[i]!)) };
  if (!small.u.length && !small.f.length) return [];
  return searchWards(small, span.map((w) => w.text).join(' '), 100).map((hit) =>
    hit.kind === 'former' ? { ...hit, targets: hit.targets.map((t) => ({ code: t.code, name: places.names.get(t.code) ?? t.name })) } : hit,
  );
}

/** Shards for the site search, prepared once each. A shard that cannot be fetched (offline) is no place. */
export interface PlaceLookup {
  /** The shard holding every ward these folded words can name (null: none, or none to fetch). */
  forWords(words: string[]): Promise<PlaceIndex | null>;
  forCode(code: string): Promise<PlaceIndex | null>;
}

const prepared = new WeakMap<WardIndex, PlaceIndex>();
const prepare = (index: WardIndex) => {
  let places = prepared.get(index);
  if (!places) prepared.set(index, (places = preparePlaces(index)));
  return places;
};

export function placeLookup(source: WardSource): PlaceLookup {
  return {
    forWords: (words) => source.forWords(words).then((found) => found && prepare(found.index), () => null),
    forCode: (code) => source.forCode(code).then(prepare, () => null),
  };
}

/** Words that open a unit's name ("Phường", "Thị trấn"): the rest is the name proper. */
const UNIT_TYPES = [['phuong'], ['xa'], ['thi', 'tran'], ['dac', 'khu']];
function nameProper(name: string): string[] {
  const words = searchWords(name);
  const type = UNIT_TYPES.find((seq) => startsWith(words, 0, seq));
  return type && words.length > type.length ? words.slice(type.length) : words;
}

/**
 * The longest run of the query's words, starting at a place word (or anywhere, for a query that
 * names no place word, e.g. "ban co"), that matches a ward; its best few wards. Each start fetches
 * the shard of the word after its place word (every run from there holds it, and a ward it names
 * has it as a whole word, so even a shard of whole words has that ward), or of the word after that.
 */
export async function findPlace(places: PlaceLookup, query: string): Promise<PlaceMatch | null> {
  const tokens = queryWords(query);
  const words = tokens.map((w) => w.fold);
  // A ward's 5-digit code, as printed at the bottom of its page.
  for (const [at, word] of words.entries()) {
    if (!/^\d{5}$/.test(word)) continue;
    const shard = await places.forCode(word);
    const unit = shard?.index.u.find(([c]) => c === word);
    if (!shard || !unit) continue;
    const [id, name, p] = unit;
    return { span: id, rest: words.filter((_, i) => i !== at).join(' '), hits: [{ kind: 'current', code: id, name, province: shard.index.p[p] ?? '', score: 0 }], index: shard.index };
  }
  const marked = placeRuns(words);
  const isPlaceWord = words.map((_, i) => marked.some((m) => i >= m.at && i < m.at + m.length));
  const starts = marked.length ? marked : words.length <= 4 ? words.map((_, at) => ({ at, length: 0 })) : [];
  for (const { at, length } of starts) {
    const first = Math.max(length, 1) + 1;
    if (at + first > words.length) continue;
    // The name's first words choose the shard, not the place word ("phường", "đặc khu") before them;
    // a name that starts with a type word ("Xã Thạnh An") is chosen by its next word.
    const next = words.slice(at + length, at + first);
    const shard = (await places.forWords(next)) ?? (at + first < words.length ? await places.forWords([words[at + first]!]) : null);
    if (!shard) continue;
    for (let end = Math.min(words.length, at + 7); end >= at + first; end--) {
      const span = words.slice(at, end);
      // The whole name must be typed ("phuong doi" is only the start of "Phường Đội Bình"), and every
      // other word must be a whole word of the name, district or province ("tinh la" ≠ "Tỉnh Đắk Lắk").
      const named = span.filter((_, i) => !isPlaceWord[at + i]);
      const hits = wardsFor(shard, tokens.slice(at, end)).filter((h) => {
        const proper = nameProper(h.name);
        const context = new Set([...proper, ...searchWords(`${h.kind === 'former' ? h.district : ''} ${h.province}`)]);
        return proper.every((w) => span.includes(w)) && named.every((w) => context.has(w));
      });
      if (!hits.length) continue;
      const best = hits.filter((h) => h.score === hits[0]!.score);
      if (best.length > MAX_AMBIGUOUS) break;
      return { span: span.join(' '), rest: [...words.slice(0, at), ...words.slice(end)].join(' '), hits: best.slice(0, MAX_SHOWN), index: shard.index };
    }
  }
  return null;
}

/**
 * The ward lookup's answer (also the staff pickers'): every unit matching the whole query, from the
 * shard its words choose; failing that, a place named inside a question ("đăng ký ở p5 q3 ở đâu"),
 * as the site search finds it. `index` is the shard the hits came from (links, registration days);
 * none when no typed word can choose a shard yet ("ph", "phuong"; `typing`: see shardChoices). A
 * shard that cannot be fetched throws.
 */
export async function findWards(source: WardSource, query: string, limit = 20, typing = false): Promise<{ index?: WardIndex; hits: WardHit[] }> {
  const found = await source.forWords(queryWords(query).map((w) => w.fold), typing);
  const hits = found ? searchWards(found.index, query, limit) : [];
  // Not while a word is being typed: each keystroke would fetch another shard.
  if (!hits.length && !typing && mentionsPlace(query)) {
    const place = await findPlace(placeLookup(source), query);
    if (place) return { index: place.index, hits: place.hits };
  }
  return { ...(found ? { index: found.index } : {}), hits };
}

/** Topic results this weak, for a query this short, may mean the words were a place name ("ban co"). */
export const WEAK_STRENGTH = 15;
const SHORT_QUERY = 4;

/**
 * After the topic search of a query that names no place word: whether it may still be a place
 * name, because it is short and found little ("ban co", "ben thanh").
 */
export function mayBePlace(query: string, topic: { strength: number; query: { extra: string[] } }): boolean {
  // A query using a synonym ("ch play", "cccd") speaks the site's vocabulary: not a place name.
  const known = topic.query.extra.some(isSynonymToken);
  return !known && searchWords(query).length <= SHORT_QUERY && topic.strength < WEAK_STRENGTH;
}

/**
 * The whole search, with the topic index as a callback so the caller decides when to fetch it: a
 * query naming a place looks the place up first and searches the topics for the other words
 * ("phuong ban co dang ky o dau" → Phường Bàn Cờ, then "dang ky o dau"; a bare place name needs no
 * topic search, nor the topic index); any other query searches the topics, and looks for a place only
 * if those results are weak. At most one topic search. `early` gets a place before its topics are searched.
 */
export async function searchEverything<T extends { strength: number; query: { extra: string[] } }>(
  query: string,
  topics: (query: string) => Promise<T> | T,
  places: PlaceLookup,
  early?: (place: PlaceMatch) => void,
): Promise<{ place: PlaceMatch | null; topic: T | null }> {
  if (mentionsPlace(query)) {
    const place = await findPlace(places, query);
    if (place) {
      if (place.rest) early?.(place);
      return { place, topic: place.rest ? await topics(place.rest) : null };
    }
  }
  const topic = await topics(query);
  if (!mayBePlace(query, topic)) return { place: null, topic };
  return { place: await findPlace(places, query), topic };
}
