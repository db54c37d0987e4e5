// The ward index in shards, on a small index: what each shard holds (every unit filed under each
// word of its name, district and province, numbers and codes on their own), when a prefix is split,
// which sizes the page is told, which shard a query's words choose, and how shards are fetched.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WardIndex } from '../../src/lib/ward-search';
import { planShards, shardChoices, shardKey, shardSource, wholeSource, type WardShards } from '../../src/lib/ward-shards';

const HCM = 'Thành phố Hồ Chí Minh';
const index: WardIndex = {
  p: ['Tỉnh Yên Bái', HCM, 'Thành phố Hà Nội'],
  u: [
    ['27154', 'Phường Bàn Cờ', 1],
    ['27190', 'Phường Chợ Quán', 1],
    ['15002', 'Xã Bình Thuận', 0],
    ['15003', 'Xã Bình Hòa', 0],
    ['27664', 'Xã An Thới Đông', 1],
    ['00500', 'Xã Đông Anh', 2],
  ],
  f: [
    // Its targets out of the index's order.
    ['Phường 5', 'Quận 3', HCM, ['27190', '27154']],
    ['Xã Báo Đáp', 'Huyện Trấn Yên', 'Tỉnh Yên Bái', ['15002']],
  ],
};
const codes = (shard: WardIndex | undefined) => shard?.u.map(([code]) => code);
const formers = (shard: WardIndex | undefined) => shard?.f.map(([name]) => name);
/** Gzip shrinks this JSON about 8-fold. */
const gzip8 = (json: string) => Math.ceil(json.length / 8);

describe('cutting the index into shards', () => {
  // Nothing fits: every prefix is split as far as its words go. (Planned in each test, not while the
  // tests are collected: Stryker counts what runs then for no test.)
  const tiny = () => {
    const { shards, split } = planShards(index, gzip8, 1);
    return { shards, split, shardOf: (word: string) => shards.get(shardKey(word, new Set(split))) };
  };

  it('files each unit under every word of its name and province, and a former unit under its district too', () => {
    const { shardOf } = tiny();
    expect(codes(shardOf('ban'))).toEqual(['27154']);
    expect(codes(shardOf('minh'))).toEqual(['27154', '27190', '27664']);
    // "Trấn Yên" is a district's name, not the type "Thị trấn".
    expect(formers(shardOf('tran'))).toEqual(['Xã Báo Đáp']);
    expect(formers(shardOf('yen'))).toEqual(['Xã Báo Đáp']);
  });
  it('holds with a former unit the current units it became, in the index’s order', () => {
    const { shards, shardOf } = tiny();
    expect(shardOf('bao')).toEqual({ p: index.p, u: [index.u[2]], f: [index.f[1]] });
    expect(shards.get('5')).toEqual({ p: index.p, u: [index.u[0], index.u[1]], f: [index.f[0]] });
  });
  it('files numbers whole, and every current unit by the first two digits of its code', () => {
    const { shards } = tiny();
    expect(formers(shards.get('3'))).toEqual(['Phường 5']);
    expect(codes(shards.get('ma27'))).toEqual(['27154', '27190', '27664']);
    expect(codes(shards.get('ma15'))).toEqual(['15002', '15003']);
    expect(codes(shards.get('ma00'))).toEqual(['00500']);
    expect(shards.get('ma27')!.f).toEqual([]);
  });
  it('splits a prefix only while longer words share it, and keeps a shard for a split prefix that is a word itself', () => {
    const { shards, split } = tiny();
    // "binh" is the end of its words: its shard stays whole however large. "an" is a word and the start of "anh".
    expect(split).toEqual([...split].sort());
    expect(split).toContain('bin');
    expect(split).not.toContain('binh');
    expect(split).toContain('an');
    expect(codes(shards.get('binh'))).toEqual(['15002', '15003']);
    expect(codes(shards.get('an'))).toEqual(['27664']);
    expect(codes(shards.get('anh'))).toEqual(['00500']);
    // No shard for the split prefix "ba": no unit has that word.
    expect(split).toContain('ba');
    expect(shards.has('ba')).toBe(false);
  });
  it('splits no prefix whose shard measures the limit, and splits it a byte under', () => {
    const whole = planShards(index, gzip8, Infinity);
    expect(whole.split).toEqual([]);
    const largest = Math.max(...[...whole.shards].filter(([key]) => /^[a-z]$/.test(key)).map(([, shard]) => gzip8(JSON.stringify(shard))));
    expect(planShards(index, gzip8, largest).split).toEqual([]);
    expect(planShards(index, gzip8, largest - 1).split.length).toBeGreaterThan(0);
  });
  it('tells the page the size of every shard of 2 KB or more and of every split prefix’s own shard, never of a code shard', () => {
    // A measure that makes the shards holding a Bình unit 2 KB, the others nothing: the code shard ma15
    // holds two, and "an" and "ho" are split prefixes with a shard of their own.
    const measure = (json: string) => (json.includes('Bình') ? 2048 : 100);
    const plan = planShards(index, measure, 1);
    expect(plan.sizes).toEqual({ an: 0, ho: 0, bai: 2, bao: 2, binh: 2, dap: 2, hoa: 2, thuan: 2, tran: 2, yen: 2 });
    expect(plan.shards.has('ma15')).toBe(true);
  });
});

