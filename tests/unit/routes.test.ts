// One module builds every address of the site; what it builds, the content link check recognises
// (the same id comes back out of PAGE_PATTERNS), so a link written in content and a page agree.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EN_PAGE_ROOTS, PAGE_ROOTS, PAGE_PATTERNS, enFaqPath, enGuidePath, enWardPath, faqPath, guidePath, guidePrintPath, provincePath, unitPath } from '../../src/lib/routes';

describe('routes', () => {
  // Each builder is called inside its test (not when the table is made), so a broken builder fails
  // that test and the mutation run sees which test covers which builder.
  it.each([
    ['guide', () => guidePath('dang-ky-muc-2'), '/huong-dan/dang-ky-muc-2/', 'dang-ky-muc-2'],
    ['guidePrint', () => guidePrintPath('dang-ky-muc-2'), '/huong-dan/dang-ky-muc-2/in/', 'dang-ky-muc-2'],
    ['faq', () => faqPath('quen-mat-khau'), '/hoi-dap/quen-mat-khau/', 'quen-mat-khau'],
    ['ward', () => unitPath('27664'), '/phuong-xa/27664/', '27664'],
    ['province', () => provincePath('ho-chi-minh'), '/phuong-xa/tinh/ho-chi-minh/', 'ho-chi-minh'],
    ['enGuide', () => enGuidePath('foreigners-level-2'), '/en/guides/foreigners-level-2/', 'foreigners-level-2'],
    ['enFaq', () => enFaqPath('forgot-passcode'), '/en/faq/forgot-passcode/', 'forgot-passcode'],
  ] as const)('%s: builds its path and recognises its id', (kind, build, expected, id) => {
    const built = build();
    expect(built).toBe(expected);
    expect(PAGE_PATTERNS[kind].exec(built)?.[1]).toBe(id);
  });

  it('keeps a print page apart from its guide, and a province list apart from a ward', () => {
    expect(PAGE_PATTERNS.guide.test(guidePrintPath('x'))).toBe(false);
    expect(PAGE_PATTERNS.ward.test(provincePath('ha-noi'))).toBe(false);
    expect(PAGE_PATTERNS.ward.test('/phuong-xa/2766/')).toBe(false);
    expect(PAGE_PATTERNS.formerUnit.exec('/phuong-xa/cu/ho-chi-minh/quan-3/phuong-5/')?.[1]).toBe('ho-chi-minh/quan-3/phuong-5');
  });

  it('gives the English ward page the unit in its query', () => {
    expect(enWardPath('27664')).toBe('/en/ward/?code=27664');
  });

  it('lists every fixed page of src/pages as a page content may link to, and nothing else', () => {
    // The fixed pages: each src/pages/**/index.astro outside a [param] folder, as its address.
    const fixed = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
      .filter((file) => /(^|\/)index\.astro$/.test(file) && !file.includes('['))
      .map((file) => `/${file.replace(/index\.astro$/, '')}`)
      // The staff editing app is no page for residents: content never links to it.
      .filter((path) => path !== '/quan-tri/');
    expect([...PAGE_ROOTS, ...EN_PAGE_ROOTS].sort()).toEqual(fixed.sort());
  });
});
