import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { atLeastOne, nonEmpty, pastDay, says } from './common';

/** Frontmatter of content/guides/*.mdx. */
export const guideSchema = z.object({
  title: nonEmpty('tiêu đề (title)', 100),
  /** One or two sentences shown in lists and link previews; front-load the answer. */
  summary: nonEmpty('tóm tắt (summary)', 220),
  /** Words people type to find this guide (with diacritics, abbreviations): for search only, never shown. */
  keywords: z.array(z.string(says('Từ khóa trống.', 'Mỗi từ khóa phải là chữ.')).trim().min(1, 'Có từ khóa trống. Sửa: xóa dòng trống trong keywords.'), says('', 'keywords phải là một danh sách, ví dụ ["đăng ký mức 2", "làm định danh"].')).default([]),
  /** Position in the guide list; lower first. */
  order: z.number(says('Thiếu order. Sửa: ghi một số, ví dụ order: 10.', 'order phải là một số, ví dụ 10.')).int('order phải là số nguyên, ví dụ 10.'),
  /** Every guide cites at least one document; a guide without sources does not build. */
  sources: atLeastOne(reference('sources'), 'danh sách nguồn (sources)', 'thêm "sources:" với ít nhất một mã nguồn có trong content/sources.yaml, nguồn mạnh nhất trước.'),
  /** When someone last checked this guide against its sources. */
  reviewed: pastDay,
  related: z.array(reference('guides'), says('', 'related phải là danh sách tên hướng dẫn, ví dụ [dang-ky-muc-2].')).default([]),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
