/**
 * The ward data a print sheet reads in the browser (/in-an/phuong-xa-<2 digits>.json, written by
 * the build from the units collection and content/wards/*.yaml): the unit's name and, when there is
 * one, its verified current contact. Types and small helpers shared by the build and the sheets.
 */

/** A verified, current contact (content/wards/<code>.yaml), printed with the hotline kept smaller. */
export interface PrintContact {
  name: string;
  /** National digits. */
  phone?: string;
  /** "0903 858 668". */
  display?: string;
  address?: string;
  hours?: string;
  /** "01/11/2026". */
  verified: string;
  /** Short title of the source document, added to the sheet's sources line. */
  source: string;
}

/** A registration day the ward published: [YYYY-MM-DD, "07:30", "11:00", place, audience?]. */
export type PrintSession = [date: string, start: string, end: string, place: string, audience?: string];

export interface WardPrintEntry {
  /** "Xã Cần Giờ". */
  n: string;
  /** Index into the shard's province names. */
  p: number;
  c?: PrintContact;
  /** Upcoming registration days (content/wards/<code>.yaml, sessions), soonest first. */
  s?: PrintSession[];
}

export interface WardShard {
  p: string[];
  u: Record<string, WardPrintEntry>;
}

/** A source's title as a sheet's one-line "Nguồn:" list cites it: "Nghị định số 69/2024/NĐ-CP". */
export function shortSourceTitle(source: { title: string; issuer: string; kind: string }): string {
  if (source.kind === 'bao-chi') return source.issuer.split(/ \(/)[0]!;
  return source.title.split(/ (?:về|mở|quy định|công bố|kèm|\()|: /)[0]!;
}
