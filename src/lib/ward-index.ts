import { gzipSync } from 'node:zlib';
import type { FormerUnitEntry } from './former-units';
import { isoOf, sessionLine, upcomingSessions, type SessionLike } from './sessions';
import { planShards } from './ward-shards';
import type { WardIndex } from './ward-search';

/**
 * The lookup index of the whole country, and its shards (build side: node:zlib measures them). Pure,
 * so a test builds the same shards from the package's tables as the site does from the unit model.
 */

/**
 * A shard is split into longer prefixes above this (gzip bytes). With it the national index makes
 * ~450 files; the largest shards are single words no prefix can split ("bình", ~24 KB), so a query
 * never costs more than that, and a typical one 1–5 KB.
 */
export const SHARD_LIMIT = 10 * 1024;

export const gzipSize = (json: string) => gzipSync(json, { level: 9 }).length;

export interface WardIndexInput {
  /** In the order the lookup names them (by name). */
  provinces: { code: string; name: string }[];
  units: Iterable<{ code: string; name: string; provinceCode: string; sessions?: readonly SessionLike[] | undefined }>;
  former: Iterable<FormerUnitEntry>;
  /** A scoped deployment's provinces (codes) and national site. */
  scope?: { provinces: Set<string>; nationalSite?: string | undefined };
}

/**
 * p = province names; u = [code, name, province index]; f = [name, district, province, [codes]];
 * s = the next registration days of the units that published some (the lookup shows the next one).
 * The whole country always: a scoped deployment lists in x the provinces it has pages for, and in n
 * the national site that has the others (or nothing). Names are real; folding happens in the browser.
 */
export function wardIndexOf({ provinces, units, former, scope }: WardIndexInput): WardIndex {
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i]));
  const list = [...units];
  return {
    p: provinces.map((p) => p.name),
    u: list.map((u) => {
      const province = provinceIndex.get(u.provinceCode);
      // The lookup would show such a unit under no province (null in the JSON): stop the build instead.
      if (province === undefined) throw new Error(`Đơn vị ${u.code} (${u.name}) thuộc tỉnh mã ${u.provinceCode}, không có trong danh sách tỉnh/thành phố. Sửa: kiểm tra dữ liệu đơn vị hành chính.`);
      return [u.code, u.name, province];
    }),
    f: [...former].map((e) => [e.former.name, e.former.district, e.former.province, e.targets]),
    s: Object.fromEntries(
      list.flatMap((u) => {
        const days = upcomingSessions(u.sessions ?? []).slice(0, 3);
        return days.length ? [[u.code, days.map((d): [string, string] => [isoOf(d.date), sessionLine(d)])]] : [];
      }),
    ),
    ...(scope?.provinces.size ? { x: provinces.flatMap((p, i) => (scope.provinces.has(p.code) ? [i] : [])), n: scope.nationalSite ?? null } : {}),
  };
}

export const wardShardsOf = (index: WardIndex) => planShards(index, gzipSize, SHARD_LIMIT);
