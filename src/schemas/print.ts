import { z } from 'zod/v4';
import { atLeastOne, nonEmpty, says, sourceRef, strictObject } from './common.ts';
import { POSTER_LIMITS } from '../lib/poster-limits.ts';
import { checkPostText, POST_MEDIA } from '../lib/poster-posts.ts';

const sources = (what: string, example = '[nd-69-2024]') => atLeastOne(sourceRef(), what, `ghi ít nhất một mã nguồn. Sửa: ghi ví dụ ${example}.`);

/** content/print/poster.yaml: the words on every poster, leaflet, sticker sheet and session notice. */
export const posterTextSchema = strictObject({
  headline: nonEmpty('tiêu đề (headline)', POSTER_LIMITS.headline),
  subtitle: nonEmpty('dòng phụ (subtitle)', POSTER_LIMITS.subtitle),
  steps: z
    .array(
      strictObject({ text: nonEmpty('nội dung bước (steps.text)', 140), sources: atLeastOne(sourceRef(), 'nguồn của bước (steps.sources)', 'mỗi bước ghi ít nhất một mã nguồn. Sửa: ghi ví dụ sources: [nd-69-2024].') }),
      says('Thiếu các bước (steps). Sửa: ghi đúng 3 bước, mỗi bước có text và sources.', 'steps phải là danh sách 3 bước. Sửa: xem ví dụ trong tệp mẫu.'),
    )
    .length(3, 'Áp phích có đúng 3 bước (steps). Sửa: xem ví dụ trong tệp mẫu.'),
  antiScam: nonEmpty('câu cảnh báo (antiScam)', 140),
  antiScamSources: sources('nguồn của câu cảnh báo (antiScamSources)', '[quan3-cv4998-2023]'),
  sticker: nonEmpty('chữ trên nhãn dán (sticker)', 50),
  notice: strictObject(
    {
      kicker: nonEmpty('chữ đầu thông báo (notice.kicker)', 30),
      title: nonEmpty('tiêu đề thông báo (notice.title)', 80),
      audience: nonEmpty('đối tượng mặc định (notice.audience)', POSTER_LIMITS.sessionAudience),
      audienceSources: sources('nguồn của đối tượng (notice.audienceSources)'),
      bring: z.array(nonEmpty('giấy tờ cần mang (notice.bring)', 80), says('Thiếu notice.bring. Sửa: ghi danh sách giấy tờ cần mang, ví dụ [thẻ căn cước].', 'notice.bring phải là danh sách. Sửa: xem ví dụ trong tệp mẫu.')).min(1).max(3, 'Ghi tối đa 3 thứ cần mang (notice.bring). Sửa: xem ví dụ trong tệp mẫu.'),
      bringSources: sources('nguồn của giấy tờ cần mang (notice.bringSources)', '[luat-can-cuoc-2023]'),
    },
    says('Thiếu phần thông báo (notice). Sửa: thêm notice với kicker, title, audience, bring và nguồn.', 'notice phải có các trường kicker, title, audience, bring. Sửa: xem ví dụ trong tệp mẫu.'),
  ),
});

export type PosterText = z.infer<typeof posterTextSchema>;

/** content/print/messages.yaml: ready-to-post texts (Zalo group, loudspeaker), filled in per ward. */
export const postTextSchema = strictObject({
  label: nonEmpty('tên (label)', 60),
  /** zalo: written, carries the ward page's address; loa: read aloud, carries none. */
  medium: z.enum(POST_MEDIA, says('Thiếu medium. Sửa: ghi zalo (tin viết) hoặc loa (bài đọc).', 'medium phải là zalo hoặc loa. Sửa: chọn một trong hai.')),
  text: nonEmpty('nội dung (text)', 1200, { multiline: true }),
  sources: sources('danh sách nguồn (sources)'),
}).superRefine((post, ctx) => {
  for (const problem of checkPostText(post.text, post.medium)) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
});
