// Cross-checks the seed localities' old → new mapping (package + content/unit-splits.yaml) against
// the dvhcvn 2025 split data and the resolution text kept beside the repository in
// ../shared/data/dvhcvn-2025 (reference data, not committed; VNEID_SHARED_DATA names another
// folder). Where that folder is absent the checks are skipped and say so; nothing is read.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFormerIndex } from '../../src/lib/former-units';
import { readTables, unitsFromTables } from '../../src/loaders/national-units';

const shared = resolve(process.env.VNEID_SHARED_DATA ?? '../shared/data/dvhcvn-2025');
const present = existsSync(`${shared}/splits.json`);
if (!present) console.info(`Bỏ qua kiểm tra đối chiếu dvhcvn: không có ${shared}/splits.json (dữ liệu tham khảo không nằm trong kho mã).`);

// describe.skipIf still runs this body to collect its tests, so every file is read in beforeAll.
describe.skipIf(!present)('seed localities match the 2025 resolutions', () => {
  const ours = new Map<string, Set<string>>();
  const seedDistricts = new Map<string, string>(); // former commune code → "District (Province)"
  const reference = new Map<string, string[]>();
  let resolution = '';

  beforeAll(() => {
    const { units } = unitsFromTables(readTables());
    const splits = Object.entries(parse(readFileSync('content/unit-splits.yaml', 'utf8')) as Record<string, { former: any; into: string[] }>).map(([id, s]) => ({ id, former: s.former, into: s.into }));
    const index = buildFormerIndex(units, splits);
    for (const entry of index.values()) if (entry.former.code) ours.set(entry.former.code, new Set([...(ours.get(entry.former.code) ?? []), ...entry.targets]));

    const oldUnits = JSON.parse(readFileSync(`${shared}/old-units-2025-03-01.json`, 'utf8')) as any[];
    for (const [, province, , , districts] of oldUnits) {
      for (const [, district, dtype, , communes] of districts) {
        const label = `${dtype} ${district}`;
        if (/^(Quận 3|Quận Bình Thạnh|Huyện Cần Giờ|Thành phố Sầm Sơn)$/.test(label)) for (const [code] of communes) seedDistricts.set(code, `${label} (${province})`);
      }
    }
    for (const province of JSON.parse(readFileSync(`${shared}/splits.json`, 'utf8')).data) {
      for (const l3 of province.level3s) if (seedDistricts.has(l3.level3_id)) reference.set(l3.level3_id, l3.splits.map((s: { new_id: string }) => s.new_id));
    }
    resolution = readFileSync(`${shared}/resolutions/1685_NQ-UBTVQH15.md`, 'utf8').normalize('NFC').replace(/\s+/g, ' ');
  });

  it('covers every former commune of Quận 3, Bình Thạnh, Cần Giờ and Sầm Sơn', () => {
    expect(reference.size).toBe(seedDistricts.size);
    expect(reference.size).toBeGreaterThan(40);
  });

  it('maps each of them to the same current units as the resolutions', () => {
    const mismatches = [...reference].filter(([code, want]) => {
      const got = ours.get(code) ?? new Set();
      return got.size !== want.length || want.some((c) => !got.has(c));
    });
    expect(mismatches.map(([code, want]) => `${code} ${seedDistricts.get(code)}: ${[...(ours.get(code) ?? [])]} ≠ ${want}`)).toEqual([]);
  });

  it('names the splits as Nghị quyết 1685/NQ-UBTVQH15 states them', () => {
    const has = (phrase: string) => expect(resolution).toContain(phrase.normalize('NFC'));
    has('một phần diện tích tự nhiên, quy mô dân số của Phường 4 (Quận 3) thành phường mới có tên gọi là **phường Bàn Cờ**');
    has('phần còn lại của Phường 4 (Quận 3) sau khi sắp xếp theo quy định tại khoản 5 Điều này thành phường mới có tên gọi là **phường Xuân Hòa**');
    has('một phần diện tích, quy mô dân số của xã An Thới Đông thành xã mới có tên gọi là **xã Bình Khánh**');
    has('xã Long Hòa (huyện Cần Giờ) và thị trấn Cần Thạnh thành xã mới có tên gọi là **xã');
  });
});
