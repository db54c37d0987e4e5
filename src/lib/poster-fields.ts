import { checkDay, formatDateVi, todayInVietnam } from './dates.ts';
import { POSTER_LIMITS } from './poster-limits.ts';
import { PRINT_FORMATS, type PrintFormat } from './print-formats.ts';
import { checkField, checkTimeRange, parseTime as parseTimeRule, type FieldId } from './field-rules.ts';
import { checkCleanText, graphemes as textGraphemes } from './text-rules.ts';
import { checkQrTarget, type QrAllowlist } from './qr-allowlist.ts';
import type { PhoneCheck } from './phone.ts';
import type { QrPrintCheck } from './qr-modules.ts';

/**
 * What staff may put on a sheet without a rebuild, read from the sheet's address (the generator
 * builds it; anyone may forge one): headline, subtitle, a contact block, a session, an extra QR
 * code. One pure function checks them for the generator form, the sheets and (sessions) the CSV
 * import, so a sheet prints only what the generator would have accepted. Each text field goes
 * through its row of the field-rules table: an invisible character or a text over its limit is
 * refused with a message, never stripped or cut. Text is only ever shown with textContent.
 */

/** The address parameters, in Vietnamese like the rest of the site's addresses. */
export const PARAMS = {
  code: 'ma',
  headline: 'tieu-de',
  subtitle: 'dong-phu',
  extraQr: 'qr',
  contactPlace: 'lh-noi',
  contactAddress: 'lh-dia-chi',
  contactPhone: 'lh-dt',
  contactHours: 'lh-gio',
  sessionDate: 'ngay',
  sessionStart: 'tu',
  sessionEnd: 'den',
  sessionPlace: 'dia-diem',
  sessionAudience: 'doi-tuong',
  /** "1": the English line for foreign residents, with a code to the English ward page. */
  english: 'tieng-anh',
} as const;
export type ParamName = (typeof PARAMS)[keyof typeof PARAMS];

/** How the generator names each field, for messages that say which one to fix. */
export const FIELD_LABELS: Record<ParamName, string> = {
  ma: 'Phường/xã',
  'tieu-de': 'Tiêu đề',
  'dong-phu': 'Dòng phụ',
  qr: 'Mã QR thêm',
  'lh-noi': 'Nơi liên hệ',
  'lh-dia-chi': 'Địa chỉ liên hệ',
  'lh-dt': 'Số điện thoại liên hệ',
  'lh-gio': 'Giờ làm việc',
  ngay: 'Ngày',
  tu: 'Giờ bắt đầu',
  den: 'Giờ kết thúc',
  'dia-diem': 'Địa điểm',
  'doi-tuong': 'Dành cho',
  'tieng-anh': 'Dòng tiếng Anh',
};

const CONTACT_PARAMS = [PARAMS.contactPlace, PARAMS.contactAddress, PARAMS.contactPhone, PARAMS.contactHours] as const;
const SESSION_PARAMS = [PARAMS.sessionDate, PARAMS.sessionStart, PARAMS.sessionEnd, PARAMS.sessionPlace, PARAMS.sessionAudience] as const;

export interface FieldProblem {
  /** The address parameter (and generator field name) the problem is about. */
  field: ParamName;
  message: string;
}

export interface StaffContact {
  place: string;
  address?: string;
  /** National digits, e.g. "0903858668". */
  phone?: string;
  hours?: string;
}

export interface Session {
  /** YYYY-MM-DD, a day in Vietnam. */
  date: string;
  /** "Thứ Bảy, 12/12/2026". */
  dateText: string;
  /** "07:30". */
  start: string;
  end: string;
  /** "7:30 – 11:00". */
  timeText: string;
  place: string;
  audience?: string;
}

export interface SheetParams {
  code?: string;
  headline?: string;
  subtitle?: string;
  contact?: StaffContact;
  session?: Session;
  extraQr?: { url: string; moduleMm: number };
  /** Print the English line and its code (in the extra code's place). */
  english?: boolean;
  problems: FieldProblem[];
}