describe('the shard a query chooses', () => {
  const shards: Pick<WardShards, 'split' | 'sizes'> = { split: ['b', 'ba', 't'], sizes: { ba: 1, ban: 3, th: 6, b: 1 } };
  it('files a word under its first letter, or a longer prefix where the letter is split; a number under itself', () => {
    const split = new Set(shards.split);
    expect(shardKey('can', split)).toBe('c');
    expect(shardKey('ban', split)).toBe('ban');
    expect(shardKey('ba', split)).toBe('ba');
    expect(shardKey('bo', split)).toBe('bo');
    expect(shardKey('15', split)).toBe('15');
  });
  it('chooses nothing for a single letter, a type word or a number of four digits or more', () => {
    expect(shardChoices(['c'], shards)).toEqual([]);
    expect(shardChoices(['phuong', 'xa'], shards)).toEqual([]);
    expect(shardChoices(['1900'], shards)).toEqual([]);
    expect(shardChoices(['15'], shards)).toEqual([{ key: '15', complete: true }]);
  });
  it('puts a complete shard first, then a split prefix typed whole, then the start of a type word', () => {
    expect(shardChoices(['phu', 'ba', 'can'], shards)).toEqual([
      { key: 'c', complete: true },
      { key: 'ba', complete: false },
      { key: 'p', complete: false },
    ]);
  });
  it('while the last word is being typed, lets only it wait for a complete shard', () => {
    expect(shardChoices(['phu', 'ban'], shards, true)).toEqual([
      { key: 'ban', complete: true },
      { key: 'p', complete: false },
    ]);
    expect(shardChoices(['ban', 'phu'], shards, true)).toEqual([{ key: 'ban', complete: true }]);
  });
  it('counts a shard complete when any word chooses it completely', () => {
    // "th" is the start of "thị", "thành" (not complete); "thu" is filed under "th" too, all of it.
    expect(shardChoices(['th', 'thu'], shards)).toEqual([{ key: 'th', complete: true }]);
  });
});

describe('fetching shards', () => {
  afterEach(() => vi.unstubAllGlobals());
  const plan: WardShards = { url: '/phuong-xa/chi-muc/', split: [], sizes: {} };

  it('fetches each shard once, and again after a failed fetch', async () => {
    const load = vi.fn<(url: string) => Promise<WardIndex>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(index);
    const source = shardSource(plan, load);
    await expect(source.forWords(['ban'])).rejects.toThrow('offline');
    expect(await source.forWords(['ban'])).toEqual({ index, complete: true });
    expect(await source.forWords(['bo'])).toEqual({ index, complete: true });
    expect(load.mock.calls).toEqual([['/phuong-xa/chi-muc/b.json'], ['/phuong-xa/chi-muc/b.json']]);
  });
  it('gives no shard when no word chooses one', async () => {
    const load = vi.fn(async () => index);
    expect(await shardSource(plan, load).forWords(['phuong'])).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });
  it('reads a shard from the site, and takes a missing code shard for no unit with that code', async () => {
    const fetch = vi.fn(async (url: string) => (url.endsWith('ma99.json') ? new Response('', { status: 404 }) : Response.json(index)));
    vi.stubGlobal('fetch', fetch);
    const source = shardSource(plan);
    expect(await source.forCode('27154')).toEqual(index);
    expect(await source.forCode('99001')).toEqual({ p: [], u: [], f: [] });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/phuong-xa/chi-muc/ma27.json', '/phuong-xa/chi-muc/ma99.json']);
  });
  it('fails on a server error or when offline, for a code too', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    await expect(shardSource(plan).forCode('27154')).rejects.toThrow('/phuong-xa/chi-muc/ma27.json: 503');
    await expect(shardSource(plan, () => Promise.reject(new Error('offline'))).forCode('27154')).rejects.toThrow('offline');
  });
  it('takes a missing shard of a number for no unit with that number, not for a network error', async () => {
    // Numbers of up to three digits choose their own shard; the build writes one only for a number some unit has.
    vi.stubGlobal('fetch', async (url: string) => (url.endsWith('/99.json') ? new Response('', { status: 404 }) : Response.json(index)));
    expect(await shardSource(plan).forWords(['phuong', '99'])).toEqual({ index: { p: [], u: [], f: [] }, complete: true });
    expect(await shardSource(plan).forWords(['phuong', '5'])).toEqual({ index, complete: true });
  });
  it('serves one whole index as a complete shard (tests and fixtures)', async () => {
    const source = wholeSource(index);
    expect(await source.forWords(['ban'])).toEqual({ index, complete: true });
    expect(await source.forCode('27154')).toBe(index);
  });
});
