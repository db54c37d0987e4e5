import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { httpsUrl, isoDate, nonEmpty, phone } from './common';

const hotlineSchema = z.object({
  /** Who answers: "Tổng đài hướng dẫn VNeID của Bộ Công an". */
  label: nonEmpty('tên đường dây (label)', 120),
  phone,
  source: reference('sources'),
});

/** content/settings/site.yaml: everything a locality changes to make the kit its own. */
export const siteSettingsSchema = z.object({
  /** Site name in the header and page titles. */
  siteName: nonEmpty('tên trang (siteName)', 60),
  /** Locality the site serves, e.g. "Phường Xuân Hòa, TP. Hồ Chí Minh". */
  locality: nonEmpty('tên địa phương (locality)', 100),
  /** One sentence for search engines and link previews on Zalo/Facebook. */
  description: nonEmpty('mô tả ngắn (description)', 200),
  /** Full public address of the site; read by astro.config.mjs too. */
  siteUrl: httpsUrl,
  /** Sub-path when the site is not at the domain root, e.g. "/vneid/". Default "/". */
  basePath: z.string().regex(/^\/([\w.-]+\/)*$/, 'basePath phải bắt đầu và kết thúc bằng "/", ví dụ "/" hoặc "/vneid/".').default('/'),
  /** The first hotline is the one the footer and posters show. */
  hotlines: z.array(hotlineSchema).min(1, 'Cần ít nhất một đường dây nóng (hotlines), ví dụ tổng đài 1900 0368.'),
  /** One short line against scams, shown in every footer. */
  antiScam: nonEmpty('câu cảnh báo lừa đảo (antiScam)', 200),
  /** Who publishes this site and that it is not the Ministry's own site. */
  disclaimer: nonEmpty('lời miễn trừ (disclaimer)', 400),
  /** Who runs the site; shown in the footer only when filled in. */
  operator: z
    .object({
      name: nonEmpty('tên đơn vị vận hành (operator.name)', 120),
      phone: phone.optional(),
      email: z.email('operator.email phải là địa chỉ email hợp lệ.').optional(),
    })
    .optional(),
  /** Date the content was last reviewed as a whole; pages with their own review date show that instead. */
  lastUpdated: isoDate,
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