/** The checks that need a library, passed in so a sheet loads them only when its address needs them. */
export interface FieldChecks {
  checkPhone?: (input: string) => PhoneCheck;
  checkQrPrintable?: (url: string, printedMm: number) => QrPrintCheck;
}

/** Characters as a reader counts them: "ệ", "👍🏽" and a flag are one each. */
export const graphemes = textGraphemes;

/** At most `max` whole characters (never half an emoji or a letter without its tone mark). */
export function cutGraphemes(text: string, max: number): string {
  const parts = graphemes(text);
  return parts.length <= max ? text : parts.slice(0, max).join('');
}

/**
 * For showing what someone typed back to them in a message (a wrong code): NFC, invisible characters
 * as spaces, single spaces, cut. Never used for a value that is printed.
 */
export function cleanText(value: string | null | undefined, max: number): string {
  if (!value) return '';
  const clean = checkCleanText(value.normalize('NFC'));
  const text = (clean.ok ? clean.text : [...value.normalize('NFC')].map((c) => (checkCleanText(c).ok ? c : ' ')).join('')).replace(/\s+/g, ' ').trim();
  return cutGraphemes(text, max).trim();
}

/** A text field by its rule: '' when empty, the stored value, or a problem pushed. */
function textField(raw: string, rule: FieldId, field: ParamName, problems: FieldProblem[]): string {
  if (!raw.trim()) return '';
  const check = checkField(rule, raw);
  if (check.ok) return check.value;
  problems.push({ field, message: check.reason });
  return '';
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "7:30", "07:30", "7h30", "7g30", "7h" → minutes after midnight, or undefined (the field rule's). */
export const parseTime = parseTimeRule;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const spoken = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

export interface SessionInput {
  date?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  place?: string | undefined;
  audience?: string | undefined;
}
export type SessionField = keyof SessionInput;
export type SessionCheck = { ok: true; session: Session } | { ok: false; errors: { field: SessionField; message: string }[] };

/**
 * One session (a day, a time range, a place, who it is for), as the generator, the notice sheet and
 * the sessions CSV all check it. The day is a calendar day in Vietnam; it may be in the future
 * (that is the point) but not already past.
 */
export function checkSession(input: SessionInput, { now = new Date() }: { now?: Date } = {}): SessionCheck {
  const errors: { field: SessionField; message: string }[] = [];
  const date = (input.date ?? '').trim();
  let day: { iso: string; date: Date } | undefined;
  if (!date) errors.push({ field: 'date', message: 'Chưa ghi ngày. Sửa: ghi ngày của buổi đăng ký, ví dụ 2026-12-12.' });
  else {
    const check = checkDay(date, { allowFuture: true, now });
    if (!check.ok) errors.push({ field: 'date', message: check.reason });
    else if (check.iso < todayInVietnam(now)) {
      errors.push({ field: 'date', message: `Ngày ${formatDateVi(check.date)} đã qua (hôm nay ở Việt Nam là ${formatDateVi(new Date(`${todayInVietnam(now)}T00:00:00Z`))}). Sửa: ghi ngày sắp tới của buổi đăng ký.` });
    } else day = check;
  }
  const times: Partial<Record<'start' | 'end', number>> = {};
  for (const field of ['start', 'end'] as const) {
    const raw = (input[field] ?? '').trim();
    const what = field === 'start' ? 'giờ bắt đầu' : 'giờ kết thúc';
    if (!raw) errors.push({ field, message: `Chưa ghi ${what}. Sửa: ghi giờ:phút, ví dụ ${field === 'start' ? '07:30' : '11:00'}.` });
    else {
      const minutes = parseTime(raw);
      if (minutes === undefined) errors.push({ field, message: `"${raw}" không phải giờ hợp lệ. Sửa: ghi giờ:phút theo 24 giờ, ví dụ ${field === 'start' ? '07:30' : '14:00'}.` });
      else times[field] = minutes;
    }
  }
  const range = times.start !== undefined && times.end !== undefined ? checkTimeRange(hhmm(times.start), hhmm(times.end)) : undefined;
  if (range) errors.push({ field: 'end', message: range });
  const textProblems: FieldProblem[] = [];
  const place = textField(input.place ?? '', 'session.place', PARAMS.sessionPlace, textProblems);
  const audience = textField(input.audience ?? '', 'session.audience', PARAMS.sessionAudience, textProblems);
  for (const p of textProblems) errors.push({ field: p.field === PARAMS.sessionPlace ? 'place' : 'audience', message: p.message });
  if (!place && !textProblems.some((p) => p.field === PARAMS.sessionPlace)) errors.push({ field: 'place', message: 'Chưa ghi địa điểm. Sửa: ghi nơi tổ chức, ví dụ "Nhà văn hóa khu phố 2, số 10 đường …".' });
  if (errors.length || !day || times.start === undefined || times.end === undefined) return { ok: false, errors };
  return {
    ok: true,
    session: {
      date: day.iso,
      dateText: `${WEEKDAYS[day.date.getUTCDay()]}, ${formatDateVi(day.date)}`,
      start: hhmm(times.start),
      end: hhmm(times.end),
      timeText: `${spoken(times.start)} – ${spoken(times.end)}`,
      place,
      ...(audience ? { audience } : {}),
    },
  };
}

const SESSION_PARAM_OF: Record<SessionField, ParamName> = {
  date: PARAMS.sessionDate,
  start: PARAMS.sessionStart,
  end: PARAMS.sessionEnd,
  place: PARAMS.sessionPlace,
  audience: PARAMS.sessionAudience,
};

/** Reads and checks everything a sheet's address may carry for `format`. Fields a format does not use are ignored. */
export function readSheetParams(
  params: URLSearchParams,
  { format, allowlist, now = new Date() }: { format: PrintFormat; allowlist: QrAllowlist; now?: Date },
  checks: FieldChecks = {},
): SheetParams {
  const spec = PRINT_FORMATS[format];
  const problems: FieldProblem[] = [];
  const result: SheetParams = { problems };
  const get = (name: ParamName) => params.get(name) ?? '';

  const code = get(PARAMS.code).trim();
  if (code) {
    if (/^\d{5}$/.test(code)) result.code = code;
    else problems.push({ field: PARAMS.code, message: `Mã phường/xã "${cleanText(code, 20)}" không đúng: cần đúng 5 chữ số. Sửa: chọn lại phường/xã ở trang Tạo ấn phẩm.` });
  }

  if (spec.fields.text) {
    const headline = textField(get(PARAMS.headline), 'print.headline', PARAMS.headline, problems);
    const subtitle = textField(get(PARAMS.subtitle), 'print.subtitle', PARAMS.subtitle, problems);
    if (headline) result.headline = headline;
    if (subtitle) result.subtitle = subtitle;
  }

  if (spec.fields.contact && CONTACT_PARAMS.some((name) => get(name).trim())) {
    const before = problems.length;
    const place = textField(get(PARAMS.contactPlace), 'print.contactPlace', PARAMS.contactPlace, problems);
    const address = textField(get(PARAMS.contactAddress), 'print.contactAddress', PARAMS.contactAddress, problems);
    const hours = textField(get(PARAMS.contactHours), 'print.contactHours', PARAMS.contactHours, problems);
    const rawPhone = get(PARAMS.contactPhone).trim();
    const cleanPhone = rawPhone ? checkCleanText(rawPhone, { what: 'Số điện thoại liên hệ' }) : { ok: true as const, text: '' };
    if (!cleanPhone.ok) problems.push({ field: PARAMS.contactPhone, message: cleanPhone.reason });
    const phoneInput = cleanPhone.ok ? cleanPhone.text : '';
    if (!place && get(PARAMS.contactPlace).trim() === '') problems.push({ field: PARAMS.contactPlace, message: 'Chưa ghi tên nơi liên hệ. Sửa: ghi ví dụ "Công an phường …, bộ phận tiếp dân", hoặc xóa hết các ô liên hệ để in liên hệ mặc định.' });
    let phone: string | undefined;
    if (phoneInput) {
      if (!checks.checkPhone) throw new Error('readSheetParams: thiếu checkPhone cho ô số điện thoại.');
      const check = checks.checkPhone(phoneInput);
      if (check.ok) phone = check.digits;
      else problems.push({ field: PARAMS.contactPhone, message: check.reason });
    }
    // Only when neither was written: a written one that was refused already says why.
    if (!rawPhone && !get(PARAMS.contactAddress).trim()) problems.push({ field: PARAMS.contactPhone, message: 'Liên hệ cần ít nhất số điện thoại hoặc địa chỉ. Sửa: ghi một trong hai.' });
    if (problems.length === before) {
      result.contact = { place, ...(address ? { address } : {}), ...(phone ? { phone } : {}), ...(hours ? { hours } : {}) };
    }
  }

  if (spec.fields.session && SESSION_PARAMS.some((name) => get(name).trim())) {
    const check = checkSession(
      { date: get(PARAMS.sessionDate), start: get(PARAMS.sessionStart), end: get(PARAMS.sessionEnd), place: get(PARAMS.sessionPlace), audience: get(PARAMS.sessionAudience) },
      { now },
    );
    if (check.ok) result.session = check.session;
    else problems.push(...check.errors.map((e) => ({ field: SESSION_PARAM_OF[e.field], message: e.message })));
  }

  const extra = get(PARAMS.extraQr).trim();
  const english = get(PARAMS.english).trim();
  if (spec.fields.extraQr && english) {
    // The English line takes the extra code's place on the face: a sheet has room for one of them.
    if (english !== '1') problems.push({ field: PARAMS.english, message: `Giá trị "${cleanText(english, 20)}" không dùng được. Sửa: bỏ trống, hoặc ghi 1 để in dòng tiếng Anh.` });
    else if (extra) problems.push({ field: PARAMS.english, message: 'Dòng tiếng Anh in vào chỗ của mã QR thêm, nên không in được cả hai. Sửa: bỏ mã QR thêm, hoặc bỏ dòng tiếng Anh.' });
    else result.english = true;
  }
  if (spec.fields.extraQr && extra) {
    if ([...extra].length > POSTER_LIMITS.qrInput) {
      problems.push({ field: PARAMS.extraQr, message: `Địa chỉ dài ${[...extra].length} ký tự, quá dài cho một mã QR. Sửa: dùng địa chỉ ngắn hơn (trang chính của mục đó).` });
    } else {
      const target = checkQrTarget(extra, allowlist);
      if (!target.ok) problems.push({ field: PARAMS.extraQr, message: `Không thêm mã QR: ${target.reason} Sửa: dùng một trang của vneid.gov.vn, dichvucong.gov.vn, đúng link VNeID trên App Store, CH Play${allowlist.siteUrl ? ', hoặc một trang của trang này' : ''}; hoặc để trống.` });
      else {
        if (!checks.checkQrPrintable) throw new Error('readSheetParams: thiếu checkQrPrintable cho mã QR thêm.');
        const printable = checks.checkQrPrintable(target.url, spec.qr.extra);
        if (printable.ok) result.extraQr = { url: target.url, moduleMm: printable.moduleMm };
        else problems.push({ field: PARAMS.extraQr, message: `Không thêm mã QR: ${printable.reason}` });
      }
    }
  }
  return result;
}

/** Which library checks an address needs, so a sheet loads only those. */
export function checksNeeded(params: URLSearchParams, format: PrintFormat) {
  const spec = PRINT_FORMATS[format];
  return {
    phone: spec.fields.contact && !!params.get(PARAMS.contactPhone)?.trim(),
    qr: spec.fields.extraQr && (!!params.get(PARAMS.extraQr)?.trim() || !!params.get(PARAMS.english)?.trim()),
  };
}
