// The site's fixed words in Vietnamese and English: a page's language comes from its address, both
// languages say the same things, and the step buttons' words match the script's Vietnamese default.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EN_READ_HOW, EN_SOURCE_KINDS, formatDateEn, langOfPath, ui, UI, type Lang } from '../../src/lib/i18n';
import { READ_HOW, SOURCE_KINDS } from '../../src/schemas/source';

const LANGS: Lang[] = ['vi', 'en'];

describe('langOfPath', () => {
  it('reads English from /en and /en/…, Vietnamese everywhere else', () => {
    for (const path of ['/en', '/en/', '/en/guides/', '/en/faq/lost-phone/']) expect(langOfPath(path), path).toBe('en');
    for (const path of ['/', '/huong-dan/', '/hoi-dap/en/', '/entry/', '/en-gb/']) expect(langOfPath(path), path).toBe('vi');
  });

  it('reads the language below a base path, and only there', () => {
    expect(langOfPath('/vneid/en/', '/vneid/')).toBe('en');
    expect(langOfPath('/vneid/en', '/vneid/')).toBe('en');
    expect(langOfPath('/vneid/en/guides/', '/vneid/')).toBe('en');
    expect(langOfPath('/vneid/', '/vneid/')).toBe('vi');
    expect(langOfPath('/vneid/huong-dan/', '/vneid/')).toBe('vi');
    // A page under the base whose own path merely contains "en" stays Vietnamese.
    expect(langOfPath('/vneid/hoi-dap/en/', '/vneid/')).toBe('vi');
    // An address outside the base is read as it is.
    expect(langOfPath('/en/guides/', '/vneid/')).toBe('en');
  });
});

describe('the interface words', () => {
  it('say the same things in both languages: the same keys, nothing empty', () => {
    expect(Object.keys(UI.en).filter((k) => k !== 'siteName').sort()).toEqual(Object.keys(UI.vi).sort());
    for (const lang of LANGS) {
      const t = ui(lang);
      expect(t).toBe(UI[lang]);
      expect(t.htmlLang).toBe(lang);
      for (const [key, value] of Object.entries(t)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.toBe('');
      }
      expect(t.nav).toHaveLength(UI.vi.nav.length);
      for (const item of [...t.nav, t.storeIphone, t.storeAndroid]) for (const value of Object.values(item)) expect(value.trim()).not.toBe('');
    }
  });

  it('speak Vietnamese on Vietnamese pages and English on English pages', () => {
    const vi = ui('vi');
    const en = ui('en');
    expect(vi.skip).toBe('Bỏ qua, đến nội dung chính');
    expect(en.skip).toBe('Skip to main content');
    expect(vi.ogLocale).toBe('vi_VN');
    expect(en.ogLocale).toBe('en_GB');
    expect(vi.warning).toBe('Cảnh báo: ');
    expect(en.warning).toBe('Warning: ');
    // Vietnamese pages use the configured site name; English pages name the site in English.
    expect(vi.siteName).toBeUndefined();
    expect(en.siteName).toBe('VNeID guide');
  });

  it('number and label the steps of a guide, for screen readers and the fold buttons', () => {
    expect(ui('vi').step(3)).toBe('Bước 3: ');
    expect(ui('en').step(3)).toBe('Step 3: ');
    expect(ui('vi').foldStep('Nhập mã OTP')).toBe('Thu gọn bước: Nhập mã OTP');
    expect(ui('vi').openStep('Nhập mã OTP')).toBe('Mở bước: Nhập mã OTP');
    expect(ui('en').foldStep('Enter the code')).toBe('Hide step: Enter the code');
    expect(ui('en').openStep('Enter the code')).toBe('Show step: Enter the code');
  });

  it('give the step script the same Vietnamese words as its built-in default (src/components/step-by-step)', () => {
    // StepByStep.astro passes foldStep('{}') and openStep('{}') to the script, which fills in the title.
    const vi = ui('vi');
    expect({ fold: vi.fold, open: vi.open, foldAll: vi.foldAll, openAll: vi.openAll, foldStep: vi.foldStep('{}'), openStep: vi.openStep('{}') }).toEqual({
      fold: 'Thu gọn',
      open: 'Mở bước',
      foldAll: 'Thu gọn tất cả các bước',
      openAll: 'Mở tất cả các bước',
      foldStep: 'Thu gọn bước: {}',
      openStep: 'Mở bước: {}',
    });
  });

  it('link each language to the other, and to pages of its own language that exist', () => {
    expect(langOfPath(ui('vi').switchHome)).toBe('en');
    expect(langOfPath(ui('en').switchHome)).toBe('vi');
    expect(ui('vi').switchLabel).toBe('English');
    expect(ui('en').switchLabel).toBe('Tiếng Việt');
    for (const lang of LANGS) {
      const t = ui(lang);
      for (const href of [...t.nav.map((n) => n.href), t.searchAction, t.footerSourcesHref]) {
        expect(langOfPath(href), href).toBe(lang);
        expect(existsSync(`src/pages${href}index.astro`), href).toBe(true);
      }
    }
  });
});

describe('English for the source lists', () => {
  it('has a word for every kind of document and every way of reading one', () => {
    expect(Object.keys(EN_SOURCE_KINDS).sort()).toEqual(Object.keys(SOURCE_KINDS).sort());
    expect(Object.keys(EN_READ_HOW).sort()).toEqual(Object.keys(READ_HOW).sort());
    expect(EN_SOURCE_KINDS['nghi-dinh']).toBe('Decree');
    expect(EN_READ_HOW['chua-doc']).toBe('not yet read');
  });
});

describe('formatDateEn', () => {
  it('writes the day, the month in words and the year, in Vietnam’s calendar day', () => {
    expect(formatDateEn(new Date('2026-12-03T00:00:00Z'))).toBe('3 December 2026');
    // 20:00 UTC on 2 December is already 3 December in Hà Nội (UTC+7).
    expect(formatDateEn(new Date('2026-12-02T20:00:00Z'))).toBe('3 December 2026');
    expect(formatDateEn(new Date('2026-01-31T16:59:59Z'))).toBe('31 January 2026');
  });
});
