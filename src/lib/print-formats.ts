/**
 * The one definition of the print formats: paper, how many faces a sheet holds, the scale of the
 * layout (sizes on a face are multiples of --u, 1 mm on A4), the safe area and the printed size of
 * each QR code. Read by the print pages, their layout, the poster data, the generator, the PDF
 * script (scripts/posters.mjs) and the tests. Plain TypeScript with no Astro import, and `.ts`
 * import extensions, so Node scripts import it as it is.
 */

/** Office printers cannot print near the edge: nothing on a sheet comes closer than this. */
export const SAFE_AREA_MM = 10;
/** A phone camera needs modules (the code's squares) at least this big once printed. */
export const MIN_QR_MODULE_MM = 0.4;

export type SheetKind = 'poster' | 'stickers' | 'notice';

export interface PrintFormatSpec {
  id: string;
  label: string;
  /** Short name for lists and file names. */
  short: string;
  kind: SheetKind;
  /** Paper the sheet is printed on, in mm (as @page sees it). */
  paper: { width: number; height: number };
  /** CSS @page size. */
  page: string;
  /** One face (a poster, a leaflet, a notice; a whole sticker sheet), in mm. */
  face: { width: number; height: number };
  /** Faces side by side on the sheet (two A5 on one A4 landscape). */
  faces: number;
  /** mm per layout unit (--u). */
  unit: number;
  /** Printed width of each QR code on the face, in mm (ward and store codes; extra code). */
  qr: { main: number; extra: number };
  /** The smallest the ward's QR code may be on this paper. */
  minWardQrMm: number;
  /** Which generator fields apply. */
  fields: { text: boolean; extraQr: boolean; contact: boolean; session: boolean };
}

const A4 = { width: 210, height: 297 };
const A3 = { width: 297, height: 420 };
const A4_LANDSCAPE = { width: 297, height: 210 };
const A5 = { width: 148.5, height: 210 };
const A5_SCALE = 0.7071;
const A3_SCALE = 1.4142;

const format = <const T extends PrintFormatSpec>(spec: T) => spec;

export const PRINT_FORMATS = {
  a4: format({
    id: 'a4', label: 'Áp phích A4', short: 'A4', kind: 'poster', paper: A4, page: 'A4 portrait', face: A4, faces: 1, unit: 1,
    qr: { main: 50, extra: 40 }, minWardQrMm: 30, fields: { text: true, extraQr: true, contact: true, session: false },
  }),
  a3: format({
    id: 'a3', label: 'Áp phích A3', short: 'A3', kind: 'poster', paper: A3, page: 'A3 portrait', face: A3, faces: 1, unit: A3_SCALE,
    qr: { main: 50 * A3_SCALE, extra: 40 * A3_SCALE }, minWardQrMm: 30, fields: { text: true, extraQr: true, contact: true, session: false },
  }),
  a5: format({
    id: 'a5', label: 'Tờ rơi A5 (2 tờ trên 1 trang A4 ngang)', short: 'A5', kind: 'poster', paper: A4_LANDSCAPE, page: 'A4 landscape', face: A5, faces: 2, unit: A5_SCALE,
    qr: { main: 50 * A5_SCALE, extra: 40 * A5_SCALE }, minWardQrMm: 25, fields: { text: true, extraQr: true, contact: true, session: false },
  }),
  'nhan-dan': format({
    id: 'nhan-dan', label: 'Nhãn dán mã QR (12 nhãn trên 1 trang A4)', short: 'nhãn dán', kind: 'stickers', paper: A4, page: 'A4 portrait', face: A4, faces: 1, unit: 1,
    qr: { main: 38, extra: 0 }, minWardQrMm: 0, fields: { text: false, extraQr: false, contact: true, session: false },
  }),
  'thong-bao-a4': format({
    id: 'thong-bao-a4', label: 'Thông báo buổi đăng ký A4', short: 'thông báo A4', kind: 'notice', paper: A4, page: 'A4 portrait', face: A4, faces: 1, unit: 1,
    qr: { main: 44, extra: 0 }, minWardQrMm: 30, fields: { text: false, extraQr: false, contact: true, session: true },
  }),
  'thong-bao-a5': format({
    id: 'thong-bao-a5', label: 'Thông báo buổi đăng ký A5 (2 tờ trên 1 trang A4 ngang)', short: 'thông báo A5', kind: 'notice', paper: A4_LANDSCAPE, page: 'A4 landscape', face: A5, faces: 2, unit: A5_SCALE,
    qr: { main: 44 * A5_SCALE, extra: 0 }, minWardQrMm: 25, fields: { text: false, extraQr: false, contact: true, session: true },
  }),
} as const satisfies Record<string, PrintFormatSpec>;

export type PrintFormat = keyof typeof PRINT_FORMATS;
export const PRINT_FORMAT_IDS = Object.keys(PRINT_FORMATS) as PrintFormat[];
export const PRINT_FORMAT_LIST = Object.values(PRINT_FORMATS) as (typeof PRINT_FORMATS)[PrintFormat][];

export function isPrintFormat(value: unknown): value is PrintFormat {
  return typeof value === 'string' && Object.hasOwn(PRINT_FORMATS, value);
}

/**
 * Address of a print sheet (without the base path): one page per format, the ward taken from
 * `?ma=<5-digit code>` in the browser. Without a code, the national sheet (hotline only).
 */
export function printPath(format: PrintFormat, code?: string): string {
  return code ? `/in-an/${format}/?ma=${encodeURIComponent(code)}` : `/in-an/${format}/`;
}

/** The ward data the sheets read in the browser: one small file per two-digit code prefix. */
export const wardShardPath = (code: string) => `/in-an/phuong-xa-${code.slice(0, 2)}.json`;
export const wardShardPrefix = (code: string) => code.slice(0, 2);
