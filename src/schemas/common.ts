import { z } from 'astro/zod';
import { checkVietnamesePhone } from '../lib/phone';

/**
 * Shared field types. Messages are in Vietnamese and say how to fix the value, because the people
 * who edit content/ are ward staff, and Astro prints them next to the file and field name.
 */

export const phone = z
  .string({ error: 'Cần ghi số điện thoại dạng chữ, ví dụ "0903 858 668".' })
  .transform((value, ctx) => {
    const result = checkVietnamesePhone(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }
    return result.digits;
  });

export const httpsUrl = z
  .string({ error: 'Cần một địa chỉ web bắt đầu bằng https://' })
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Địa chỉ web phải đầy đủ và bắt đầu bằng https:// (ví dụ https://vneid.gov.vn).');

/** Dates are written YYYY-MM-DD in YAML/frontmatter. */
export const isoDate = z.coerce.date({ error: 'Ngày phải ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-07-01.' });

export const nonEmpty = (what: string, max = 300) =>
  z
    .string({ error: `Thiếu ${what}.` })
    .trim()
    .min(1, `Thiếu ${what}.`)
    .max(max, `${what} dài quá ${max} ký tự; hãy viết ngắn lại.`);
