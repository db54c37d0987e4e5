import { getCollection, getEntry } from 'astro:content';
import { getSettings, resolveSources } from './site-data';
import { formatPhone } from './phone';
import { formatDateVi } from './dates';
import { shortSourceTitle, type PrintContact, type PrintSession, type WardShard } from './poster-ward';
import { isoOf, upcomingSessions } from './sessions';
import { wardShardPrefix } from './print-formats';
import { getUnitModel, type UnitView } from './units';

/**
 * Everything the print sheets show that does not depend on the ward: the words of
 * content/print/poster.yaml, the national hotline, the sources line of each kind of sheet, and the
 * ready-to-post texts. Read once per build (six sheet pages and the generator share it).
 */
export function getPrintText() {
  // The dev server keeps running while staff edit content: read afresh there.
  if (import.meta.env.DEV) return readPrintText();
  printText ??= readPrintText();
  return printText;
}
let printText: ReturnType<typeof readPrintText> | undefined;

async function readPrintText() {
  const text = (await getEntry('print', 'poster'))?.data;
  if (!text) throw new Error('content/print/poster.yaml: thiếu tệp chữ in trên áp phích. Sửa: tạo lại tệp theo README.');
  const settings = await getSettings();
  const [hotline] = settings.hotlines;
  const short = async (refs: Parameters<typeof resolveSources>[0]) => [...new Set((await resolveSources(refs)).map((s) => shortSourceTitle(s.data)))];
  const posterSources = await short([...text.steps.flatMap((s) => s.sources), ...text.antiScamSources, hotline!.source]);
  const noticeSources = await short([...text.notice.bringSources, ...text.notice.audienceSources, ...text.antiScamSources, hotline!.source]);
  // The Zalo message first: it is the one staff post most.
  const posts = (await getCollection('printMessages')).map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => Number(b.id === 'zalo') - Number(a.id === 'zalo'));
  return {
    text,
    hotline: { label: hotline!.label, phone: hotline!.phone, display: formatPhone(hotline!.phone) },
    sources: { poster: posterSources, notice: noticeSources },
    posts,
    siteName: settings.siteName,
  };
}

/**
 * A unit's verified current contact as the sheets print it (one with a phone first, else one with an
 * address); undefined without one. A 2023 historical contact never is.
 */
export async function printContactOf(unit: UnitView): Promise<PrintContact | undefined> {
  const current = unit.details?.contacts.filter((c) => !c.historical) ?? [];
  const verified = current.find((c) => c.phone) ?? current.find((c) => c.address);
  if (!verified) return undefined;
  const [source] = await resolveSources([verified.source]);
  return {
    name: verified.name,
    ...(verified.phone ? { phone: verified.phone, display: formatPhone(verified.phone) } : {}),
    ...(verified.address ? { address: verified.address } : {}),
    ...(verified.hours ? { hours: verified.hours } : {}),
    verified: formatDateVi(verified.verified),
    source: source ? shortSourceTitle(source.data) : '',
  };
}

/** Every unit's print data, split by the first two digits of its code (about 100 units per file). */
export function getWardShards(): Promise<Map<string, WardShard>> {
  if (import.meta.env.DEV) return readWardShards();
  wardShards ??= readWardShards();
  return wardShards;
}
let wardShards: Promise<Map<string, WardShard>> | undefined;

async function readWardShards(): Promise<Map<string, WardShard>> {
  const { byCode, provinces, inScope } = await getUnitModel();
  const shards = new Map<string, WardShard & { provinceIndex: Map<string, number> }>();
  // A scoped deployment (settings scope.provinces) prints for its own provinces only.
  for (const unit of [...byCode.values()].filter((u) => inScope(u.code))) {
    const prefix = wardShardPrefix(unit.code);
    let shard = shards.get(prefix);
    if (!shard) shards.set(prefix, (shard = { p: [], u: {}, provinceIndex: new Map() }));
    const province = provinces.find((p) => p.code === unit.provinceCode)!;
    let p = shard.provinceIndex.get(province.code);
    if (p === undefined) {
      p = shard.p.push(province.name) - 1;
      shard.provinceIndex.set(province.code, p);
    }
    const c = await printContactOf(unit);
    const s = upcomingSessions(unit.details?.sessions ?? []).map((d): PrintSession => (d.audience ? [isoOf(d.date), d.start, d.end, d.place, d.audience] : [isoOf(d.date), d.start, d.end, d.place]));
    shard.u[unit.code] = { n: unit.name, p, ...(c ? { c } : {}), ...(s.length ? { s } : {}) };
  }
  return new Map([...shards].map(([prefix, { p, u }]) => [prefix, { p, u }]));
}
