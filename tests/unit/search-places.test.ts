// Place names in the site search and the ward lookup, against a small ward index: when a query names a
// place, which words name it and which are left for the topic search, what is fetched to find it (a
// shard per query, nothing for a word that cannot name a ward), and what happens offline.
import { describe, expect, it, vi } from 'vitest';
import { findPlace, findWards, mayBePlace, mentionsPlace, placeLookup, searchEverything, WEAK_STRENGTH, type PlaceLookup } from '../../src/lib/search-places';
import type { WardIndex } from '../../src/lib/ward-search';
import { shardSource, wholeSource, type WardSource } from '../../src/lib/ward-shards';

const HCM = 'Thành phố Hồ Chí Minh';
const PROVINCES = ['Tỉnh Long An', 'Tỉnh Tây Ninh', 'Tỉnh Đồng Tháp', 'Tỉnh Vĩnh Long', 'Tỉnh Cà Mau', 'Tỉnh An Giang'];
const wards: WardIndex = {
  p: [HCM, 'Tỉnh Yên Bái', ...PROVINCES],
  u: [
    ['27154', 'Phường Bàn Cờ', 0],
    ['27664', 'Xã Cần Giờ', 0],
    ['27190', 'Phường Chợ Quán', 0],
    ['15001', 'Xã Hạnh Phúc', 1],
    // Six wards of one name: too vague to guess from. Five of another: the first three are shown.
    ...PROVINCES.map((_, i): [string, string, number] => [`8000${i}`, 'Xã Tân Thành', i + 2]),
    ...PROVINCES.slice(0, 5).map((_, i): [string, string, number] => [`8100${i}`, 'Xã Tân Lập', i + 2]),
  ],
  f: [
    ['Phường 5', 'Quận 3', HCM, ['27154']],
    ['Phường 3', 'Quận 5', HCM, ['27190']],
    ['Thị trấn Cần Thạnh', 'Huyện Cần Giờ', HCM, ['27664']],
    ['Xã Bản Công', 'Huyện Trạm Tấu', 'Tỉnh Yên Bái', ['15001']],
  ],
};

/** The whole index as the source, recording what each search asks for. */
function recorded(source: WardSource = wholeSource(wards)) {
  const words: string[][] = [];
  const codes: string[] = [];
  const lookup = placeLookup({
    forWords: (w, typing) => (words.push(w), source.forWords(w, typing)),
    forCode: (c) => (codes.push(c), source.forCode(c)),
  });
  return { lookup, words, codes };
}
const places = placeLookup(wholeSource(wards));
const offline: WardSource = { forWords: () => Promise.reject(new Error('offline')), forCode: () => Promise.reject(new Error('offline')) };

describe('whether a query names a place', () => {
  it('needs a name after the place word', () => {
    expect(mentionsPlace('cong an phuong')).toBe(false);
    expect(mentionsPlace('phuong')).toBe(false);
    expect(mentionsPlace('phuong ban co')).toBe(true);
  });
  it('reads on past "cơ quan", "xã hội" and a place word that names nothing', () => {
    expect(mentionsPlace('co quan phuong ban co')).toBe(true);
    expect(mentionsPlace('co quan xa hoi')).toBe(false);
    expect(mentionsPlace('dang ky o phuong nao quan 3')).toBe(true);
  });
  it('takes a word of five digits for a ward code, anywhere in the query, and no longer number', () => {
    expect(mentionsPlace('27154 o dau')).toBe(true);
    expect(mentionsPlace('ma 27154')).toBe(true);
    expect(mentionsPlace('so dinh danh 001234567890')).toBe(false);
    expect(mentionsPlace('123456')).toBe(false);
  });
});

describe('finding a ward by its code', () => {
  it('finds the unit with that code and leaves the other words for the topics', async () => {
    const found = (await findPlace(places, 'dang ky 27190 o dau'))!;
    expect(found.hits).toEqual([{ kind: 'current', code: '27190', name: 'Phường Chợ Quán', province: HCM, score: 0 }]);
    expect(found.span).toBe('27190');
    expect(found.rest).toBe('dang ky o dau');
    expect(found.index).toBe(wards);
  });
  it('finds nothing for a code no unit has, and asks nothing by code for other words', async () => {
    const { lookup, codes } = recorded();
    expect(await findPlace(lookup, '27999')).toBeNull();
    expect(codes).toEqual(['27999']);
    await findPlace(lookup, 'phuong ban co');
    await findPlace(lookup, 'cmnd 123456789');
    expect(codes).toEqual(['27999']);
  });
  it('finds nothing, without failing, when the shard cannot be fetched', async () => {
    expect(await findPlace(placeLookup(offline), '27154')).toBeNull();
    expect(await findPlace(placeLookup(offline), 'phuong ban co dang ky')).toBeNull();
  });
});

