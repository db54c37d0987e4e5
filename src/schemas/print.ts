import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { nonEmpty } from './common';
import { POSTER_LIMITS } from '../lib/poster-limits';

/** content/print/poster.yaml: the words on every poster, leaflet and sticker. */
export const posterTextSchema = z.object({
  headline: nonEmpty('tiêu đề (headline)', POSTER_LIMITS.headline),
  subtitle: nonEmpty('dòng phụ (subtitle)', POSTER_LIMITS.subtitle),
  steps: z
    .array(z.object({ text: nonEmpty('nội dung bước (steps.text)', 140), sources: z.array(reference('sources')).min(1, 'Mỗi bước phải có nguồn (sources).') }))
    .length(3, 'Áp phích có đúng 3 bước (steps).'),
  antiScam: nonEmpty('câu cảnh báo (antiScam)', 140),
  antiScamSources: z.array(reference('sources')).min(1),
  sticker: nonEmpty('chữ trên nhãn dán (sticker)', 50),
});

export type PosterText = z.infer<typeof posterTextSchema>;
