import { z } from 'astro/zod';
import { checkVietnamesePhone } from '../lib/phone';
import { checkMapUrl } from '../lib/official-hosts';
import { checkDay } from '../lib/dates';

/**
 * Shared field types. Messages are in Vietnamese and say how to fix the value, because the people
 * who edit content/ are ward staff; Astro prints them next to the file and field name. Each field's
 * rule lives in src/lib (phone.ts, official-hosts.ts, dates.ts) so the CSV importer and the poster
 * generator apply exactly the same check: what imports always builds.
 */

/** A message for a missing value and one for a value of the wrong kind. */
export const says = (missing: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? missing : wrong),
});

export const phone = z
  .string(says('Thiếu số điện thoại. Sửa: ghi ví dụ "0903 858 668".', 'Số điện thoại phải ghi dạng chữ trong ngoặc kép, ví dụ "0903 858 668".'))
  .transform((value, ctx) => {
    const result = checkVietnamesePhone(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.digits;
  });

export const httpsUrl = z
  .string(says('Thiếu địa chỉ web. Sửa: ghi địa chỉ đầy đủ bắt đầu bằng https://', 'Cần một địa chỉ web bắt đầu bằng https://'))
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:' && !/\s/.test(value);
    } catch {
      return false;
    }
  }, 'Địa chỉ web phải đầy đủ, không có dấu cách và bắt đầu bằng https:// (ví dụ https://vneid.gov.vn).');

export const mapUrl = z
  .string(says('Thiếu link bản đồ.', 'Link bản đồ phải là một địa chỉ web dạng chữ.'))
  .transform((value, ctx) => {
    const result = checkMapUrl(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.url;
  });

/**
 * A calendar day written YYYY-MM-DD (see checkDay): a real day, and by default not after today in
 * Vietnam, because review and verification dates record something that already happened.
 */
export const day = ({ allowFuture = false } = {}) =>
  z
    .unknown()
    .refine((value) => value !== undefined && value !== null && value !== '', 'Thiếu ngày. Sửa: ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-07-01.')
    .transform((value, ctx) => {
      const result = checkDay(value, { allowFuture });
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.reason });
        return z.NEVER;
      }
      return result.date;
    });

/** A day that already happened (reviewed, verified, read): the common case. */
export const pastDay = day();

export const nonEmpty = (what: string, max = 300) =>
  z
    .string(says(`Thiếu ${what}. Sửa: thêm trường này.`, `${what} phải là chữ (đặt trong ngoặc kép nếu có dấu hai chấm).`))
    .trim()
    .min(1, `Thiếu ${what}. Sửa: điền nội dung.`)
    .max(max, `${what} dài quá ${max} ký tự. Sửa: viết ngắn lại.`);

/** Optional free text with a length limit, e.g. a note for reviewers. */
export const optionalText = (what: string, max: number) =>
  z.string(says(`Thiếu ${what}.`, `${what} phải là chữ.`)).max(max, `${what} dài quá ${max} ký tự. Sửa: viết ngắn lại.`).optional();

/** A list of references that must hold at least one, e.g. a page's sources. */
export const atLeastOne = <T extends z.ZodType>(item: T, what: string, fix: string) =>
  z.array(item, says(`Thiếu ${what}. Sửa: ${fix}`, `${what} phải là một danh sách, ví dụ [nd-69-2024]. Sửa: ${fix}`)).min(1, `Cần ít nhất một mục trong ${what}. Sửa: ${fix}`);
