import { getCollection, getEntry } from 'astro:content';
import { scopeProvinces } from './build-scope';
import { buildFormerIndex, formerKey, type FormerUnitEntry, type FormerUnitRef } from './former-units';

/**
 * The ward model every page reads: current units with their former units (including declared
 * splits and the clauses deciding them), provinces, the resolution behind each province's units,
 * and each unit's verified details from content/wards/.
 * Built once per build; ward pages, province pages, the lookup index and redirects share it.
 */
export interface UnitFormer extends FormerUnitRef {
  /** Only part of this former unit joined the current one. */
  partial: boolean;
  path: string;
  /** For a split unit: the resolution's clauses that decide each part (content/unit-splits.yaml). */
  splitNote?: string | undefined;
}

/** The fragment of a current unit's page that names one of its former units (#cu-quan-3-phuong-5). */
export const formerFragment = (path: string) => `cu-${path.replace(/^\/phuong-xa\/cu\/[^/]+\//, '').replace(/\/$/, '').replace(/\//g, '-')}`;

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
  // A benchmark build of fewer units (VNEID_UNIT_LIMIT) sets aside the splits into units it does not build.
  const usableSplits = Number(process.env.VNEID_UNIT_LIMIT) > 0 ? splits.filter((s) => s.data.into.every((code) => codes.has(code))) : splits;
  const former = buildFormerIndex(
    units.map((u) => u.data),
    usableSplits.map((s) => ({ id: s.id, former: s.data.former, into: s.data.into })),
  );
  const provinceByCode = new Map(provinces.map((p) => [p.data.code, p.data]));
  const splitNotes = new Map(splits.map((s) => [formerKey(s.data.former), s.data.note]));
  const splitSources = new Map(splits.map((s) => [formerKey(s.data.former), s.data.source]));
  const formerByTarget = new Map<string, UnitFormer[]>();
  for (const [key, entry] of former) {
    for (const code of entry.targets) {
      const list = formerByTarget.get(code) ?? [];
      list.push({ ...entry.former, partial: entry.split, path: entry.path, splitNote: splitNotes.get(key) });
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
  const sortedProvinces = [...provinceByCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const scope = await readScope(sortedProvinces);
  const inScope = (code: string) => scope.provinces.size === 0 || scope.provinces.has(byCode.get(code)?.provinceCode ?? '');
  return { byCode, provinces: sortedProvinces, former, splitNotes, splitSources, inScope, scope };
}

/**
 * content/settings/site.yaml `scope`: the provinces this deployment builds ward pages for (empty: the
 * whole country), checked against the national list so a typo fails with the valid names.
 */
async function readScope(provinces: { code: string; slug: string; name: string }[]) {
  const settings = (await getEntry('settings', 'site'))?.data;
  const { slugs: wanted, source } = scopeProvinces(settings?.scope.provinces);
  const unknown = wanted.filter((slug) => !provinces.some((p) => p.slug === slug));
  if (unknown.length) {
    throw new Error(`${source} có ${unknown.map((u) => `"${u}"`).join(', ')} không phải tỉnh, thành phố nào. Sửa: dùng một trong: ${provinces.map((p) => p.slug).join(', ')}.`);
  }
  return { provinces: new Set(provinces.filter((p) => wanted.includes(p.slug)).map((p) => p.code)), nationalSite: settings?.scope.nationalSite };
}

let model: ReturnType<typeof build> | undefined;
export function getUnitModel() {
  model ??= build();
  return model;
}

export type UnitView = Awaited<ReturnType<typeof build>>['byCode'] extends Map<string, infer V> ? V : never;

export { unitPath, provincePath } from './routes.ts';
export { formerKey, type FormerUnitEntry };
