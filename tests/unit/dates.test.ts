import { expect, it } from 'vitest';
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
