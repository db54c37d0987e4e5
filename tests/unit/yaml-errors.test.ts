// Staff editing content/ see every YAML mistake as one Vietnamese sentence with the file, the line
// and the fix; a key written twice is an error, never "the last one wins" (a value silently lost).
import { describe, expect, it } from 'vitest';
import { describeYamlError, parseYamlStrict } from '../../src/lib/yaml-errors';

/** The message parseYamlStrict throws for `text` (fails the test when it parses). */
function thrown(text: string, file = 'content/sources.yaml', lineOffset?: number): string {
  try {
    parseYamlStrict(text, file, lineOffset);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  expect.fail('phải báo lỗi cú pháp');
}

const MISSING = 'thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn). Sửa: đóng ngoặc trên cùng dòng';

describe('parseYamlStrict', () => {
  it('returns what the YAML says', () => {
    expect(parseYamlStrict('title: "Bước 1: mở ứng dụng"\nsources: [a, b]\nso: 3\n', 'f.yaml')).toEqual({ title: 'Bước 1: mở ứng dụng', sources: ['a', 'b'], so: 3 });
    expect(parseYamlStrict('- 27664\n- "27667"\n', 'f.yaml')).toEqual([27664, '27667']);
  });

  it('returns null for an empty file (callers read it as no entries)', () => {
    expect(parseYamlStrict('', 'f.yaml')).toBeNull();
    expect(parseYamlStrict('# chỉ có ghi chú\n', 'f.yaml')).toBeNull();
  });

  it.each([
    ['a key written twice', 'a: 1\nb: 2\na: 3\n', 3, 'một khóa (tên trường hoặc mã) được ghi hai lần. Sửa: xóa hoặc đổi tên một trong hai'],
    ['a key written twice, nested', 'a:\n  b: 1\n  b: 2\n', 3, 'một khóa (tên trường hoặc mã) được ghi hai lần. Sửa: xóa hoặc đổi tên một trong hai'],
    ['an unclosed bracket', '[1, 2\n', 2, MISSING],
    ['an unclosed brace', '{a: 1\n', 2, MISSING],
    ['items out of line', 'a:\n  b: 1\n c: 2\n', 3, 'thụt lề sai. Sửa: các dòng cùng cấp phải thẳng hàng, dùng dấu cách (không dùng phím Tab)'],
    ['a flow list left open in a block', 'a: [1, 2\nb: 3\n', 2, 'thụt lề sai. Sửa: các dòng cùng cấp phải thẳng hàng, dùng dấu cách (không dùng phím Tab)'],
    ['a tab as indentation', 'a:\n\tb: 1\n', 2, 'dùng phím Tab để thụt lề. Sửa: thay Tab bằng dấu cách'],
    ['two colons on a line', 'title: Bước 1: làm\n', 1, 'hai dấu hai chấm trên một dòng hoặc thụt lề sai. Sửa: đặt nội dung có dấu ":" trong ngoặc kép, ví dụ title: "Bước 1: …"'],
    ['a key broken over two lines', 'a: 1\nkey\n  more: 2\n', 2, 'một khóa bị xuống dòng. Sửa: viết khóa và dấu ":" trên cùng một dòng'],
    ['a stray closing bracket', 'a: 1\n] \n', 2, 'có ký tự không đúng chỗ. Sửa: đặt nội dung trong ngoặc kép'],
    ['a value starting with @', 'a: @x\n', 1, 'nội dung bắt đầu bằng ký tự đặc biệt (như @, `, %, *). Sửa: đặt nội dung trong ngoặc kép'],
    ['a value starting with `', 'a: `x\n', 1, 'nội dung bắt đầu bằng ký tự đặc biệt (như @, `, %, *). Sửa: đặt nội dung trong ngoặc kép'],
    ['a value starting with %', 'a: %x\n', 1, 'nội dung bắt đầu bằng ký tự đặc biệt (như @, `, %, *). Sửa: đặt nội dung trong ngoặc kép'],
    ['a lone *', 'a: * x\n', 1, 'dấu * ở đầu nội dung. Sửa: đặt nội dung trong ngoặc kép'],
    ['a "---" line in the middle', 'a: 1\n---\nb: 2\n', 2, 'có dòng "---" giữa tệp (một tệp chỉ có một phần). Sửa: xóa dòng "---" đó'],
    ['a line without its colon', 'a: |\n b\nc\n', 3, 'một dòng thiếu dấu ":" sau tên trường. Sửa: viết tên: nội dung, hoặc thụt lề dòng đó như dòng trên'],
  ])('explains %s with its line and fix', (_, text, line, fix) => {
    expect(thrown(text)).toBe(`content/sources.yaml, dòng ${line}: lỗi cú pháp YAML, ${fix}.`);
  });

  it('explains a mistake it has no words for with the parser\'s first line, without its English position, and the usual checks', () => {
    expect(describeYamlError('f.yaml', { code: 'SOMETHING_NEW', message: 'Odd thing at line 2, column 1:\n  a', linePos: [{ line: 2, col: 1 }] })).toBe(
      'f.yaml, dòng 2: lỗi cú pháp YAML, không đọc được (Odd thing). Sửa: kiểm tra dấu hai chấm, ngoặc kép và thụt lề.',
    );
  });

  it('reads an alias to nothing as the lone * it usually is, without a line when the parser gives none', () => {
    expect(thrown('a: *x\n', 'f.yaml')).toBe('f.yaml: lỗi cú pháp YAML, dấu * ở đầu nội dung. Sửa: đặt nội dung trong ngoặc kép.');
  });

  it('adds the lines before the YAML (a frontmatter starts after "---")', () => {
    expect(thrown('a: 1\na: 2\n', 'content/faq/x.md', 1)).toBe('content/faq/x.md, dòng 3: lỗi cú pháp YAML, một khóa (tên trường hoặc mã) được ghi hai lần. Sửa: xóa hoặc đổi tên một trong hai.');
    expect(thrown('a: 1\na: 2\n', 'content/faq/x.md', 0)).toBe('content/faq/x.md, dòng 2: lỗi cú pháp YAML, một khóa (tên trường hoặc mã) được ghi hai lần. Sửa: xóa hoặc đổi tên một trong hai.');
  });

  describe('an unclosed double quote', () => {
    // The parser reports where it gave up (often the end of the file); staff need the line they must close.
    it.each([
      ['in the middle of the file', 'a: 1\ntitle: "Bước 1\nb: 2\nc: 3\n', 2],
      ['on the last line, without a final newline', 'a: 1\ntitle: "Bước 1', 2],
      ['on the first line', 'title: "Bước 1\nb: 2\n', 1],
      ['with Windows line ends', 'a: 1\r\ntitle: "Bước 1\r\nb: 2\r\n', 2],
      ['after a closed quote with an escaped quote inside', 'a: "màn hình 5\\" inch"\ntitle: "Bước 1\nb: 2\n', 2],
      ['after a single-quoted value holding a double quote', 'a: \'nói "chào\'\ntitle: "Bước 1\nb: 2\n', 2],
      ['after an apostrophe in plain text', "note: it's fine\ntitle: \"Bước 1\nb: 2\n", 2],
      ['inside a flow list', 'a: ["x, 2]\nb: 1\n', 1],
      ['after a line with two quotes', 'a: 1\nb: "x\nc: "y"\n', 2],
    ])('%s is reported on the line where it opens', (_, text, line) => {
      expect(thrown(text, 'f.yaml')).toBe(`f.yaml, dòng ${line}: lỗi cú pháp YAML, ${MISSING}.`);
    });

    it('is reported on that line plus the lines before the YAML', () => {
      expect(thrown('a: 1\ntitle: "Bước 1\nb: 2\nc: 3\n', 'f.md', 1)).toBe(`f.md, dòng 3: lỗi cú pháp YAML, ${MISSING}.`);
    });

    it('an unclosed single quote is reported on the line where it opens too', () => {
      expect(thrown("a: 1\nb: 'abc\nc: 2\n", 'f.yaml')).toBe(`f.yaml, dòng 2: lỗi cú pháp YAML, ${MISSING}.`);
      expect(thrown("a: 'it''s'\nb: 'abc\nc: 2\n", 'f.yaml')).toBe(`f.yaml, dòng 2: lỗi cú pháp YAML, ${MISSING}.`);
    });

    it('is not taken for a quote in a comment or inside a plain value before it', () => {
      expect(thrown('# dấu " thừa\na: 1\ntitle: "Bước 1\nb: 2\n', 'f.yaml')).toBe(`f.yaml, dòng 3: lỗi cú pháp YAML, ${MISSING}.`);
      expect(thrown('size: 12"\na: 1\nt: "abc\nb: 2\n', 'f.yaml')).toBe(`f.yaml, dòng 3: lỗi cú pháp YAML, ${MISSING}.`);
      expect(thrown('a: "say \\"hi\\""\nt: "abc\nb: 2\n', 'f.yaml')).toBe(`f.yaml, dòng 2: lỗi cú pháp YAML, ${MISSING}.`);
    });
  });
});

describe('describeYamlError', () => {
  const quoteError = (line: number) => ({ code: 'MISSING_CHAR', message: 'Missing closing "quote at line 9, column 1:', linePos: [{ line, col: 1 }] });

  it('finds the opening quote only on lines up to where the parser gave up', () => {
    // Never a line past the parser's: an odd quote further down is another matter.
    expect(describeYamlError('f.yaml', quoteError(2), 'a: 1\nb: 2\nc: "x\n')).toBe(`f.yaml, dòng 2: lỗi cú pháp YAML, ${MISSING}.`);
    expect(describeYamlError('f.yaml', quoteError(3), 'a: 1\nb: 2\nc: "x\n')).toBe(`f.yaml, dòng 3: lỗi cú pháp YAML, ${MISSING}.`);
    expect(describeYamlError('f.yaml', quoteError(5), 'a: 1\nb: "x\nc: 2\nd: 3\ne: 4\n')).toBe(`f.yaml, dòng 2: lỗi cú pháp YAML, ${MISSING}.`);
  });

  it('keeps the parser\'s line without the text, or when no line has an odd quote', () => {
    expect(describeYamlError('f.yaml', quoteError(5))).toBe(`f.yaml, dòng 5: lỗi cú pháp YAML, ${MISSING}.`);
    expect(describeYamlError('f.yaml', quoteError(5), '')).toBe(`f.yaml, dòng 5: lỗi cú pháp YAML, ${MISSING}.`);
    expect(describeYamlError('f.yaml', quoteError(3), 'a: 1\nb: "x"\nc: 2\n')).toBe(`f.yaml, dòng 3: lỗi cú pháp YAML, ${MISSING}.`);
  });

  it('looks for a quote only when the missing character is a quote', () => {
    const bracket = { code: 'MISSING_CHAR', message: 'Flow sequence must end with a ] at line 3, column 1:', linePos: [{ line: 3, col: 1 }] };
    expect(describeYamlError('f.yaml', bracket, 'a: "x\nb: [1\nc: 2\n')).toBe(`f.yaml, dòng 3: lỗi cú pháp YAML, ${MISSING}.`);
    expect(describeYamlError('f.yaml', { ...bracket, message: undefined }, 'a: "x\nb: [1\n')).toBe(`f.yaml, dòng 3: lỗi cú pháp YAML, ${MISSING}.`);
    const otherCode = { code: 'BAD_INDENT', message: 'Missing closing "quote', linePos: [{ line: 3, col: 1 }] };
    expect(describeYamlError('f.yaml', otherCode, 'a: "x\nb: 2\nc: 3\n')).toBe('f.yaml, dòng 3: lỗi cú pháp YAML, thụt lề sai. Sửa: các dòng cùng cấp phải thẳng hàng, dùng dấu cách (không dùng phím Tab).');
  });

  it('adds the offset to the line of the opening quote', () => {
    expect(describeYamlError('f.md', quoteError(4), 'a: 1\nb: "x\nc: 2\n', 10)).toBe(`f.md, dòng 12: lỗi cú pháp YAML, ${MISSING}.`);
  });

  it('takes the first line of the parser\'s message for a code it has no words for', () => {
    expect(describeYamlError('f.yaml', { code: 'SOMETHING_NEW', message: 'Odd thing here\n  a: 1\n  ^', linePos: [{ line: 7, col: 2 }] })).toBe(
      'f.yaml, dòng 7: lỗi cú pháp YAML, không đọc được (Odd thing here). Sửa: kiểm tra dấu hai chấm, ngoặc kép và thụt lề.',
    );
    expect(describeYamlError('f.yaml', { message: 'Odd thing here\nsecond line' })).toBe('f.yaml: lỗi cú pháp YAML, không đọc được (Odd thing here). Sửa: kiểm tra dấu hai chấm, ngoặc kép và thụt lề.');
  });

  it('says what was thrown when it is not an error with a message', () => {
    expect(describeYamlError('f.yaml', 'boom\nmore')).toBe('f.yaml: lỗi cú pháp YAML, không đọc được (boom). Sửa: kiểm tra dấu hai chấm, ngoặc kép và thụt lề.');
    expect(describeYamlError('f.yaml', {})).toBe('f.yaml: lỗi cú pháp YAML, không đọc được ([object Object]). Sửa: kiểm tra dấu hai chấm, ngoặc kép và thụt lề.');
  });

  it('gives no line when the parser\'s positions are empty', () => {
    expect(describeYamlError('f.yaml', { code: 'DUPLICATE_KEY', linePos: [] })).toBe('f.yaml: lỗi cú pháp YAML, một khóa (tên trường hoặc mã) được ghi hai lần. Sửa: xóa hoặc đổi tên một trong hai.');
  });
});
