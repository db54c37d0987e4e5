import { z } from 'zod/v4';
import { ref, says, strictObject } from './common.ts';
import { faqShape } from './faq.ts';
import { guideShape } from './guide.ts';

/**
 * The English pages for foreign residents (content/en/guides/*.mdx, content/en/faq/*.md). They are
 * written for foreigners rather than translated line by line, so they have their own files; each
 * names its Vietnamese twin (`twin`), which gives the hreflang pair and the language switch, and
 * cites the same sources. Messages stay Vietnamese: the people who edit content/ are ward staff.
 */

/** English FAQ topics in the order /en/faq/ shows them. */
export const enFaqTopics = {
  basics: 'VNeID basics',
  register: 'Getting an account: level 1 and level 2',
  residence: 'Residence card and temporary residence',
  phone: 'Phone number, SIM and password',
  money: 'Banks, e-wallets and online accounts',
  using: 'Using VNeID: airports, documents, services',
  family: 'Children and family',
  safety: 'Scams and safety',
  help: 'Where to get help',
} as const;
export type EnFaqTopic = keyof typeof enFaqTopics;
const topicKeys = Object.keys(enFaqTopics) as [EnFaqTopic, ...EnFaqTopic[]];

const enGuideRef = () => ref('enGuides', 'tên hướng dẫn tiếng Anh (related)', 'what-is-vneid');
const related = () => z.array(enGuideRef(), says('', 'related phải là danh sách tên hướng dẫn tiếng Anh (trong content/en/guides/). Sửa: ghi ví dụ [what-is-vneid].')).default([]);

/** Frontmatter of content/en/guides/*.mdx: a guide's fields, English guides as related, and the Vietnamese twin. */
export const enGuideSchema = strictObject({
  ...guideShape,
  related: related(),
  /** The Vietnamese guide this page stands beside (content/guides/<twin>.mdx). */
  twin: ref('guides', 'hướng dẫn tiếng Việt tương ứng (twin)', 'nguoi-nuoc-ngoai'),
});

/** Frontmatter of content/en/faq/*.md: an answer's fields with English topics, and its Vietnamese twin if it has one. */
export const enFaqSchema = strictObject({
  ...faqShape,
  topic: z.enum(topicKeys, says(`Thiếu chủ đề (topic). Sửa: ghi một trong: ${topicKeys.join(', ')}.`, `topic phải là một trong: ${topicKeys.join(', ')}. Sửa: chọn một giá trị trong danh sách đó.`)),
  related: related(),
  /** The Vietnamese answer to the same question, when there is one (content/faq/<twin>.md). */
  twin: ref('faq', 'câu hỏi tiếng Việt tương ứng (twin)', 'nguoi-nuoc-ngoai-dang-ky').optional(),
});
