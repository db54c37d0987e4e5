// The ward lookup's index of the whole country: what it holds is what a resident sees when looking up
// a ward (its province, the units a former ward became, the next registration days) and where each
// result links (this site, the national site, or nowhere on a scoped deployment).
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormerUnitEntry } from '../../src/lib/former-units';
import type { SessionLike } from '../../src/lib/sessions';
import { gzipSize, SHARD_LIMIT, wardIndexOf, wardShardsOf, type WardIndexInput } from '../../src/lib/ward-index';
import { unitHref } from '../../src/lib/ward-search';

const HA_NOI = { code: '01', name: 'Thành phố Hà Nội' };
const HCM = { code: '79', name: 'Thành phố Hồ Chí Minh' };

const CONG_AN = 'Trụ sở Công an xã Cần Giờ';
const NHA_VAN_HOA = 'Nhà văn hóa khu phố 3';
const session = (date: Date | string, start: string, end: string, place: string): SessionLike => ({ date, start, end, place });

const units = (): WardIndexInput['units'] => [
  { code: '00004', name: 'Phường Ba Đình', provinceCode: '01' },
  {
    code: '27664',
    name: 'Xã Cần Giờ',
    provinceCode: '79',
    sessions: [
      session('2026-12-20', '07:30', '11:00', NHA_VAN_HOA),
      session(new Date('2026-12-14T00:00:00Z'), '13:30', '16:00', CONG_AN),
      session('2026-12-12', '07:30', '11:00', NHA_VAN_HOA),
      session('2026-12-12', '07:30', '11:00', NHA_VAN_HOA),
      session('2026-12-09', '07:30', '11:00', NHA_VAN_HOA),
      session('2026-12-10', '07:00', '11:00', CONG_AN),
    ],
  },
  { code: '27154', name: 'Phường Bàn Cờ', provinceCode: '79', sessions: [session('2026-12-01', '07:30', '11:00', 'Công an phường Bàn Cờ')] },
  { code: '27139', name: 'Phường Xuân Hòa', provinceCode: '79', sessions: [] },
];

const FORMER: FormerUnitEntry[] = [
  { former: { code: '27667', name: 'Thị trấn Cần Thạnh', district: 'Huyện Cần Giờ', province: 'Thành phố Hồ Chí Minh' }, targets: ['27664'], split: false, path: '/phuong-xa/cu/ho-chi-minh/huyen-can-gio/thi-tran-can-thanh/' },
  { former: { name: 'Phường 4', district: 'Quận 3', province: 'Thành phố Hồ Chí Minh' }, targets: ['27154', '27139'], split: true, path: '/phuong-xa/cu/ho-chi-minh/quan-3/phuong-4/' },
];

/** As the build passes them: the units as a list, the former units as a Map's one-pass iterator. */
const input = (scope?: WardIndexInput['scope']): WardIndexInput => ({
  provinces: [HA_NOI, HCM],
  units: units(),
  former: new Map(FORMER.map((e) => [e.path, e])).values(),
  ...(scope ? { scope } : {}),
});

// 01:00 on Thursday 10 December 2026 in Vietnam, still the 9th in UTC.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-09T18:00:00Z'));
});
afterEach(() => void vi.useRealTimers());

