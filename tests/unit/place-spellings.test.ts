// tests/place-spellings.yaml against the real ward index, cut into the real shards, without a site
// build: the index is made from the package's tables as the build makes it (wardIndexOf), and each
// spelling goes through what the browser runs: the ward lookup (findWards, fetching only the shard
// its words choose) and the place part of the site search (findPlace).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFormerIndex } from '../../src/lib/former-units';
import { queryWords } from '../../src/lib/place-words';
import { findPlace, findWards, placeLookup } from '../../src/lib/search-places';
import { wardIndexOf, wardShardsOf } from '../../src/lib/ward-index';
import { searchWards, type WardHit, type WardIndex } from '../../src/lib/ward-search';
import { shardChoices, shardSource, type WardSource } from '../../src/lib/ward-shards';
import { readTables, unitsFromTables } from '../../src/loaders/national-units';

const spellings = parse(readFileSync('tests/place-spellings.yaml', 'utf8')) as { q: string; expect: string; top?: number }[];

let index: WardIndex;
let plan: ReturnType<typeof wardShardsOf>;
let source: WardSource;
const fetched: string[] = [];
beforeAll(() => {
  const tables = readTables();
  const { units } = unitsFromTables(tables);
  const splits = Object.entries(parse(readFileSync('content/unit-splits.yaml', 'utf8')) as Record<string, { former: never; into: string[] }>).map(([id, s]) => ({ id, former: s.former, into: s.into }));
  // Sorted by name, as the unit model sorts them.
  const provinces = tables.provinces.map((p) => ({ code: p.province_code, name: p.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  index = wardIndexOf({ provinces, units, former: buildFormerIndex(units, splits).values() });
  plan = wardShardsOf(index);
  source = served();
}, 60_000);

/** The shards as the site serves them, counting requests. */
function served(): WardSource {
  return shardSource({ url: '/', ...plan }, async (url) => {
    fetched.push(url);
    const shard = plan.shards.get(url.slice(1, -'.json'.length));
    if (!shard) throw new Error(`no shard ${url}`);
    return shard;
  });
}

/** The unit a hit leads to: a current unit, or the current units a former one became. */
const leadsTo = (hit: WardHit, code: string) => (hit.kind === 'current' ? hit.code === code : hit.targets.some((t) => t.code === code));
const rank = (hits: WardHit[], code: string) => hits.findIndex((h) => leadsTo(h, code)) + 1;

describe('tests/place-spellings.yaml', () => {
  it('has at least 60 spellings, each once, with real codes', () => {
    expect(spellings.length).toBeGreaterThanOrEqual(60);
    expect(new Set(spellings.map((s) => s.q.toLowerCase())).size).toBe(spellings.length);
    const codes = new Set(index.u.map(([code]) => code));
    for (const s of spellings) expect(codes.has(s.expect), `${s.q} → ${s.expect}`).toBe(true);
  });

  it.each(spellings)('the lookup finds $expect from "$q"', async ({ q, expect: code, top = 1 }) => {
    const found = rank((await findWards(source, q)).hits, code);
    expect(found, `hạng ${found || 'không có'}`).toBeGreaterThanOrEqual(1);
    expect(found).toBeLessThanOrEqual(top);
  });

  it.each(spellings)('the site search finds $expect from "$q"', async ({ q, expect: code, top = 1 }) => {
    const place = await findPlace(placeLookup(source), q);
    const found = place ? rank(place.hits, code) : 0;
    expect(found, `hạng ${found || 'không có'}`).toBeGreaterThanOrEqual(1);
    expect(found).toBeLessThanOrEqual(top);
  });
});

describe('diacritics and districts, on the real index', () => {
  it('respects the marks a visitor typed: "phường từ" is not Xã Phương Tú, "phuong tu" may be', async () => {
    const names = (q: string) => searchWards(index, q, 100).map((h) => h.name);
    expect(names('phường từ')).not.toContain('Xã Phương Tú');
    expect(names('phường từ')).toContain('Phường Từ Liêm');
    expect(names('phuong tu')).toContain('Xã Phương Tú');
  });
  it('ranks a district\'s own wards first: "quận 3" is Quận 3 of Thành phố Hồ Chí Minh', () => {
    for (const q of ['quận 3', 'quan 3', 'Q.3']) {
      const hits = searchWards(index, q, 10);
      expect(hits.every((h) => h.kind === 'former' && h.district === 'Quận 3' && h.province === 'Thành phố Hồ Chí Minh'), q).toBe(true);
    }
    // Not Xã Ba Dinh of Quảng Ngãi ("quan" would start "Quảng").
    expect(searchWards(index, 'quan ba dinh', 1)[0]).toMatchObject({ kind: 'former', district: 'Quận Ba Đình' });
    // A district named like the unit adds nothing: the current unit first.
    expect(searchWards(index, 'dong anh', 1)[0]).toMatchObject({ kind: 'current', name: 'Xã Đông Anh' });
  });
});

describe('the shards', () => {
  it('answer a query as the whole index does, when the chosen shard is complete', async () => {
    for (const q of ['p5 q3', 'ban co', 'xa long hoa can gio', 'gia dinh', 'hoan kiem ha noi', 'phuong 25 binh thanh']) {
      const found = (await source.forWords(queryWords(q).map((w) => w.fold)))!;
      expect(found.complete, q).toBe(true);
      expect(searchWards(found.index, q), q).toEqual(searchWards(index, q));
    }
  });
  it('are few, each small, and file every unit by its code', () => {
    const sizes = [...plan.shards.values()].map((s) => JSON.stringify(s).length);
    expect(plan.shards.size).toBeLessThan(600);
    // Raw bytes: the largest (a word no prefix can split, "bình") is ~190 KB raw, ~24 KB gzip.
    expect(Math.max(...sizes)).toBeLessThan(220_000);
    const byCode = [...plan.shards].filter(([key]) => /^ma\d\d$/.test(key)).flatMap(([, s]) => s.u.map(([code]) => code));
    expect(byCode.sort()).toEqual(index.u.map(([code]) => code).sort());
  });
  it('a word still being typed fetches only a shard sure to hold the answer; a type word fetches none', () => {
    expect(shardChoices(['ba'], plan, true)).toEqual([]);
    expect(shardChoices(['ba'], plan)).toEqual([{ key: 'ba', complete: false }]);
    expect(shardChoices(['ban'], plan, true)).toEqual([{ key: 'ban', complete: true }]);
    expect(shardChoices(['xa', 'thanh'], plan)).toEqual([]);
    // Numbers first (small), then smaller shards.
    expect(shardChoices(['binh', 'an', '5'], plan).map((c) => c.key)).toEqual(['5', 'binh', 'an']);
  });
  it('a query fetches one shard, and the next query reuses it when it can', async () => {
    fetched.length = 0;
    const fresh = served();
    await findWards(fresh, 'tt cần thạnh h. cần giờ');
    expect(fetched).toHaveLength(1);
    await findWards(fresh, 'x. long hòa h. cần giờ');
    expect(fetched).toHaveLength(1);
  });
});
