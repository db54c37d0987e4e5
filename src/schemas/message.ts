import { atLeastOne, nonEmpty, optionalText, sourceRef, strictObject } from './common.ts';

/** content/messages.yaml: texts residents receive (e.g. the approval SMS), quoted exactly once. */
export const messageSchema = strictObject({
  label: nonEmpty('tên tin nhắn (label)', 80),
  /** Exactly as the source quotes it, including the missing diacritics of a real SMS. */
  text: nonEmpty('nội dung (text)', 400),
  /** Explanation shown under it in normal Vietnamese. */
  note: optionalText('giải thích (note)', 300),
  sources: atLeastOne(sourceRef(), 'danh sách nguồn (sources)', 'mỗi tin nhắn phải nêu văn bản đã chép nó. Sửa: ghi ví dụ sources: [binhthanh-cv64-2023].'),
});
