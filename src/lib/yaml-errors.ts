import { Lexer, parse } from 'yaml';

/**
 * YAML read strictly (a key written twice is an error, not "the last one wins") and every mistake
 * explained in Vietnamese with the file, the line and the fix, for the staff who edit content/.
 */
const FIXES: Record<string, string> = {
  DUPLICATE_KEY: 'một khóa (tên trường hoặc mã) được ghi hai lần. Sửa: xóa hoặc đổi tên một trong hai',
  MISSING_CHAR: 'thiếu ký tự đóng (dấu ngoặc kép, ngoặc vuông hoặc ngoặc nhọn). Sửa: đóng ngoặc trên cùng dòng',
  BAD_INDENT: 'thụt lề sai. Sửa: các dòng cùng cấp phải thẳng hàng, dùng dấu cách (không dùng phím Tab)',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề. Sửa: thay Tab bằng dấu cách',
  BLOCK_AS_IMPLICIT_KEY: 'hai dấu hai chấm trên một dòng hoặc thụt lề sai. Sửa: đặt nội dung có dấu ":" trong ngoặc kép, ví dụ title: "Bước 1: …"',
  MULTILINE_IMPLICIT_KEY: 'một khóa bị xuống dòng. Sửa: viết khóa và dấu ":" trên cùng một dòng',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ. Sửa: đặt nội dung trong ngoặc kép',
  BAD_SCALAR_START: 'nội dung bắt đầu bằng ký tự đặc biệt (như @, `, %, *). Sửa: đặt nội dung trong ngoặc kép',
  BAD_ALIAS: 'dấu * ở đầu nội dung. Sửa: đặt nội dung trong ngoặc kép',
  MULTIPLE_DOCS: 'có dòng "---" giữa tệp (một tệp chỉ có một phần). Sửa: xóa dòng "---" đó',
  // Not the parser's codes: MISSING_CHAR and a message-only error the parser words differently.
  MISSING_COLON: 'một dòng thiếu dấu ":" sau tên trường. Sửa: viết tên: nội dung, hoặc thụt lề dòng đó như dòng trên',
};

/** The table's entry for an error: by its code, or by its words where one code covers several mistakes. */
function fixOf(e: YamlLikeError): string | undefined {
  const message = e.message ?? '';
  if (e.code === 'MISSING_CHAR' && /followed by map values/i.test(message)) return FIXES.MISSING_COLON;
  if (!e.code && /^Unresolved alias/i.test(message)) return FIXES.BAD_ALIAS;
  return e.code ? FIXES[e.code] : undefined;
}

interface YamlLikeError {
  code?: string;
  linePos?: { line: number; col: number }[];
  message?: string;
}

/** Whether a quoted scalar, as the YAML lexer cut it, ends with its closing quote. */
function closesItsQuote(token: string): boolean {
  const body = token.slice(1);
  // Inside single quotes a quote is written twice; inside double quotes it is escaped.
  const rest = token[0] === "'" ? body.replace(/''/g, '') : body.replace(/\\[\s\S]/g, '');
  return rest.endsWith(token[0]!);
}

// The lexer's markers for the start of a document, the end of a flow error and a scalar: not text.
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);

/**
 * The line where an unclosed quote starts, which the parser reports only where it gave up (often
 * the end of the file): the first quoted value that never closes, or that runs on past its line
 * (in content files a value is one line; a quote left open there swallows the next lines up to the
 * next quote). Read from the YAML lexer's own tokens, so a quote inside a comment or in the middle
 * of a plain value ("12\"") is not taken for one; never a line after the parser's.
 */
function unclosedQuoteLine(text: string, parserLine: number): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (LEXER_MARKERS.has(token)) continue;
    if ((token[0] === '"' || token[0] === "'") && (!closesItsQuote(token) || token.includes('\n'))) {
      const line = text.slice(0, offset).split('\n').length;
      return line <= parserLine ? line : undefined;
    }
    offset += token.length;
  }
  return undefined;
}

export function describeYamlError(file: string, error: unknown, text?: string, lineOffset = 0): string {
  const e = error as YamlLikeError;
  let line = e.linePos?.[0]?.line;
  if (e.code === 'MISSING_CHAR' && text && line && /quote/i.test(e.message ?? '')) line = unclosedQuoteLine(text, line) ?? line;
  const where = line ? `, dòng ${line + lineOffset}` : '';
  // A mistake the table has no words for: the parser's own words, without its English "at line…" (the line is said above).
  const parserWords = (e.message ?? String(error)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const fix = fixOf(e) ?? `không đọc được (${parserWords}). Sửa: kiểm tra dấu hai chấm, ngoặc kép và thụt lề`;
  return `${file}${where}: lỗi cú pháp YAML, ${fix}.`;
}

/** Parses YAML text, throwing an Error whose message is describeYamlError's. */
export function parseYamlStrict(text: string, file: string, lineOffset = 0): unknown {
  try {
    return parse(text, { uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new Error(describeYamlError(file, error, text, lineOffset));
  }
}
