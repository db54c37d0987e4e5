import { z } from 'zod/v4';
import { atLeastOne, dayField, nonEmpty, ref, says, sourceRef, strictObject } from './common.ts';

/** Words people type to find a page (with diacritics, abbreviations): for search only, never shown. */
export const keywords = (example: string) =>
  z.array(nonEmpty('từ khóa (keywords)', 120), says('', `keywords phải là một danh sách. Sửa: ghi ví dụ ${example}.`)).default([]);

const guideRef = () => ref('guides', 'tên hướng dẫn (related)', 'dang-ky-muc-2');

/** Fields of a guide's frontmatter (the English guides extend them, src/schemas/english.ts). */
export const guideShape = {
  title: nonEmpty('tiêu đề (title)', 100),
  /** One or two sentences shown in lists and link previews; front-load the answer. */
  summary: nonEmpty('tóm tắt (summary)', 220),
  keywords: keywords('["đăng ký mức 2", "làm định danh"]'),
  /** Position in the guide list; lower first. */
  order: z.number(says('Thiếu order. Sửa: ghi một số, ví dụ order: 10.', 'order phải là một số. Sửa: ghi ví dụ 10.')).int('order phải là số nguyên. Sửa: ghi ví dụ 10.'),
  /** Every guide cites at least one document; a guide without sources does not build. */
  sources: atLeastOne(sourceRef(), 'danh sách nguồn (sources)', 'thêm "sources:" với ít nhất một mã nguồn có trong content/sources.yaml, nguồn mạnh nhất trước. Sửa: xem ví dụ trong tệp mẫu.'),
  /** When someone last checked this guide against its sources. */
  reviewed: dayField('page.reviewed'),
  related: z.array(guideRef(), says('', 'related phải là danh sách tên hướng dẫn. Sửa: ghi ví dụ [dang-ky-muc-2].')).default([]),
};

/** Frontmatter of content/guides/*.mdx. */
export const guideSchema = strictObject(guideShape);

export type GuideFrontmatter = z.infer<typeof guideSchema>;
