import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/lib/base';
import { normaliseBase } from '../../scripts/lib/deploy-settings.mjs';

describe('joinBase', () => {
  it.each([
    ['/', '/huong-dan/', '/huong-dan/'],
    ['/', '', '/'],
    ['/vneid/', '/huong-dan/', '/vneid/huong-dan/'],
    ['/vneid', 'huong-dan/', '/vneid/huong-dan/'],
    ['/a/b/', '/og-image.png', '/a/b/og-image.png'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['vneid', '/vneid/'],
    ['/vneid', '/vneid/'],
    ['//vneid//', '/vneid/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});