describe('finding a ward by its name', () => {
  it('keeps the words that named it together, and the others for the topics', async () => {
    const found = (await findPlace(places, 'dang ky o phuong 5 quan 3 o dau'))!;
    expect(found.span).toBe('phuong 5 quan 3');
    expect(found.rest).toBe('dang ky o o dau');
    expect(found.hits).toEqual([expect.objectContaining({ kind: 'former', name: 'Phường 5', district: 'Quận 3' })]);
  });
  it('reads a short query without a place word as a name, from its start or further on', async () => {
    const found = (await findPlace(places, 'ban co sai gon'))!;
    expect(found.hits[0]).toEqual(expect.objectContaining({ kind: 'current', code: '27154' }));
    expect(found.rest).toBe('sai gon');
    expect((await findPlace(places, 'o ban co'))!.rest).toBe('o');
  });
  it('looks for no name in a long question without a place word, and fetches nothing for it', async () => {
    const { lookup, words } = recorded();
    expect(await findPlace(lookup, 'toi o ban co muon hoi')).toBeNull();
    expect(words).toEqual([]);
  });
  it('takes no single word or number for a name: "trẻ 5 tuổi" is not Phường 5', async () => {
    const { lookup, words } = recorded();
    expect(await findPlace(lookup, '5')).toBeNull();
    expect(await findPlace(lookup, 'ban')).toBeNull();
    expect(words).toEqual([]);
    expect(await findPlace(lookup, 'tre 5 tuoi')).toBeNull();
    expect(await findPlace(lookup, 'quen 3')).toBeNull();
  });
  it('reads a place name of at most seven words; the rest of a long query is left to the topics', async () => {
    const found = (await findPlace(places, 'phuong 5 quan 3 thanh pho ho chi minh'))!;
    expect(found.span).toBe('phuong 5 quan 3 thanh pho ho');
    expect(found.rest).toBe('chi minh');
  });
  it('shows at most three wards of one name, and none when more than five share it', async () => {
    const five = (await findPlace(places, 'xa tan lap'))!;
    expect(five.hits.map((h) => h.name)).toEqual(['Xã Tân Lập', 'Xã Tân Lập', 'Xã Tân Lập']);
    expect(await findPlace(places, 'xa tan thanh')).toBeNull();
    // Named with its province, one of the six is no longer vague.
    expect((await findPlace(places, 'xa tan thanh tay ninh'))!.hits).toEqual([expect.objectContaining({ kind: 'current', code: '80001' })]);
  });
  it('when the shard of the word after the place word cannot be had, tries the word after that, if there is one', async () => {
    const words: string[][] = [];
    const lookup: PlaceLookup = {
      forWords: (w) => (words.push(w), w[0] === '5' || w[0] === 'ban' ? Promise.resolve(null) : places.forWords(w)),
      forCode: places.forCode,
    };
    expect((await findPlace(lookup, 'phuong 5 quan 3'))!.hits[0]).toEqual(expect.objectContaining({ name: 'Phường 5', district: 'Quận 3' }));
    expect(words).toEqual([['5'], ['quan']]);
    words.length = 0;
    expect(await findPlace(lookup, 'phuong ban')).toBeNull();
    expect(words).toEqual([['ban']]);
  });
});

describe('the shards of the site search', () => {
  it('prepares each shard once', async () => {
    const lookup = placeLookup(wholeSource(wards));
    const first = await lookup.forWords(['ban']);
    expect(first!.index).toBe(wards);
    expect(await lookup.forWords(['co'])).toBe(first);
    expect(await lookup.forCode('27154')).toBe(first);
  });
  it('gives no shard, rather than an error, offline', async () => {
    const lookup = placeLookup(offline);
    expect(await lookup.forWords(['ban'])).toBeNull();
    expect(await lookup.forCode('27154')).toBeNull();
  });
  it('gives no shard when no word can choose one', async () => {
    const lookup = placeLookup({ forWords: async () => null, forCode: wholeSource(wards).forCode });
    expect(await lookup.forWords(['phuong'])).toBeNull();
  });
});

