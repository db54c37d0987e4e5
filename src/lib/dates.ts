/**
 * Dates on this site are calendar days in Vietnam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving).
 * Content writes them YYYY-MM-DD; they are held as Date at UTC midnight of that day, so formatting
 * with UTC getters gives the written day on any machine, in any time zone.
 */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** "22/11/2026": the day/month/year order Vietnamese readers expect, independent of the build machine's locale. */
export function formatDateVi(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** Machine-readable date for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Built once: a formatter per call made an import of 50,000 rows peak at 1.5 GB. en-CA formats as YYYY-MM-DD.
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Vietnam as YYYY-MM-DD, whatever the machine's time zone (00:00–07:00 included). */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay.format(now);
}

export type DayCheck = { ok: true; date: Date; iso: string } | { ok: false; reason: string };

/**
 * The one check for a calendar day written by staff (content fields, CSV cells): YYYY-MM-DD, a day
 * that exists (no 2026-02-31, which JavaScript would turn into 3 March), and, unless allowed, not
 * after today in Vietnam. `value` may already be a Date (YAML and frontmatter parse unquoted dates).
 */
export function checkDay(value: unknown, { allowFuture = false, now = new Date() }: { allowFuture?: boolean; now?: Date } = {}): DayCheck {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : typeof value === 'string' ? value.trim() : '';
  const example = 'ví dụ 2025-07-01';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return { ok: false, reason: `Ngày "${value instanceof Date ? text : String(value ?? '')}" không đúng dạng NĂM-THÁNG-NGÀY. Sửa: ghi ${example}.` };
  }
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    return { ok: false, reason: `Ngày ${text} không có trên lịch. Sửa: kiểm tra lại ngày và tháng (${example}).` };
  }
  const today = todayInVietnam(now);
  if (!allowFuture && text > today) {
    return { ok: false, reason: `Ngày ${text} ở tương lai (hôm nay ở Việt Nam là ${today}). Sửa: ghi ngày đã thực sự đối chiếu hoặc rà soát.` };
  }
  return { ok: true, date, iso: text };
}

/** ", ngày 27/10/2023" for a dated source, ", <dateNote>" when only a note is known, else "". */
export function sourceDateText(source: { date?: Date | undefined; dateNote?: string | undefined }): string {
  if (source.date) return `, ngày ${formatDateVi(source.date)}`;
  return source.dateNote ? `, ${source.dateNote}` : '';
}
