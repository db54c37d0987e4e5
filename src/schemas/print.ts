import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { atLeastOne, nonEmpty, says } from './common';
import { POSTER_LIMITS } from '../lib/poster-limits';
import { checkPostText } from '../lib/poster-posts';

const sources = (what: string, example = '[nd-69-2024]') => atLeastOne(reference('sources'), what, `ghi ít nhất một mã nguồn, ví dụ ${example}.`);

/** content/print/poster.yaml: the words on every poster, leaflet, sticker sheet and session notice. */
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
  antiScamSources: sources('nguồn của câu cảnh báo (antiScamSources)', '[quan3-cv4998-2023]'),
  sticker: nonEmpty('chữ trên nhãn dán (sticker)', 50),
  notice: z.object(
    {
      kicker: nonEmpty('chữ đầu thông báo (notice.kicker)', 30),
      title: nonEmpty('tiêu đề thông báo (notice.title)', 80),
      audience: nonEmpty('đối tượng mặc định (notice.audience)', POSTER_LIMITS.sessionAudience),
      audienceSources: sources('nguồn của đối tượng (notice.audienceSources)'),
      bring: z.array(nonEmpty('giấy tờ cần mang (notice.bring)', 80), says('Thiếu notice.bring.', 'notice.bring phải là danh sách.')).min(1).max(3, 'Ghi tối đa 3 thứ cần mang (notice.bring).'),
      bringSources: sources('nguồn của giấy tờ cần mang (notice.bringSources)', '[luat-can-cuoc-2023]'),
    },
    says('Thiếu phần thông báo (notice). Sửa: thêm notice với kicker, title, audience, bring và nguồn.', 'notice phải có các trường kicker, title, audience, bring.'),
  ),
});

export type PosterText = z.infer<typeof posterTextSchema>;

/** content/print/messages.yaml: ready-to-post texts (Zalo group, loudspeaker), filled in per ward. */
export const postTextSchema = z.object({
  label: nonEmpty('tên (label)', 60),
  text: nonEmpty('nội dung (text)', 1200).superRefine((text, ctx) => {
    for (const problem of checkPostText(text)) ctx.addIssue({ code: 'custom', message: problem });
  }),
  sources: sources('danh sách nguồn (sources)'),
});
