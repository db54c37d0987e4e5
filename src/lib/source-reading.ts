import { formatDateVi } from './dates.ts';
import { READ_HOW, SOURCE_KINDS, type ReadHow, type SourceKind } from '../schemas/source.ts';

/**
 * How a source was read, in the plain words residents see ("trích theo báo chí hoặc bản chép, chưa
 * đối chiếu toàn văn, ngày 03/12/2026"), so a decree known only through a quotation never looks as if
 * its text had been checked. Pure, for the source list of every page and /nguon/.
 */
export interface ReadingOf {
  kind: SourceKind;
  readHow?: ReadHow | undefined;
  read: Date;
}

/** "đã đọc toàn văn ngày 03/12/2026" / "chưa đọc được văn bản (tính đến 03/12/2026)". */
export function readingText({ readHow = 'toan-van', read }: ReadingOf): string {
  if (readHow === 'chua-doc') return `${READ_HOW[readHow]} (tính đến ${formatDateVi(read)})`;
  return `${READ_HOW[readHow]}, ngày ${formatDateVi(read)}`;
}

/** Whether a page's source list should say how it was read: always, unless the document itself was read in full. */
export const readingIsPartial = ({ readHow = 'toan-van' }: Pick<ReadingOf, 'readHow'>) => readHow !== 'toan-van';

/** The address a source's title links to: its official text, or an official page; a press article never. */
export function sourceLink(data: { kind: SourceKind; url?: string | undefined; officialUrl?: string | undefined }): string | undefined {
  if (data.officialUrl) return data.officialUrl;
  return data.url && data.kind !== 'bao-chi' ? data.url : undefined;
}

export const isLaw = (kind: SourceKind) => SOURCE_KINDS[kind].tier === 'law';
