import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { nonEmpty } from './common';

/** content/print/poster.yaml: the words on every poster, leaflet and sticker. */
export const posterTextSchema = z.object({
  headline: nonEmpty('tiêu đề (headline)', 60),
  subtitle: nonEmpty('dòng phụ (subtitle)', 90),
  steps: z
    .array(z.object({ text: nonEmpty('nội dung bước (steps.text)', 140), sources: z.array(reference('sources')).min(1, 'Mỗi bước phải có nguồn (sources).') }))
    .length(3, 'Áp phích có đúng 3 bước (steps).'),
  antiScam: nonEmpty('câu cảnh báo (antiScam)', 140),
  antiScamSources: z.array(reference('sources')).min(1),
  sticker: nonEmpty('chữ trên nhãn dán (sticker)', 50),
});

export type PosterText = z.infer<typeof posterTextSchema>;

/** Limits the generator enforces on staff-edited text, the same as the schema's. */
export const POSTER_LIMITS = { headline: 60, subtitle: 90 } as const;
