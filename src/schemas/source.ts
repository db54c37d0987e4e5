import { z } from 'astro/zod';
import { httpsUrl, isoDate, nonEmpty } from './common';

/**
 * A document a fact comes from. Guides, FAQ entries, hotlines and ward contacts cite sources by id,
 * so a page can always say where each fact was written down and when.
 */
export const sourceSchema = z.object({
  /** Short title as people would cite it: "Công văn 4998/BCĐ-CQTT(CAQ)". */
  title: nonEmpty('tên văn bản (title)', 200),
  /** Who issued it: "Cơ quan thường trực Ban Chỉ đạo Đề án 06 Quận 3". */
  issuer: nonEmpty('cơ quan ban hành (issuer)', 200),
  /** What kind of document, which tells residents how much weight it carries. */
  kind: z.enum(['van-ban-dia-phuong', 'nghi-dinh', 'luat', 'nghi-quyet', 'trang-chinh-thuc', 'kho-ung-dung', 'du-lieu'], {
    error: 'kind phải là một trong: van-ban-dia-phuong, nghi-dinh, luat, nghi-quyet, trang-chinh-thuc, kho-ung-dung, du-lieu.',
  }),
  /** Date of the document; omitted only when the document itself leaves it blank. */
  date: isoDate.optional(),
  /** Free text when the date is partial ("năm 2024, số liệu đến 25/10/2024"). */
  dateNote: z.string().max(120).optional(),
  /** Public address of the document or listing, when there is one. */
  url: httpsUrl.optional(),
  /** What in this document the site relies on, for reviewers. */
  note: z.string().max(500).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
