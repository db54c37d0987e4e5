import { z } from 'astro/zod';
import { reference } from 'astro:content';

/**
 * A single source key (`source: quan3-cv4998-2023`). Astro's reference() reports a missing value as
 * "Did not match union / Required": this says what is missing and how to fix it, in Vietnamese.
 * (Whether the key exists is checked once per build: src/lib/content-references.ts.)
 */
export const sourceKey = () =>
  reference('sources')
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: 'Thiếu nguồn (source). Sửa: ghi mã một văn bản có trong content/sources.yaml, ví dụ source: quan3-cv4998-2023.' });
        return z.NEVER;
      }
      return value;
    });
