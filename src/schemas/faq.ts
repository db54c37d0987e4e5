import { z } from 'zod/v4';
import { atLeastOne, dayField, nonEmpty, ref, says, sourceRef, strictObject } from './common.ts';
import { keywords } from './guide.ts';

/** FAQ topics in the order /hoi-dap/ shows them. */
export const faqTopics = {
  'tai-khoan': 'Tài khoản mức 1 và mức 2',
  'the-can-cuoc': 'Thẻ căn cước',
  'dang-ky': 'Đăng ký: giấy tờ và nơi làm',
  'tre-em-nguoi-nuoc-ngoai': 'Trẻ em và người nước ngoài',
  'kich-hoat': 'Kích hoạt và đăng nhập',
  'dien-thoai-mat-khau': 'Số điện thoại, máy mới, mật khẩu',
  'loi-ung-dung': 'Ứng dụng báo lỗi',
  'su-dung': 'Dùng tài khoản: dịch vụ công, giấy tờ, sân bay',
  'lua-dao': 'Cảnh giác lừa đảo',
  'ho-tro': 'Hỏi ai, gọi đâu',
} as const;
export type FaqTopic = keyof typeof faqTopics;
const topicKeys = Object.keys(faqTopics) as [FaqTopic, ...FaqTopic[]];

/** Fields of an answer's frontmatter (the English answers extend them, src/schemas/english.ts). */
export const faqShape = {
  /** The question as a resident asks it. */
  question: nonEmpty('câu hỏi (question)', 160),
  /** The short answer, shown first. Its first sentence tells the resident what to do. */
  answer: nonEmpty('câu trả lời ngắn (answer)', 400),
  topic: z.enum(topicKeys, says(`Thiếu chủ đề (topic). Sửa: ghi một trong: ${topicKeys.join(', ')}.`, `topic phải là một trong: ${topicKeys.join(', ')}. Sửa: chọn một giá trị trong danh sách đó.`)),
  keywords: keywords('["quên mật khẩu", "mk"]'),
  sources: atLeastOne(sourceRef(), 'danh sách nguồn (sources)', 'ghi ít nhất một mã nguồn có trong content/sources.yaml, nguồn mạnh nhất trước. Sửa: ghi ví dụ sources: [nd-69-2024].'),
  related: z.array(ref('guides', 'tên hướng dẫn (related)', 'dang-ky-muc-2'), says('', 'related phải là danh sách tên hướng dẫn. Sửa: ghi ví dụ [dang-ky-muc-2].')).default([]),
  reviewed: dayField('page.reviewed'),
  order: z.number(says('', 'order phải là một số. Sửa: ghi ví dụ 10.')).int('order phải là số nguyên. Sửa: ghi ví dụ 10.').default(100),
};

/** Frontmatter of content/faq/*.md; the Markdown body holds the details. */
export const faqSchema = strictObject(faqShape);
