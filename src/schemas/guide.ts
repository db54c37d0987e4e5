import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate, nonEmpty } from './common';

/** Frontmatter of content/guides/*.mdx. */
export const guideSchema = z.object({
  title: nonEmpty('tiêu đề (title)', 100),
  /** One or two sentences shown in lists and link previews; front-load the answer. */
  summary: nonEmpty('tóm tắt (summary)', 220),
  /** Position in the guide list; lower first. */
  order: z.number({ error: 'order phải là một số, ví dụ 10.' }).int(),
  /** Every guide cites at least one document; a guide without sources does not build. */
  sources: z
    .array(reference('sources'), { error: 'Thiếu danh sách nguồn (sources).' })
    .min(1, 'Mỗi hướng dẫn phải nêu ít nhất một nguồn (sources) trong content/sources.yaml.'),
  /** When someone last checked this guide against its sources. */
  reviewed: isoDate,
  related: z.array(reference('guides')).default([]),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
