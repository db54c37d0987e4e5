import { z } from 'astro/zod';
import { says } from './common';

/** content/search/synonyms.yaml: groups of words people use for the same thing. */
export const synonymsSchema = z.object({
  groups: z
    .array(
      z
        .array(z.string(says('Từ trống.', 'Mỗi từ phải là chữ.')).trim().min(1, 'Có từ trống trong nhóm. Sửa: xóa dấu phẩy thừa.'), says('', 'Mỗi nhóm phải là danh sách trong ngoặc vuông, ví dụ [mật khẩu, mk].'))
        .min(2, 'Mỗi nhóm cần ít nhất 2 từ: từ đầy đủ và một từ khác. Sửa: thêm từ hoặc xóa nhóm.'),
      says('Thiếu groups. Sửa: thêm "groups:" với các nhóm từ.', 'groups phải là một danh sách các nhóm.'),
    )
    .min(1, 'groups cần ít nhất một nhóm.'),
});
