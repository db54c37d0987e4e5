import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isoDate, nonEmpty } from './common';

export const faqTopics = {
  'tai-khoan': 'Tài khoản mức 1 và mức 2',
  'dang-ky': 'Đăng ký: giấy tờ và nơi làm',
  'kich-hoat': 'Kích hoạt và đăng nhập',
  'mat-khau': 'Mật khẩu, passcode, điện thoại',
  'su-dung': 'Dùng tài khoản: dịch vụ công, giấy tờ',
  'lua-dao': 'Cảnh giác lừa đảo',
  'ho-tro': 'Hỏi ai, gọi đâu',
} as const;

/** Frontmatter of content/faq/*.md; the Markdown body holds the details. */
export const faqSchema = z.object({
  question: nonEmpty('câu hỏi (question)', 160),
  /** The short answer, shown first. */
  answer: nonEmpty('câu trả lời ngắn (answer)', 400),
  topic: z.enum(Object.keys(faqTopics) as [keyof typeof faqTopics, ...(keyof typeof faqTopics)[]], {
    error: `topic phải là một trong: ${Object.keys(faqTopics).join(', ')}.`,
  }),
  /** Words people type for this question, with and without diacritics or as abbreviations. */
  keywords: z.array(z.string().min(1)).default([]),
  sources: z.array(reference('sources')).min(1, 'Mỗi câu hỏi đáp phải nêu ít nhất một nguồn (sources).'),
  related: z.array(reference('guides')).default([]),
  reviewed: isoDate,
  order: z.number().int().default(100),
});
