import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { nonEmpty } from './common';

/** content/messages.yaml: texts residents receive (e.g. the approval SMS), quoted exactly once. */
export const messageSchema = z.object({
  label: nonEmpty('tên tin nhắn (label)', 80),
  /** Exactly as the source quotes it, including the missing diacritics of a real SMS. */
  text: nonEmpty('nội dung (text)', 400),
  /** Explanation shown under it in normal Vietnamese. */
  note: z.string().max(300).optional(),
  sources: z.array(reference('sources')).min(1, 'Mỗi tin nhắn phải nêu nguồn (sources).'),
});
