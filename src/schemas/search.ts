import { z } from 'zod/v4';
import { nonEmpty, ref, says, strictObject } from './common.ts';

const word = nonEmpty('từ (một mục trong danh sách)', 120);
const words = (example: string) => z.array(word, says('', `Phải là danh sách trong ngoặc vuông, ví dụ ${example}.`));

/**
 * content/search/*.yaml, read by the search index (src/pages/tim-kiem/chi-muc.json.ts):
 * synonyms.yaml holds `groups` and `filler`, pages.yaml the other pages search finds (`pages`),
 * popular.yaml the most-asked questions offered when nothing matches (`popular`).
 */
export const synonymsSchema = strictObject({
    /** Groups of words people use for the same thing; the first is the full form. */
    groups: z
      .array(
        words('[mật khẩu, mk]').min(2, 'Mỗi nhóm cần ít nhất 2 từ: từ đầy đủ và một từ khác. Sửa: thêm từ hoặc xóa nhóm.'),
        says('', 'groups phải là một danh sách các nhóm. Sửa: xem ví dụ trong tệp mẫu.'),
      )
      .min(1, 'groups cần ít nhất một nhóm. Sửa: xem ví dụ trong tệp mẫu.')
      .optional(),
    /** Words that carry no meaning in a question ("làm sao", "ở đâu"): left out of the search. */
    filler: words('[làm sao, ở đâu]').optional(),
    /** Pages that are not guides or FAQ entries but should be found (print pages, staff pages). */
    pages: z
      .array(
        strictObject(
          {
            path: z.string(says('Thiếu path. Sửa: ghi đường dẫn trang, ví dụ /in-an/.', 'path phải là chữ. Sửa: xem ví dụ trong tệp mẫu.')).regex(/^\/([^\s?#]*\/)?$/, 'path phải bắt đầu và kết thúc bằng "/". Sửa: ghi ví dụ /in-an/chung/a5/.'),
            title: nonEmpty('tên trang hiện trong kết quả (title)', 120),
            type: nonEmpty('loại trang (type), ví dụ "In ấn"', 40),
            excerpt: nonEmpty('câu giới thiệu trang (excerpt)', 300),
            keywords: words('["in áp phích", "tờ rơi"]').default([]),
          },
          says('', 'Mỗi trang trong pages cần path, title, type, excerpt và keywords.'),
        ),
        says('', 'pages phải là một danh sách trang. Sửa: xem ví dụ trong tệp mẫu.'),
      )
      .optional(),
    /** FAQ entries (file names in content/faq/) people ask most. */
    popular: z.array(ref('faq', 'tên câu hỏi (popular)', 'quen-mat-khau'), says('', 'popular phải là danh sách tên tệp hỏi đáp. Sửa: ghi ví dụ [quen-mat-khau].')).optional(),
  }, says('', 'Tệp phải có groups, filler, pages hoặc popular. Sửa: xem ví dụ trong tệp mẫu.'))
  .refine((d) => d.groups || d.filler || d.pages || d.popular, 'Tệp trống. Sửa: thêm "groups:", "filler:", "pages:" hoặc "popular:".');
