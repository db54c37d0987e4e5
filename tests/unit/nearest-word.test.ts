// A misspelt field, component or attribute name ("sorces:", <Steps>) is refused with the name staff
// most likely meant: the nearest known word, ignoring case, and only when it is close enough to be a
// slip of the keyboard (never a far-fetched guess that would send them the wrong way).
import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord } from '../../src/lib/nearest-word';

/** Restricted edit distance (optimal string alignment), written as its recursive definition. */
function referenceDistance(a: string, b: string): number {
  const memo = new Map<string, number>();
  const d = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d(i - 2, j - 2) + 1);
    memo.set(key, best);
    return best;
  };
  return d(a.length, b.length);
}

/** Every string of up to `max` letters over `letters`, the empty one included. */
function allWords(letters: string, max: number): string[] {
  let level = [''];
  const words = [''];
  for (let n = 1; n <= max; n++) {
    level = level.flatMap((w) => [...letters].map((c) => w + c));
    words.push(...level);
  }
  return words;
}

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['x', 'ab', 2],
    ['ab', 'x', 2],
    ['sources', 'sources', 0],
    ['sorces', 'sources', 1],
    ['soruces', 'sources', 1],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    ['ba', 'xb', 2],
    ['ab', 'bc', 2],
    ['abc', 'cba', 2],
    // Restricted: a swapped pair is not edited again, so "ca" → "abc" takes 3 (full Damerau would say 2).
    ['ca', 'abc', 3],
    ['Reviewed', 'reviewed', 1],
    ['nguồn', 'nguon', 1],
  ])('from "%s" to "%s" is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('counts a swap of two neighbouring letters as one edit, and two far-apart letters as two', () => {
    expect(editDistance('title', 'titel')).toBe(1);
    expect(editDistance('title', 'eitlt')).toBe(2);
  });

  it('agrees with the definition on every pair of words of up to 4 letters from a, b, c', () => {
    const words = allWords('abc', 4);
    expect(words).toHaveLength(121);
    const wrong: string[] = [];
    for (const a of words) {
      for (const b of words) {
        const got = editDistance(a, b);
        const want = referenceDistance(a, b);
        if (got !== want) wrong.push(`"${a}"→"${b}": ${got}, phải là ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('nearestWord', () => {
  const fields = ['title', 'summary', 'sources', 'reviewed', 'reviewedBy'];

  it('suggests the field staff meant, in the spelling of the known list', () => {
    expect(nearestWord('sorces', fields)).toBe('sources');
    expect(nearestWord('Reviewed', fields)).toBe('reviewed');
    expect(nearestWord('TITEL', fields)).toBe('title');
    expect(nearestWord('reviewedby', fields)).toBe('reviewedBy');
    expect(nearestWord('Steps', ['StepByStep', 'Step', 'Checklist'])).toBe('Step');
    expect(nearestWord('checklist', ['StepByStep', 'Step', 'Checklist'])).toBe('Checklist');
  });

  it('suggests nothing when no known word is close, or there is none', () => {
    expect(nearestWord('phone', fields)).toBeUndefined();
    expect(nearestWord('sources', [])).toBeUndefined();
    expect(nearestWord('', [])).toBeUndefined();
  });

  it('returns a word that is known exactly, whatever its case', () => {
    expect(nearestWord('summary', fields)).toBe('summary');
    expect(nearestWord('SUMMARY', fields)).toBe('summary');
  });

  it('keeps the first of two equally near words', () => {
    expect(nearestWord('cat', ['bat', 'cot'])).toBe('bat');
    expect(nearestWord('cat', ['cot', 'bat'])).toBe('cot');
    // A nearer word later in the list still wins.
    expect(nearestWord('cat', ['bit', 'cot', 'cat'])).toBe('cat');
    expect(nearestWord('sorces', ['sauces', 'sources'])).toBe('sources');
  });

  it('takes the nearest, not the first close enough', () => {
    expect(nearestWord('abcdefghi', ['abcdefxyz', 'abcdefghx'])).toBe('abcdefghx');
    expect(nearestWord('abcdefghi', ['abcdefghx', 'abcdefxyz'])).toBe('abcdefghx');
  });

  describe('allows a third of the word, at least 1 and at most 3 edits', () => {
    it.each([
      // [word, known word, edits between them, suggested?]
      ['a', 'b', 1, true],
      ['a', 'bc', 2, false],
      ['ab', 'xy', 2, false],
      ['abcde', 'abcdx', 1, true],
      ['abcde', 'abcxy', 2, false],
      ['abcdef', 'abcdxy', 2, true],
      ['abcdef', 'abcxyz', 3, false],
      ['abcdefgh', 'abcdefxy', 2, true],
      ['abcdefgh', 'abcdexyz', 3, false],
      ['abcdefghi', 'abcdefxyz', 3, true],
      ['abcdefghi', 'abcdewxyz', 4, false],
      ['abcdefghijklmnopqrst', 'abcdefghijklmnopqxyz', 3, true],
      ['abcdefghijklmnopqrst', 'abcdefghijklmnopwxyz', 4, false],
      // The allowance follows the word written, not the known one.
      ['abcde', 'abcdexy', 2, false],
      ['abcdefg', 'abcde', 2, true],
    ] as const)('"%s" → "%s" (%i edits): %s', (word, known, edits, suggested) => {
      expect(editDistance(word, known)).toBe(edits);
      expect(nearestWord(word, [known])).toBe(suggested ? known : undefined);
      expect(nearestWord(word.toUpperCase(), [known])).toBe(suggested ? known : undefined);
    });
  });

  it('treats a letter with diacritics as another letter', () => {
    expect(nearestWord('nguon', ['nguồn'])).toBe('nguồn');
    expect(nearestWord('ngươn', ['nguồn'])).toBeUndefined();
  });
});