describe('wardIndexOf', () => {
  it('names the provinces in the given order, and gives each unit the position of its province in that list', () => {
    const index = wardIndexOf(input());
    expect(index.p).toEqual(['Thành phố Hà Nội', 'Thành phố Hồ Chí Minh']);
    expect(index.u).toEqual([
      ['00004', 'Phường Ba Đình', 0],
      ['27664', 'Xã Cần Giờ', 1],
      ['27154', 'Phường Bàn Cờ', 1],
      ['27139', 'Phường Xuân Hòa', 1],
    ]);
    const reordered = wardIndexOf({ ...input(), provinces: [HCM, HA_NOI] });
    expect(reordered.p).toEqual(['Thành phố Hồ Chí Minh', 'Thành phố Hà Nội']);
    expect(reordered.u.map(([code, , p]) => [code, p])).toEqual([['00004', 1], ['27664', 0], ['27154', 0], ['27139', 0]]);
  });

  it('stops at a unit whose province is not in the list, naming it, instead of listing it under no province', () => {
    expect(() => wardIndexOf({ ...input(), provinces: [HCM] })).toThrow('Đơn vị 00004 (Phường Ba Đình) thuộc tỉnh mã 01, không có trong danh sách tỉnh/thành phố');
  });

  it('lists each former unit by name, district and province with every current unit it became, and nothing else', () => {
    expect(wardIndexOf(input()).f).toEqual([
      ['Thị trấn Cần Thạnh', 'Huyện Cần Giờ', 'Thành phố Hồ Chí Minh', ['27664']],
      ['Phường 4', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154', '27139']],
    ]);
  });

  it('keeps the next three registration days of a unit from today in Vietnam, soonest first and each once, as day and line', () => {
    expect(wardIndexOf(input()).s).toEqual({
      '27664': [
        ['2026-12-10', `Thứ Năm 10/12/2026, 7:00–11:00, ${CONG_AN}`],
        ['2026-12-12', `Thứ Bảy 12/12/2026, 7:30–11:00, ${NHA_VAN_HOA}`],
        ['2026-12-14', `Thứ Hai 14/12/2026, 13:30–16:00, ${CONG_AN}`],
      ],
    });
  });

  it('lists no unit whose days have all passed, or that published none', () => {
    vi.setSystemTime(new Date('2026-12-20T17:00:00Z')); // 00:00 on 21 December in Vietnam
    expect(wardIndexOf(input()).s).toEqual({});
    vi.setSystemTime(new Date('2026-12-20T16:59:59Z')); // the last minute of 20 December
    expect(wardIndexOf(input()).s).toEqual({ '27664': [['2026-12-20', `Chủ nhật 20/12/2026, 7:30–11:00, ${NHA_VAN_HOA}`]] });
  });

  it('takes units and former units as one-pass iterables, reading the units for both the list and the days', () => {
    function* once<T>(items: T[]) {
      yield* items;
    }
    const index = wardIndexOf({ provinces: [HA_NOI, HCM], units: once([...units()]), former: once(FORMER) });
    expect(index.u.map(([code]) => code)).toEqual(['00004', '27664', '27154', '27139']);
    expect(Object.keys(index.s ?? {})).toEqual(['27664']);
    expect(index.f.length).toBe(2);
  });

  it('has no scope fields for a national site, or for a scope naming no province: every unit links to this site', () => {
    for (const index of [wardIndexOf(input()), wardIndexOf(input({ provinces: new Set(), nationalSite: 'https://vneid-guide.gov.vn/' }))]) {
      expect(Object.keys(index).sort()).toEqual(['f', 'p', 's', 'u']);
      expect(unitHref(index, '00004', '/phuong-xa/')).toBe('/phuong-xa/00004/');
    }
  });

  it('lists in x the provinces a scoped deployment has pages for, in the lookup order, and in n the national site for the rest', () => {
    const index = wardIndexOf(input({ provinces: new Set(['79']), nationalSite: 'https://vneid-guide.gov.vn/' }));
    expect([index.x, index.n]).toEqual([[1], 'https://vneid-guide.gov.vn/']);
    expect(unitHref(index, '27664', '/phuong-xa/')).toBe('/phuong-xa/27664/');
    expect(unitHref(index, '00004', '/phuong-xa/')).toBe('https://vneid-guide.gov.vn/phuong-xa/00004/');
    // A national site written without its last "/", or under a sub-path, still gets the unit's page.
    expect(unitHref(wardIndexOf(input({ provinces: new Set(['79']), nationalSite: 'https://vneid-guide.gov.vn' })), '00004', '/phuong-xa/')).toBe('https://vneid-guide.gov.vn/phuong-xa/00004/');
    expect(unitHref(wardIndexOf(input({ provinces: new Set(['79']), nationalSite: 'https://x.gov.vn/vneid' })), '00004', '/phuong-xa/')).toBe('https://x.gov.vn/vneid/phuong-xa/00004/');
    expect(wardIndexOf(input({ provinces: new Set(['79', '01']) })).x).toEqual([0, 1]);
  });

  it('sets n to null when a scoped deployment names no national site, so units outside it are named without a link', () => {
    const index = wardIndexOf(input({ provinces: new Set(['01']) }));
    expect(index.x).toEqual([0]);
    expect(index.n).toBeNull();
    expect(JSON.parse(JSON.stringify(index)).n).toBeNull();
    expect(unitHref(index, '27664', '/phuong-xa/')).toBeUndefined();
  });
});

describe('SHARD_LIMIT and gzipSize', () => {
  it('split a shard above 10 KB of gzip', () => {
    expect(SHARD_LIMIT).toBe(10240);
  });

  it('measure a shard as gzip at level 9, as the server compresses it, not the default level', () => {
    const json = JSON.stringify(Array.from({ length: 400 }, (_, i) => [`2${i}`, `Phường ${(i * 7919) % 1000} Bình ${i % 13}`, i % 5]));
    expect(gzipSize(json)).toBe(gzipSync(json, { level: 9 }).length);
    expect(gzipSize(json)).toBeLessThan(gzipSync(json).length);
    expect(gzipSize('')).toBe(20);
  });
});

describe('wardShardsOf', () => {
  it('files a small index whole under each word and code prefix, each shard with the scope and the days of its units', () => {
    const { shards, split, sizes } = wardShardsOf(wardIndexOf(input({ provinces: new Set(['79']), nationalSite: 'https://vneid-guide.gov.vn/' })));
    expect(split).toEqual([]);
    expect(sizes).toEqual({});
    expect([...shards.keys()].sort()).toEqual(['3', '4', 'b', 'c', 'd', 'g', 'h', 'm', 'ma00', 'ma27', 'n', 't', 'x']);
    // "giờ": Xã Cần Giờ by its name, Thị trấn Cần Thạnh by its district, Huyện Cần Giờ.
    const g = shards.get('g')!;
    expect(g.u.map(([code]) => code)).toEqual(['27664']);
    expect(g.f.map(([name]) => name)).toEqual(['Thị trấn Cần Thạnh']);
    expect([g.x, g.n, g.s]).toEqual([[1], 'https://vneid-guide.gov.vn/', { '27664': wardIndexOf(input()).s!['27664'] }]);
    expect(shards.get('d')).toEqual({ p: ['Thành phố Hà Nội', 'Thành phố Hồ Chí Minh'], u: [['00004', 'Phường Ba Đình', 0]], f: [], x: [1], n: 'https://vneid-guide.gov.vn/' });
  });

  it('splits a prefix whose shard gzips to more than SHARD_LIMIT into longer prefixes that each fit', () => {
    // 1,500 wards of made-up names starting with "b": the "b" shard alone gzips to far more than 10 KB.
    let seed = 7;
    const letter = () => 'aeiouhnmtgc'[(seed = (seed * 48271) % 2147483647) % 11];
    const many = Array.from({ length: 1500 }, (_, i) => ({ code: String(10000 + i), name: `Xã B${Array.from({ length: 8 }, letter).join('')}`, provinceCode: '01' }));
    const index = wardIndexOf({ provinces: [HA_NOI], units: many, former: [] });
    expect(gzipSize(JSON.stringify(index))).toBeGreaterThan(SHARD_LIMIT);
    const { shards, split } = wardShardsOf(index);
    expect(split).toContain('b');
    expect(shards.has('b')).toBe(false);
    const prefixes = [...shards.keys()].filter((key) => key.startsWith('b') && !split.includes(key));
    expect(prefixes.length).toBeGreaterThan(1);
    for (const key of prefixes) expect(gzipSize(JSON.stringify(shards.get(key))), key).toBeLessThanOrEqual(SHARD_LIMIT);
    expect(new Set(prefixes.flatMap((key) => shards.get(key)!.u.map(([code]) => code))).size).toBe(1500);
  });
});
