import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { says } from './common';

const word = z.string(says('Từ trống.', 'Mỗi từ phải là chữ.')).trim().min(1, 'Có từ trống. Sửa: xóa dấu phẩy thừa hoặc dòng trống.');
const words = (example: string) => z.array(word, says('', `Phải là danh sách trong ngoặc vuông, ví dụ ${example}.`));

/**
 * content/search/*.yaml, read by the search index (src/pages/tim-kiem/chi-muc.json.ts):
 * synonyms.yaml holds `groups` and `filler`, pages.yaml the other pages search finds (`pages`),
 * popular.yaml the most-asked questions offered when nothing matches (`popular`).
 */
export const synonymsSchema = z
  .object({
    /** Groups of words people use for the same thing; the first is the full form. */
    groups: z
      .array(
        words('[mật khẩu, mk]').min(2, 'Mỗi nhóm cần ít nhất 2 từ: từ đầy đủ và một từ khác. Sửa: thêm từ hoặc xóa nhóm.'),
        says('', 'groups phải là một danh sách các nhóm.'),
      )
      .min(1, 'groups cần ít nhất một nhóm.')
      .optional(),
    /** Words that carry no meaning in a question ("làm sao", "ở đâu"): left out of the search. */
    filler: words('[làm sao, ở đâu]').optional(),
    /** Pages that are not guides or FAQ entries but should be found (print pages, staff pages). */
    pages: z
      .array(
        z.strictObject(
          {
            path: z.string(says('Thiếu path. Sửa: ghi đường dẫn trang, ví dụ /in-an/.', 'path phải là chữ.')).regex(/^\/([^\s?#]*\/)?$/, 'path phải bắt đầu và kết thúc bằng "/", ví dụ /in-an/chung/a5/.'),
            title: z.string(says('Thiếu title (tên trang hiện trong kết quả).', 'title phải là chữ.')).trim().min(1, 'title trống.'),
            type: z.string(says('Thiếu type, ví dụ "In ấn".', 'type phải là chữ.')).trim().min(1, 'type trống.'),
            excerpt: z.string(says('Thiếu excerpt (một câu giới thiệu trang).', 'excerpt phải là chữ.')).trim().min(1, 'excerpt trống.'),
            keywords: words('["in áp phích", "tờ rơi"]').default([]),
          },
          says('', 'Mỗi trang trong pages cần path, title, type, excerpt và keywords.'),
        ),
        says('', 'pages phải là một danh sách trang.'),
      )
      .optional(),
    /** FAQ entries (file names in content/faq/) people ask most. */
    popular: z.array(reference('faq'), says('', 'popular phải là danh sách tên tệp hỏi đáp, ví dụ [quen-mat-khau].')).optional(),
  }, says('', 'Tệp phải có groups, filler, pages hoặc popular.'))
  .refine((d) => d.groups || d.filler || d.pages || d.popular, 'Tệp trống. Sửa: thêm "groups:", "filler:", "pages:" hoặc "popular:".');
