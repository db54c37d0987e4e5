import { z } from 'astro/zod';
import { sourceKey } from './refs';
import { atLeastOne, nonEmpty, pastDay, phone, says } from './common';
import { checkSiteUrl } from '../lib/site-url';

const hotlineSchema = z.object({
  /** Who answers: "Tổng đài hướng dẫn VNeID của Bộ Công an". */
  label: nonEmpty('tên đường dây (label)', 120),
  phone,
  source: sourceKey(),
});

/** content/settings/site.yaml: everything a locality changes to make the kit its own. */
export const siteSettingsSchema = z.object({
  /** Site name in the header and page titles. */
  siteName: nonEmpty('tên trang (siteName)', 60),
  /** Locality the site serves, e.g. "Phường Xuân Hòa, TP. Hồ Chí Minh". */
  locality: nonEmpty('tên địa phương (locality)', 100),
  /** One sentence for search engines and link previews on Zalo/Facebook. */
  description: nonEmpty('mô tả ngắn (description)', 200),
  /** Full public address of the site (origin only; a sub-path goes in basePath); read by astro.config.mjs too. */
  siteUrl: z.string(says('Thiếu địa chỉ trang (siteUrl). Sửa: ghi ví dụ siteUrl: https://vneid.phuong-ban-co.gov.vn', 'siteUrl phải là một địa chỉ web dạng chữ.')),
  /** Sub-path when the site is not at the domain root, e.g. "/vneid/". Default "/". */
  basePath: z.string(says('', 'basePath phải là chữ, ví dụ "/" hoặc "/vneid/".')).default('/'),
  /** The first hotline is the one the footer and posters show. */
  hotlines: atLeastOne(hotlineSchema, 'đường dây nóng (hotlines)', 'ghi ít nhất tổng đài 1900 0368 với label, phone và source.'),
  /** One short line against scams, shown in every footer. */
  antiScam: nonEmpty('câu cảnh báo lừa đảo (antiScam)', 200),
  /** Who publishes this site and that it is not the Ministry's own site. */
  disclaimer: nonEmpty('lời miễn trừ (disclaimer)', 400),
  /** Who runs the site; shown in the footer only when filled in. */
  operator: z
    .object({
      name: nonEmpty('tên đơn vị vận hành (operator.name)', 120),
      phone: phone.optional(),
      email: z.email('operator.email phải là địa chỉ email hợp lệ, ví dụ ubnd@phuong.gov.vn.').optional(),
    })
    .optional(),
  /** Date the content was last reviewed as a whole; pages with their own review date show that instead. */
  lastUpdated: pastDay,
}).superRefine((settings, ctx) => {
  // The same check astro.config.mjs runs (scripts/lib/deploy-settings.mjs), so both agree.
  const check = checkSiteUrl(settings.siteUrl, settings.basePath);
  if (!check.ok) ctx.addIssue({ code: 'custom', path: ['siteUrl'], message: check.reason });
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
