import { parse } from 'yaml';

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
};

interface YamlLikeError {
  code?: string;
  linePos?: { line: number; col: number }[];
  message?: string;
}

/** The line where an unclosed double quote starts, which the parser reports only where it gave up. */
function unclosedQuoteLine(text: string, before: number): number | undefined {
  const lines = text.split(/\r?\n/).slice(0, before);
  for (const [i, line] of lines.entries()) {
    const quotes = line.replace(/\\"/g, '').replace(/'[^']*'/g, '').match(/"/g)?.length ?? 0;
    if (quotes % 2 === 1) return i + 1;
  }
  return undefined;
}

export function describeYamlError(file: string, error: unknown, text?: string, lineOffset = 0): string {
  const e = error as YamlLikeError;
  let line = e.linePos?.[0]?.line;
  if (e.code === 'MISSING_CHAR' && text && line && /quote/i.test(e.message ?? '')) line = unclosedQuoteLine(text, line) ?? line;
  const where = line ? `, dòng ${line + lineOffset}` : '';
  const fix = (e.code && FIXES[e.code]) ?? `không đọc được (${(e.message ?? String(error)).split('\n')[0]}). Sửa: kiểm tra dấu hai chấm, ngoặc kép và thụt lề`;
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
