import { slugify } from './slug.ts';

/** A unit as it was before 1 July 2025. */
export interface FormerUnitRef {
  code?: string | undefined;
  name: string;
  district: string;
  province: string;
}

/** A former unit and every current unit that took (part of) it. */
export interface FormerUnitEntry {
  former: FormerUnitRef;
  targets: string[];
  /** Divided between several current units (shown as a list, never redirected). */
  split: boolean;
  path: string;
}

const shortProvince = (name: string) => name.replace(/^(Thành phố|Tỉnh)\s+/i, '');

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word with its tone mark moved to the end: the data spells some names with both the old and the
 * new tone placement ("Yên Hoà" / "Yên Hòa"), which are one unit, while "Minh Quán" and "Minh Quân"
 * are two units, so only the tone's position is ignored, never the vowel itself.
 */
export function tonePlacementFree(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(TONE_MARKS, '') + (word.match(TONE_MARKS) ?? []).join(''))
    .join(' ')
    .trim();
}

export const formerKey = (f: FormerUnitRef) => [f.province, f.district, f.name].map(tonePlacementFree).join('|');

/** "/phuong-xa/cu/ho-chi-minh/quan-3/phuong-4/": readable, so staff can type an old address. */
export function formerUnitPath(f: FormerUnitRef): string {
  return `/phuong-xa/cu/${slugify(shortProvince(f.province))}/${slugify(f.district)}/${slugify(f.name)}/`;
}

export interface DeclaredSplit {
  id: string;
  former: FormerUnitRef;
  into: string[];
}

/**
 * Groups former units by province + district + name and checks the rule that each maps to exactly
 * one current unit unless it was split: a split is either marked by the dataset (rows without a
 * former code) or declared in content/unit-splits.yaml, whose "into" is then the unit's complete
 * list of targets. Anything else is a data error.
 */
export function buildFormerIndex(
  units: { code: string; formerUnits: FormerUnitRef[] }[],
  splits: DeclaredSplit[],
): Map<string, FormerUnitEntry> {
  const unitCodes = new Set(units.map((u) => u.code));
  const index = new Map<string, FormerUnitEntry & { datasetSplit: boolean }>();
  const add = (former: FormerUnitRef, target: string, datasetSplit: boolean) => {
    const key = formerKey(former);
    const entry = index.get(key) ?? { former: { ...former }, targets: [], split: false, path: formerUnitPath(former), datasetSplit: false };
    if (!entry.former.code && former.code) entry.former.code = former.code;
    if (!entry.targets.includes(target)) entry.targets.push(target);
    entry.datasetSplit ||= datasetSplit;
    index.set(key, entry);
  };
  for (const unit of units) for (const former of unit.formerUnits) add(former, unit.code, !former.code);

  // A declared split is authoritative: its "into" REPLACES the package's targets rather than adding
  // to them. The package lists most split units under one new unit only, and where it names a unit
  // that "into" lacks (Phường Yên Hoà, Cầu Giấy: the package adds Nghĩa Đô), the resolution's clauses
  // side with "into" (content/unit-splits.yaml is generated from the resolutions' split list and
  // cites the clause for each part), so keeping the package's extra target would show a wrong unit.
  const declared = new Map<string, string>();
  for (const split of splits) {
    for (const code of split.into) {
      if (!unitCodes.has(code)) {
        throw new Error(`content/unit-splits.yaml (khóa ${split.id}): trường "into" có mã "${code}" không phải phường/xã hiện nay. Sửa: dùng mã 5 chữ số của đơn vị mới.`);
      }
    }
    const key = formerKey(split.former);
    const earlier = declared.get(key);
    if (earlier) {
      throw new Error(`content/unit-splits.yaml: khóa ${split.id} và khóa ${earlier} cùng khai ${split.former.name} (${split.former.district}, ${split.former.province}). Sửa: giữ một mục.`);
    }
    declared.set(key, split.id);
    const entry = index.get(key);
    if (entry) entry.targets = [];
    for (const code of split.into) add(split.former, code, false);
  }

  // Distinct units can share a slug ("Minh Quán" and "Minh Quân" both give minh-quan): those
  // addresses carry the former code (or a counter) so every former unit keeps its own page.
  const byPath = new Map<string, (FormerUnitEntry & { datasetSplit: boolean })[]>();
  for (const entry of index.values()) byPath.set(entry.path, [...(byPath.get(entry.path) ?? []), entry]);
  for (const [path, entries] of byPath) {
    if (entries.length > 1) entries.forEach((entry, i) => (entry.path = `${path.slice(0, -1)}-${entry.former.code ?? i + 1}/`));
  }

  const problems: string[] = [];
  for (const [key, entry] of index) {
    entry.split = entry.targets.length > 1;
    if (entry.split && !entry.datasetSplit && !declared.has(key)) {
      problems.push(`${entry.former.name} (${entry.former.district}, ${entry.former.province}) thuộc nhiều đơn vị mới (${entry.targets.join(', ')})`);
    }
  }
  if (problems.length) {
    throw new Error(`Dữ liệu phường/xã: đơn vị cũ thuộc nhiều đơn vị mới mà không được khai là bị chia:\n- ${problems.join('\n- ')}\nSửa: khai từng trường hợp trong content/unit-splits.yaml kèm nghị quyết.`);
  }
  return new Map([...index].map(([key, { datasetSplit: _, ...entry }]) => [key, entry]));
}
