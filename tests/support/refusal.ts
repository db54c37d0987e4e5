import { expect } from 'vitest';

/**
 * The reason of a check that must refuse (`{ ok: false, reason }`, the shape every field check
 * returns); fails the test when it accepted. Use: expect(reasonOf(check(x))).toContain('…').
 */
export function reasonOf(result: { ok: true } | { ok: false; reason: string }): string {
  expect(result.ok, 'phải bị từ chối').toBe(false);
  return result.ok ? '' : result.reason;
}
