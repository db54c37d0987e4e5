// How a typed place word meets a word of a name: residents type with all, some or none of the
// Vietnamese marks. What they marked must match; what they left plain matches any mark; numbers
// match whole. A wrong rule here sends a resident to the wrong ward.
import { describe, expect, it } from 'vitest';
import { placeWords, wordMatches } from '../../src/lib/place-words';

const one = (text: string) => {
  const words = placeWords(text);
  expect(words, text).toHaveLength(1);
  return words[0]!;
};
const matches = (query: string, word: string, whole = false) => wordMatches(one(query), one(word), whole);

describe('placeWords', () => {
  it('splits on anything but letters and digits, lower-cases, and folds each word', () => {
    expect(placeWords('Phường 4, Quận 3').map((w) => [w.text, w.fold, w.letters, w.tone, w.marked])).toEqual([
      ['phường', 'phuong', 'phương', '\u0300', true],
      ['4', '4', '4', '', false],
      ['quận', 'quan', 'quân', '\u0323', true],
      ['3', '3', '3', '', false],
    ]);
  });

  it('marks a word typed with a letter mark only, or a tone only, and not a plain one', () => {
    expect([one('tư').marked, one('tư').tone]).toEqual([true, '']);
    expect([one('tú').marked, one('tú').tone, one('tú').letters]).toEqual([true, '\u0301', 'tu']);
    expect([one('tu').marked, one('tu').tone]).toEqual([false, '']);
    expect(one('Đồng').fold).toBe('dong');
  });

  it('reads the same words from composed and decomposed text, and drops what has no letter or digit', () => {
    expect(placeWords('Hòa'.normalize('NFD'))).toEqual(placeWords('Hòa'));
    expect(placeWords(' -- , ')).toEqual([]);
    expect(placeWords('Xã—Cần Giờ').map((w) => w.fold)).toEqual(['xa', 'can', 'gio']);
  });
});

describe('wordMatches', () => {
  it('matches the start of a word, or the whole word when asked', () => {
    expect(matches('ph', 'Phường')).toBe(true);
    expect(matches('huong', 'Phường')).toBe(false);
    expect(matches('phuo', 'Phường', true)).toBe(false);
    expect(matches('phuong', 'Phường', true)).toBe(true);
  });

  it('matches numbers whole: 4 is not 14, 1 is not 12', () => {
    expect(matches('4', '14')).toBe(false);
    expect(matches('1', '12')).toBe(false);
    expect(matches('14', '14')).toBe(true);
  });

  it('matches a plain word against any marks', () => {
    expect(matches('phuong', 'Phường')).toBe(true);
    expect(matches('phuong', 'Phương')).toBe(true);
    expect(matches('tu', 'Tú')).toBe(true);
  });

  it('keeps a tone the visitor typed: "từ" is not "Tú", "phường" is not "Phương"', () => {
    expect(matches('từ', 'Tú')).toBe(false);
    expect(matches('phường', 'Phương')).toBe(false);
    expect(matches('phường', 'Phường')).toBe(true);
    expect(matches('tú', 'Tú')).toBe(true);
  });

  it('keeps a letter mark the visitor typed, at that letter: "tư" is not "Tu", "đông" is not "Dông"', () => {
    expect(matches('tư', 'Tu')).toBe(false);
    expect(matches('tư', 'Tư')).toBe(true);
    expect(matches('đông', 'Dông')).toBe(false);
    expect(matches('đông', 'Đồng')).toBe(true);
    // A plain letter beside a marked one still matches the word's mark there.
    expect(matches('phươ', 'Phương')).toBe(true);
    expect(matches('phươ', 'Phuông')).toBe(false);
  });

  it('compares the tone per word, so the old and new tone placements match ("Hoà" and "Hòa")', () => {
    expect(matches('hòa', 'Hoà')).toBe(true);
    expect(matches('hoà', 'Hòa')).toBe(true);
    expect(matches('hóa', 'Hòa')).toBe(false);
  });
});