describe('the ward lookup', () => {
  it('answers a question naming a place it cannot match whole with nothing, from the chosen shard', async () => {
    expect(await findWards(wholeSource(wards), 'phuong xyz')).toEqual({ index: wards, hits: [] });
  });
  it('answers a ward number no unit has with no ward, not with an error', async () => {
    // The site has a shard for each number some unit has: none for 99.
    vi.stubGlobal('fetch', async (url: string) => (url.endsWith('/99.json') ? new Response('', { status: 404 }) : Response.json(wards)));
    try {
      const source = shardSource({ url: '/phuong-xa/chi-muc/', split: [], sizes: {} });
      expect((await findWards(source, 'phuong 99')).hits).toEqual([]);
      expect((await findWards(source, 'phuong 5 quan 3')).hits[0]).toEqual(expect.objectContaining({ name: 'Phường 5', district: 'Quận 3' }));
    } finally {
      vi.unstubAllGlobals();
    }
  });
  it('falls back to the place inside a question', async () => {
    const { index, hits } = await findWards(wholeSource(wards), 'dang ky o p5 q3 o dau');
    expect(index).toBe(wards);
    expect(hits[0]).toEqual(expect.objectContaining({ name: 'Phường 5', district: 'Quận 3' }));
  });
});

describe('when a query may be a place name after all', () => {
  const topic = (strength: number, extra: string[] = []) => ({ strength, query: { extra } });
  it('is a short query the topics answer weakly', () => {
    expect(mayBePlace('ban co', topic(10, ['ban_co']))).toBe(true);
    expect(mayBePlace('ben', topic(3))).toBe(true);
    expect(mayBePlace('ban co tp hcm', topic(WEAK_STRENGTH - 0.1, ['ban_co', 'co_tp', 'tp_hcm']))).toBe(true);
  });
  it('is not a query of five words or more, a query the topics answer well, or one using the site’s synonyms', () => {
    expect(mayBePlace('ban co thanh pho hcm', topic(2))).toBe(false);
    expect(mayBePlace('quen mat khau', topic(40, ['quen_mat', 'mat_khau']))).toBe(false);
    expect(mayBePlace('ban co', topic(WEAK_STRENGTH, ['ban_co']))).toBe(false);
    expect(mayBePlace('cccd', topic(3, ['zs4']))).toBe(false);
  });
});

describe('the whole search', () => {
  const topicsOf = (strength: number) => vi.fn((q: string) => ({ strength, query: { extra: [] as string[] }, q }));
  it('searches the topics for the whole query when a place word names no ward', async () => {
    const topics = topicsOf(40);
    expect(await searchEverything('phuong xyz', topics, places)).toEqual({ place: null, topic: expect.objectContaining({ q: 'phuong xyz' }) });
  });
  it('shows a bare place at once, without an early call or a topic search', async () => {
    const topics = topicsOf(40);
    const early = vi.fn();
    const { place, topic } = await searchEverything('phuong ban co', topics, places, early);
    expect(place!.hits[0]).toEqual(expect.objectContaining({ code: '27154' }));
    expect(topic).toBeNull();
    expect(early).not.toHaveBeenCalled();
    expect(topics).not.toHaveBeenCalled();
  });
  it('searches the topics for the rest of a question naming a place, with or without an early call', async () => {
    const topics = topicsOf(40);
    const { place, topic } = await searchEverything('phuong ban co dang ky o dau', topics, places);
    expect(place!.rest).toBe('dang ky o dau');
    expect(topic).toEqual(expect.objectContaining({ q: 'dang ky o dau' }));
  });
  it('looks for a place after weak topic results only', async () => {
    expect((await searchEverything('ban co', topicsOf(5), places)).place!.hits[0]).toEqual(expect.objectContaining({ code: '27154' }));
    expect((await searchEverything('ban co', topicsOf(40), places)).place).toBeNull();
  });
});
