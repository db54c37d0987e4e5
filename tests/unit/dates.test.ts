import { describe, expect, it } from 'vitest';
import { formatDateVi, isoDay } from '../../src/lib/dates';

it('writes dates day/month/year regardless of the machine locale', () => {
  expect(formatDateVi(new Date('2025-07-01'))).toBe('01/07/2025');
  expect(isoDay(new Date('2023-10-27'))).toBe('2023-10-27');
});

it('dates a source by its date, else its note, else not at all', async () => {
  const { sourceDateText } = await import('../../src/lib/dates');
  expect(sourceDateText({ date: new Date('2023-10-27') })).toBe(', ngày 27/10/2023');
  expect(sourceDateText({ dateNote: 'Năm 2024' })).toBe(', Năm 2024');
  expect(sourceDateText({})).toBe('');
});

describe('checkDay', () => {
  const NOW = new Date('2026-12-03T18:00:00Z'); // already 4 December in Vietnam
  it('takes a Date that YAML parsed, and the text staff wrote, trimmed', async () => {
    const { checkDay } = await import('../../src/lib/dates');
    expect(checkDay(new Date('2026-12-01T00:00:00Z'), { now: NOW })).toMatchObject({ ok: true, iso: '2026-12-01' });
    expect(checkDay(' 2026-12-04 ', { now: NOW })).toMatchObject({ ok: true, iso: '2026-12-04' });
  });
  it('refuses another shape, an invalid Date, a day not on the calendar and, unless allowed, a day after today in Vietnam', async () => {
    const { checkDay } = await import('../../src/lib/dates');
    expect(checkDay('12/12/2026', { now: NOW })).toEqual({ ok: false, reason: 'Ngày "12/12/2026" không đúng dạng NĂM-THÁNG-NGÀY. Sửa: ghi ví dụ 2025-07-01.' });
    expect(checkDay(new Date('nope'), { now: NOW })).toEqual({ ok: false, reason: 'Ngày "" không đúng dạng NĂM-THÁNG-NGÀY. Sửa: ghi ví dụ 2025-07-01.' });
    expect(checkDay(undefined, { now: NOW })).toMatchObject({ ok: false, reason: expect.stringContaining('Ngày "" không đúng dạng') });
    expect(checkDay(20261212, { now: NOW })).toMatchObject({ ok: false, reason: expect.stringContaining('Ngày "20261212" không đúng dạng') });
    expect(checkDay('2026-02-30', { now: NOW })).toEqual({ ok: false, reason: 'Ngày 2026-02-30 không có trên lịch. Sửa: kiểm tra lại ngày và tháng (ví dụ 2025-07-01).' });
    expect(checkDay('2026-12-05', { now: NOW })).toEqual({ ok: false, reason: 'Ngày 2026-12-05 ở tương lai (hôm nay ở Việt Nam là 2026-12-04). Sửa: ghi ngày đã thực sự đối chiếu hoặc rà soát.' });
    expect(checkDay('2026-12-05', { now: NOW, allowFuture: true })).toMatchObject({ ok: true, iso: '2026-12-05' });
  });
});
