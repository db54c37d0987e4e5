import { describe, expect, it } from 'vitest';
import { dayText, sessionLine, upcomingSessions } from '../../src/lib/sessions';
import { sessionSchema } from '../../src/schemas/ward';

describe('registration days', () => {
  const s = (date: string, start = '07:30') => ({ date, start, end: '11:00', place: `Nơi ${date}` });
  it('keeps days from today in Vietnam on, soonest first, each once', () => {
    const days = upcomingSessions([s('2026-12-12'), s('2026-12-02'), s('2026-12-03', '13:30'), s('2026-12-03'), s('2026-12-12')], '2026-12-03');
    expect(days.map((d) => `${d.date} ${d.start}`)).toEqual(['2026-12-03 07:30', '2026-12-03 13:30', '2026-12-12 07:30']);
  });
  it('reads as residents say it', () => {
    expect(dayText('2026-12-12')).toBe('Thứ Bảy 12/12/2026');
    expect(dayText(new Date('2026-12-13T00:00:00Z'))).toBe('Chủ nhật 13/12/2026');
    expect(sessionLine(s('2026-12-12'))).toBe('Thứ Bảy 12/12/2026, 7:30–11:00, Nơi 2026-12-12');
    // Every weekday by name (a week from Monday 7 December 2026), and a time that is not one kept as written.
    expect(['07', '08', '09', '10', '11'].map((d) => dayText(`2026-12-${d}`).split(' ')[0] + ' ' + dayText(`2026-12-${d}`).split(' ')[1])).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu']);
    expect(sessionLine({ date: '2026-12-12', start: '13:05', end: 'trưa', place: 'Sân' })).toBe('Thứ Bảy 12/12/2026, 13:05–trưa, Sân');
  });
  it('takes a day as staff write it in the file, the time with or without a leading zero', () => {
    const parsed = sessionSchema.parse({ date: '2026-12-12', start: '7:30', end: '11:00', place: 'Nhà văn hóa' });
    expect(parsed.start).toBe('07:30');
    expect(parsed.date.toISOString().slice(0, 10)).toBe('2026-12-12');
  });
});
