import { getEntry } from 'astro:content';
import { getSettings, resolveSources } from './site-data';
import { formatPhone } from './phone';
import { formatDateVi } from './dates';
import type { UnitView } from './units';

/** Everything a print product shows, for one unit or for none ("chung"). */
export function getPosterData(unit: UnitView | undefined) {
  // The dev server keeps running while staff edit content: read afresh there.
  if (import.meta.env.DEV) return readPosterData(unit);
  const key = unit?.code ?? '';
  let data = posterData.get(key);
  if (!data) posterData.set(key, (data = readPosterData(unit)));
  return data;
}
// The four print formats of a unit share its data; read it once per build.
const posterData = new Map<string, ReturnType<typeof readPosterData>>();

async function readPosterData(unit: UnitView | undefined) {
  const text = (await getEntry('print', 'poster'))?.data;
  if (!text) throw new Error('content/print/poster.yaml: thiếu tệp chữ in trên áp phích. Sửa: tạo lại tệp theo README.');
  const settings = await getSettings();
  const [hotline] = settings.hotlines;
  // Only a current, verified contact with a phone replaces the national hotline on paper.
  const verified = unit?.details?.contacts.find((c) => !c.historical && c.phone);
  const contact = verified
    ? { label: verified.name, phone: verified.phone!, note: `xác minh ${formatDateVi(verified.verified)}` }
    : { label: hotline!.label, phone: hotline!.phone, note: undefined };
  const sources = await resolveSources([...text.steps.flatMap((s) => s.sources), ...text.antiScamSources, ...(verified ? [verified.source] : [])]);
  const shortSources = [...new Set(sources.map((s) => s.data.title.split(/ (về|mở|quy định|\()/)[0]))];
  return { text, contact: { ...contact, display: formatPhone(contact.phone) }, shortSources, siteName: settings.siteName };
}

export const PRINT_FORMATS = {
  a4: { label: 'Áp phích A4', page: 'A4 portrait', unit: '1mm' },
  a3: { label: 'Áp phích A3', page: 'A3 portrait', unit: '1.4142mm' },
  a5: { label: 'Tờ rơi A5 (2 tờ trên 1 trang A4 ngang)', page: 'A4 landscape', unit: '0.7071mm' },
  'nhan-dan': { label: 'Nhãn dán mã QR (12 nhãn trên 1 trang A4)', page: 'A4 portrait', unit: '1mm' },
} as const;
export type PrintFormat = keyof typeof PRINT_FORMATS;
