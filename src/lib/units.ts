import { getCollection } from 'astro:content';
import { buildFormerIndex, formerKey, type FormerUnitEntry, type FormerUnitRef } from './former-units';

/**
 * The ward model every page reads: current units with their former units (including declared
 * splits), provinces, the resolution behind each province's units, and historical contacts.
 * Built once per build; ward pages, province pages, the lookup index and redirects share it.
 */
export interface UnitFormer extends FormerUnitRef {
  /** Only part of this former unit joined the current one. */
  partial: boolean;
  path: string;
}

async function build() {
  const [units, provinces, splits, resolutions, wards] = await Promise.all([
    getCollection('units'),
    getCollection('provinces'),
    getCollection('unitSplits'),
    getCollection('unitResolutions'),
    getCollection('wards'),
  ]);
  const codes = new Set(units.map((u) => u.data.code));
  for (const ward of wards) {
    if (ward.id !== ward.data.code) {
      throw new Error(`content/wards/${ward.id}.yaml: trường "code" là "${ward.data.code}" nhưng tên tệp là ${ward.id}. Sửa: đặt tên tệp đúng bằng mã, ví dụ content/wards/${ward.data.code}.yaml.`);
    }
    if (!codes.has(ward.id)) {
      throw new Error(`content/wards/${ward.id}.yaml: mã "${ward.id}" không phải phường/xã hiện nay. Sửa: tra mã đúng ở trang Phường/xã.`);
    }
  }
  // Read once here: a getEntry per unit would warn for each of the ~3,300 units without a file.
  const detailsByCode = new Map(wards.map((w) => [w.id, w.data]));
  const former = buildFormerIndex(
    units.map((u) => u.data),
    splits.map((s) => ({ id: s.id, former: s.data.former, into: s.data.into })),
  );
  const provinceByCode = new Map(provinces.map((p) => [p.data.code, p.data]));
  const formerByTarget = new Map<string, UnitFormer[]>();
  for (const entry of former.values()) {
    for (const code of entry.targets) {
      const list = formerByTarget.get(code) ?? [];
      list.push({ ...entry.former, partial: entry.split, path: entry.path });
      formerByTarget.set(code, list);
    }
  }
  const byCode = new Map(
    units.map((u) => {
      const province = provinceByCode.get(u.data.provinceCode);
      if (!province) throw new Error(`Đơn vị ${u.data.code} (${u.data.name}) thuộc tỉnh mã ${u.data.provinceCode} không có trong danh sách tỉnh.`);
      const formerUnits = (formerByTarget.get(u.data.code) ?? []).sort((a, b) => a.district.localeCompare(b.district, 'vi') || a.name.localeCompare(b.name, 'vi', { numeric: true }));
      return [u.data.code, { ...u.data, province, formerUnits, resolution: resolutions.find((r) => r.id === u.data.provinceCode)?.data.source, details: detailsByCode.get(u.data.code) }];
    }),
  );
  return { byCode, provinces: [...provinceByCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')), former };
}

let model: ReturnType<typeof build> | undefined;
export function getUnitModel() {
  model ??= build();
  return model;
}

export type UnitView = Awaited<ReturnType<typeof build>>['byCode'] extends Map<string, infer V> ? V : never;

export const unitPath = (code: string) => `/phuong-xa/${code}/`;
export const provincePath = (slug: string) => `/phuong-xa/tinh/${slug}/`;
export { formerKey, type FormerUnitEntry };
