import { formatDateVi, todayInVietnam } from './dates.ts';
import { parseTime } from './field-rules.ts';

/**
 * Registration days a ward publishes (content/wards/<code>.yaml, `sessions`): which are upcoming,
 * and how a resident reads one. The build keeps only days from today in Vietnam on; pages mark each
 * with its date so the browser hides one that passed after the build (a page built last week must
 * not announce yesterday), and print the full date so that, without JavaScript, a past day reads as
 * past. Pure: the pages, the lookup index, the print data and the generator share it.
 */

export interface SessionLike {
  /** Date at UTC midnight of the day, or "YYYY-MM-DD". */
  date: Date | string;
  start: string;
  end: string;
  place: string;
  audience?: string | undefined;
  bring?: string | undefined;
  phone?: string | undefined;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export const isoOf = (date: Date | string) => (typeof date === 'string' ? date : date.toISOString().slice(0, 10));

/** "Thứ Bảy 12/12/2026". */
export function dayText(date: Date | string): string {
  const d = new Date(`${isoOf(date)}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${formatDateVi(d)}`;
}

/** "07:30" → "7:30". */
const spoken = (time: string) => {
  const minutes = parseTime(time);
  return minutes === undefined ? time : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
};

/** "7:30–11:00". */
export const timeText = (s: Pick<SessionLike, 'start' | 'end'>) => `${spoken(s.start)}–${spoken(s.end)}`;

/** "Thứ Bảy 12/12/2026, 7:30–11:00, Nhà văn hóa khu phố 3": what the ward page's first screen says. */
export const sessionLine = (s: SessionLike) => `${dayText(s.date)}, ${timeText(s)}, ${s.place}`;

/** Sessions from `today` (YYYY-MM-DD in Vietnam) on, soonest first, each once. */
export function upcomingSessions<T extends SessionLike>(sessions: readonly T[], today: string = todayInVietnam()): T[] {
  const seen = new Set<string>();
  return [...sessions]
    .filter((s) => isoOf(s.date) >= today)
    .sort((a, b) => isoOf(a.date).localeCompare(isoOf(b.date)) || a.start.localeCompare(b.start))
    .filter((s) => {
      const key = `${isoOf(s.date)}|${s.start}|${s.place}`;
      return !seen.has(key) && (seen.add(key), true);
    });
}
