import { z } from 'zod/v4';
import { checkField, FIELD_RULES, missingMessage, type FieldId } from '../lib/field-rules.ts';
import { checkPlainText } from '../lib/text-rules.ts';
import { checkDay } from '../lib/dates.ts';
import { nearestWord } from '../lib/nearest-word.ts';

/**
 * Shared field types. The schemas import plain Zod (the same package Astro re-exports as
 * astro/zod) and nothing from Astro's runtime, so the content preflight (src/lib/content-preflight.ts)
 * validates every file with them before Astro starts, and prints every problem at once with its
 * file and line. Messages are Vietnamese and say how to fix the value, because the people who edit
 * content/ are ward staff. Each field's rule is a row of src/lib/field-rules.ts, shared with the CSV
 * importers, the print generator and the staff editing app.
 */

// Any message a schema does not set itself comes out in Vietnamese.
z.config(z.locales.vi());

/** A message for a missing value and one for a value of the wrong kind. */
export const says = (missing: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? missing : wrong),
});

const absent = (value: unknown) => value === undefined || value === null || value === '';

/** What a value of the wrong kind is, in words staff know. */
function kindOf(value: unknown): string {
  if (typeof value === 'number') return 'một số';
  if (typeof value === 'boolean') return 'true/false';
  if (Array.isArray(value)) return 'một danh sách';
  if (value instanceof Date) return 'một ngày';
  return 'một nhóm trường';
}

/**
 * A field checked by its row in the field-rules table. YAML may hand over a number (a phone
 * written without quotes loses its leading 0) or, through Astro's own parser, a Date for an
 * unquoted day: a day is read back as the day written; anything else that is not text is refused.
 */
export function field(id: FieldId) {
  const rule = FIELD_RULES[id];
  return z.unknown().transform((value, ctx): string => {
    if (absent(value)) {
      ctx.addIssue({ code: 'custom', message: missingMessage(id) });
      return z.NEVER;
    }
    let text: string;
    if (typeof value === 'string') text = value;
    else if (value instanceof Date && rule.kind === 'day') text = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    else {
      const example = rule.kind === 'phone' ? ', ví dụ "028 3829 7009"' : rule.kind === 'unitCode' ? ', ví dụ "27664"' : rule.kind === 'time' ? ', ví dụ "07:30"' : '';
      ctx.addIssue({ code: 'custom', message: `${rule.label} phải là chữ, đang là ${kindOf(value)}. Sửa: đặt giá trị trong ngoặc kép${example}.` });
      return z.NEVER;
    }
    const result = checkField(id, text);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.value;
  });
}

/** An optional field: left out, or written empty (as a form may save it), it is absent. */
export const optionalField = (id: FieldId) => z.preprocess((value) => (absent(value) ? undefined : value), field(id).optional());

/** A day field held as Date at UTC midnight of the written day (see src/lib/dates.ts). */
export const dayField = (id: FieldId) => field(id).transform((iso) => new Date(`${iso}T00:00:00Z`));
export const optionalDayField = (id: FieldId) => z.preprocess((value) => (absent(value) ? undefined : value), dayField(id).optional());

/**
 * A calendar day written YYYY-MM-DD that is not a row of the table (a source's own date, the day it
 * was read): a real day, and by default not after today in Vietnam.
 */
export const day = ({ allowFuture = false, what = 'ngày' }: { allowFuture?: boolean; what?: string } = {}) =>
  z.unknown().transform((value, ctx) => {
    if (absent(value)) {
      ctx.addIssue({ code: 'custom', message: `Thiếu ${what}. Sửa: ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-07-01.` });
      return z.NEVER;
    }
    const result = checkDay(value, { allowFuture });
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `${what}: ${result.reason}` });
      return z.NEVER;
    }
    return result.date;
  });

/** A day that already happened (reviewed, verified, read): the common case. */
export const pastDay = day();

/** Required one-line text with a length limit, under the clean-text rule (src/lib/text-rules.ts). */
export const nonEmpty = (what: string, max = 300, { multiline = false } = {}) =>
  z.unknown().transform((value, ctx): string => {
    if (absent(value) || (typeof value === 'string' && !value.trim())) {
      ctx.addIssue({ code: 'custom', message: `Thiếu ${what}. Sửa: điền nội dung.` });
      return z.NEVER;
    }
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: `${what} phải là chữ, đang là ${kindOf(value)}. Sửa: đặt nội dung trong ngoặc kép.` });
      return z.NEVER;
    }
    const check = checkPlainText(value, { what: what.charAt(0).toUpperCase() + what.slice(1), max, multiline });
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.reason });
      return z.NEVER;
    }
    return check.text;
  });

/** Optional free text with a length limit, e.g. a note for reviewers. */
export const optionalText = (what: string, max: number, options: { multiline?: boolean } = {}) =>
  z.preprocess((value) => (absent(value) ? undefined : value), nonEmpty(what, max, options).optional());

/** A full https address (a source's page, the national site). */
export const httpsUrl = z.unknown().transform((value, ctx): string => {
  const text = typeof value === 'string' ? value.trim() : '';
  try {
    if (text && !/\s/.test(text) && new URL(text).protocol === 'https:') return text;
  } catch {
    // message below
  }
  ctx.addIssue({ code: 'custom', message: absent(value) ? 'Thiếu địa chỉ web. Sửa: ghi địa chỉ đầy đủ bắt đầu bằng https://' : 'Địa chỉ web phải đầy đủ, không có dấu cách và bắt đầu bằng https://. Sửa: ghi ví dụ https://vneid.gov.vn.' });
  return z.NEVER;
});

/** A list of references that must hold at least one, e.g. a page's sources. */
export const atLeastOne = <T extends z.ZodType>(item: T, what: string, fix: string) =>
  z.array(item, says(`Thiếu ${what}. Sửa: ${fix}`, `${what} phải là một danh sách, ví dụ [nd-69-2024]. Sửa: ${fix}`)).min(1, `Cần ít nhất một mục trong ${what}. Sửa: ${fix}`);

/**
 * A reference to another entry by its key (`source: quan3-cv4998-2023`), held as { collection, id }
 * like Astro's reference() so pages resolve it with getEntries. Whether the entry exists is checked
 * once, over all of content/, by the preflight (src/lib/content-preflight.ts).
 */
export const ref = <C extends string>(collection: C, what: string, example: string) =>
  z.unknown().transform((value, ctx): { collection: C; id: string } => {
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: absent(value)
          ? `Thiếu ${what}. Sửa: ghi một mã có sẵn, ví dụ ${example}.`
          : `${what} "${String(value)}" không phải một mã: chỉ gồm chữ thường không dấu, số và dấu "-". Sửa: ghi ví dụ ${example}.`,
      });
      return z.NEVER;
    }
    return { collection, id: value };
  });

export const sourceRef = () => ref('sources', 'mã nguồn (source)', 'quan3-cv4998-2023');

/**
 * An object whose keys are exactly these: a misspelt key ("sorces:") is refused with the nearest
 * known key, instead of being dropped without a word (the value would silently not be published).
 */
export function strictObject<T extends z.ZodRawShape>(shape: T, messages?: ReturnType<typeof says>) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return (issue.keys as string[])
          .map((key) => {
            const near = nearestWord(key, known);
            return `Trường lạ "${key}"${near ? `: có phải "${near}"?` : '.'} Sửa: ${near ? `viết đúng tên trường "${near}"` : 'xóa trường này'}; các trường được dùng: ${known.join(', ')}.`;
          })
          .join(' ');
      }
      return messages?.error(issue);
    },
  });
}
