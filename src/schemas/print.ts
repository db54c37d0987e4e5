import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { atLeastOne, nonEmpty, says } from './common';
import { POSTER_LIMITS } from '../lib/poster-limits';

/** content/print/poster.yaml: the words on every poster, leaflet and sticker. */
export const posterTextSchema = z.object({
  headline: nonEmpty('tiêu đề (headline)', POSTER_LIMITS.headline),
  subtitle: nonEmpty('dòng phụ (subtitle)', POSTER_LIMITS.subtitle),
  steps: z
    .array(
      z.object({ text: nonEmpty('nội dung bước (steps.text)', 140), sources: atLeastOne(reference('sources'), 'nguồn của bước (steps.sources)', 'mỗi bước ghi ít nhất một mã nguồn, ví dụ sources: [nd-69-2024].') }),
      says('Thiếu các bước (steps). Sửa: ghi đúng 3 bước, mỗi bước có text và sources.', 'steps phải là danh sách 3 bước.'),
    )
    .length(3, 'Áp phích có đúng 3 bước (steps).'),
  antiScam: nonEmpty('câu cảnh báo (antiScam)', 140),
  antiScamSources: atLeastOne(reference('sources'), 'nguồn của câu cảnh báo (antiScamSources)', 'ghi ít nhất một mã nguồn, ví dụ [quan3-cv4998-2023].'),
  sticker: nonEmpty('chữ trên nhãn dán (sticker)', 50),
});

export type PosterText = z.infer<typeof posterTextSchema>;
