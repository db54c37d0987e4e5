import { expect, it } from 'vitest';
import { formatDateVi, isoDay } from '../../src/lib/dates';

it('writes dates day/month/year regardless of the machine locale', () => {
  expect(formatDateVi(new Date('2025-07-01'))).toBe('01/07/2025');
  expect(isoDay(new Date('2023-10-27'))).toBe('2023-10-27');
});
