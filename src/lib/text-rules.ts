/**
 * The one text-cleaning rule for every field that staff write, whatever the entry point (content
 * YAML, Markdown/MDX frontmatter and bodies, the contacts and sessions CSV, the staff editing app,
 * the print generator): the text is put in Unicode NFC (so "ệ" typed as e + two marks is one letter
 * and compares equal), and characters that a reader cannot see but that change what is shown are
 * refused, naming the character and where it is. Refused, never stripped: a silently "fixed" value
 * would hide from staff that what they pasted was not what they saw.
 *
 * Refused: control characters (C0 and C1; a line break only where the field allows several lines),
 * direction controls (a right-to-left override makes "gov.vn/lừa" display as something else),
 * zero-width characters and other invisible format characters, line and paragraph separators,
 * private-use and unassigned code points, lone surrogates.
 */

/** Vietnamese names of the invisible characters staff paste most often (from web pages, Word, Zalo). */
const NAMES: Record<number, string> = {
  0x09: 'ký tự Tab',
  0x0a: 'dấu xuống dòng',
  0x0d: 'dấu về đầu dòng (CR)',
  0x00ad: 'dấu gạch nối mềm (soft hyphen)',
  0x061c: 'dấu chỉ hướng chữ Ả Rập',
  0x180e: 'dấu cách Mông Cổ',
  0x200b: 'khoảng trắng không độ rộng (zero-width space)',
  0x200c: 'ký tự không nối (zero-width non-joiner)',
  0x200d: 'ký tự nối không độ rộng (zero-width joiner)',
  0x200e: 'dấu chỉ hướng trái sang phải (LRM)',
  0x200f: 'dấu chỉ hướng phải sang trái (RLM)',
  0x2028: 'ký tự ngắt dòng Unicode (line separator)',
  0x2029: 'ký tự ngắt đoạn Unicode (paragraph separator)',
  0x202a: 'ký tự đổi hướng chữ (LRE)',
  0x202b: 'ký tự đổi hướng chữ (RLE)',
  0x202c: 'ký tự đổi hướng chữ (PDF)',
  0x202d: 'ký tự ép hướng chữ (LRO)',
  0x202e: 'ký tự đảo ngược hướng chữ (RLO)',
  0x2060: 'ký tự nối từ vô hình (word joiner)',
  0x2066: 'ký tự cô lập hướng chữ (LRI)',
  0x2067: 'ký tự cô lập hướng chữ (RLI)',
  0x2068: 'ký tự cô lập hướng chữ (FSI)',
  0x2069: 'ký tự cô lập hướng chữ (PDI)',
  0xfeff: 'dấu BOM / khoảng trắng không độ rộng (U+FEFF)',
};

/** Anything a reader cannot see that changes what is shown (see the file comment). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]/u;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** "khoảng trắng không độ rộng (zero-width space), U+200B". */
export function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `${NAMES[code] ?? (/\p{Cc}/u.test(char) ? 'ký tự điều khiển' : 'ký tự vô hình')} ${hex(code)}`;
}

export interface InvisibleCharacter {
  char: string;
  /** 1-based position in the text as a reader counts characters (code points). */
  position: number;
  /** 1-based line and column, for multi-line text (bodies, frontmatter). */
  line: number;
  column: number;
}

/** Every refused character of `text`, with its position. Line breaks count as allowed when `multiline`. */
export function findInvisibleCharacters(text: string, { multiline = false } = {}): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  let position = 0;
  let line = 1;
  let column = 0;
  for (const char of text) {
    position++;
    column++;
    if (char === '\n') {
      if (!multiline) found.push({ char, position, line, column });
      line++;
      column = 0;
      continue;
    }
    // A Windows line ending (CRLF) in a multi-line text is one line break.
    if (char === '\r' && multiline) continue;
    if (char === '\t' && multiline) continue;
    if (INVISIBLE.test(char)) found.push({ char, position, line, column });
  }
  return found;
}

export type TextCheck = { ok: true; text: string } | { ok: false; reason: string };

const FIX = 'Sửa: gõ lại chữ đó bằng bàn phím (ký tự này thường dính vào khi chép từ trang web, Word hoặc Zalo).';

/**
 * The rule itself: NFC, then refusal of invisible characters. `what` names the field in the
 * message ("tên nơi liên hệ (name)"). Returns the normalised text.
 */
export function checkCleanText(input: string, { what, multiline = false }: { what?: string; multiline?: boolean } = {}): TextCheck {
  const text = input.normalize('NFC');
  const [first, ...rest] = findInvisibleCharacters(text, { multiline });
  if (!first) return { ok: true, text };
  if (first.char === '\n' || first.char === '\r') {
    return { ok: false, reason: `${what ? `${what} bị` : 'Bị'} xuống dòng ở ký tự thứ ${first.position}, nhưng trường này chỉ có một dòng. Sửa: viết liền trên một dòng.` };
  }
  const where = multiline ? `dòng ${first.line}, ký tự thứ ${first.column}` : `ký tự thứ ${first.position}`;
  const more = rest.length ? ` (và ${rest.length} ký tự như vậy nữa)` : '';
  return { ok: false, reason: `${what ? `${what} có` : 'Có'} ${describeCharacter(first.char)} ở ${where}${more}, không nhìn thấy nhưng làm sai chữ hiển thị. ${FIX}` };
}

/** Characters that only markup needs: a plain-text field refuses them rather than show or run HTML. */
export const MARKUP_CHARACTERS = /[<>]/;

/**
 * A one-line plain-text field as every entry point checks it: the clean-text rule, no "<" or ">",
 * single spaces, a length in characters as a reader counts them. Returns the stored value.
 */
export function checkPlainText(input: string, { what, max, multiline = false }: { what: string; max: number; multiline?: boolean }): TextCheck {
  const clean = checkCleanText(input, { what, multiline });
  if (!clean.ok) return clean;
  const text = multiline ? clean.text.replace(/[ \t]+/g, ' ').replace(/\r\n?/g, '\n').trim() : clean.text.replace(/\s+/g, ' ').trim();
  const markup = MARKUP_CHARACTERS.exec(text);
  if (markup) return { ok: false, reason: `${what} có ký tự "${markup[0]}" (dùng cho mã HTML), trang không nhận mã HTML. Sửa: bỏ ký tự này, chỉ ghi chữ thường.` };
  // Code points are never fewer than characters: count characters only when the cheap count is over.
  const length = text.length <= max ? text.length : graphemeCount(text);
  if (length > max) return { ok: false, reason: `${what} dài ${length} ký tự, quá giới hạn ${max}. Sửa: viết ngắn lại (không cắt bớt tự động).` };
  return { ok: true, text };
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('vi', { granularity: 'grapheme' }) : undefined;

/** Characters as a reader counts them: "ệ", "👍🏽" and a flag are one each. */
export function graphemes(text: string): string[] {
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : [...text];
}

export function graphemeCount(text: string): number {
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/**
 * The first character a print font cannot draw in black on white: emoji and other pictographs, flags
 * (regional indicators), keycaps and emoji variation selectors. Staff see it named before printing.
 */
export function findUnprintable(text: string): { char: string; name: string; position: number } | undefined {
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x1f1e6 && code <= 0x1f1ff) return { char, name: `ký tự cờ, ${hex(code)}`, position };
    if (/\p{Emoji_Presentation}/u.test(char) || (/\p{Extended_Pictographic}/u.test(char) && code >= 0x1f000)) return { char, name: `biểu tượng cảm xúc hoặc hình vẽ, ${hex(code)}`, position };
    if (code === 0xfe0f || code === 0x20e3) return { char, name: `ký tự kiểu biểu tượng cảm xúc, ${hex(code)}`, position };
  }
  return undefined;
}
