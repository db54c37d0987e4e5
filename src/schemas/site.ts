import { z } from 'zod/v4';
import { atLeastOne, field, httpsUrl, nonEmpty, optionalField, pastDay, says, sourceRef, strictObject } from './common.ts';
import { HOST_IDS } from '../lib/host-limits.ts';
import { checkSiteUrl } from '../lib/site-url.ts';

const hotlineSchema = strictObject({
  /** Who answers: "Tổng đài hướng dẫn VNeID của Bộ Công an". */
  label: field('site.hotlineLabel'),
  phone: field('site.hotlinePhone'),
  source: sourceRef(),
});

/** content/settings/site.yaml: everything a locality changes to make the kit its own. */
export const siteSettingsSchema = strictObject({
  /** Site name in the header and page titles. */
  siteName: field('site.siteName'),
  /** Locality the site serves, e.g. "Phường Xuân Hòa, TP. Hồ Chí Minh". */
  locality: field('site.locality'),
  /** One sentence for search engines and link previews on Zalo/Facebook. */
  description: nonEmpty('mô tả ngắn (description)', 200),
  /** Full public address of the site (origin only; a sub-path goes in basePath); read by astro.config.mjs too. */
  siteUrl: z.string(says('Thiếu địa chỉ trang (siteUrl). Sửa: ghi ví dụ siteUrl: https://vneid.phuong-ban-co.gov.vn', 'siteUrl phải là một địa chỉ web dạng chữ. Sửa: xem ví dụ trong tệp mẫu.')),
  /** Sub-path when the site is not at the domain root, e.g. "/vneid/". Default "/". */
  basePath: z.string(says('', 'basePath phải là chữ. Sửa: ghi ví dụ "/" hoặc "/vneid/".')).default('/'),
  /** The first hotline is the one the footer and posters show. */
  hotlines: atLeastOne(hotlineSchema, 'đường dây nóng (hotlines)', 'ghi ít nhất tổng đài 1900 0368 với label, phone và source.'),
  /** One short line against scams, shown in every footer. */
  antiScam: nonEmpty('câu cảnh báo lừa đảo (antiScam)', 200),
  /** Who publishes this site and that it is not the Ministry's own site. */
  disclaimer: nonEmpty('lời miễn trừ (disclaimer)', 400),
  /** Who runs the site; shown in the footer only when filled in. */
  operator: strictObject({
      name: field('site.operatorName'),
      phone: optionalField('site.operatorPhone'),
      email: z.email('operator.email phải là địa chỉ email hợp lệ. Sửa: ghi ví dụ ubnd@phuong.gov.vn.').optional(),
    }).optional(),
  /**
   * The static host dist/ goes to; the build checks the site against its published limits and fails
   * with the fix when it would refuse or ignore part of the site (src/lib/host-limits.ts).
   * @default 'cloudflare-pages' (the strictest free tier: a site that fits it fits the others)
   */
  host: z.enum(HOST_IDS, says('', `host phải là một trong: ${HOST_IDS.join(', ')}. Sửa: chọn một giá trị trong danh sách đó.`)).default('cloudflare-pages'),
  /**
   * Limit ward pages and print sheets to some provinces (slugs as in /phuong-xa/tinh/<slug>/, e.g.
   * [ho-chi-minh]); the lookup still names the current unit of any old address in the country.
   * Empty: the whole country.
   */
  scope: strictObject({
      provinces: z.array(z.string(says('', 'Mỗi tỉnh ghi bằng tên rút gọn, ví dụ ho-chi-minh.')).regex(/^[a-z0-9-]+$/, 'Tên tỉnh viết không dấu, nối bằng "-", như trong địa chỉ /phuong-xa/tinh/<tên>/. Sửa: ghi ví dụ ho-chi-minh.'), says('', 'scope.provinces phải là danh sách. Sửa: ghi ví dụ [ho-chi-minh].')).default([]),
      /** Where a unit outside the scope is shown: the address of a deployment with the whole country. */
      nationalSite: httpsUrl.optional(),
    }).default({ provinces: [] }),
  /** Date the content was last reviewed as a whole; pages with their own review date show that instead. */
  lastUpdated: pastDay,
}).superRefine((settings, ctx) => {
  // The same check astro.config.mjs runs (scripts/lib/deploy-settings.mjs), so both agree.
  const check = checkSiteUrl(settings.siteUrl, settings.basePath);
  if (!check.ok) ctx.addIssue({ code: 'custom', path: ['siteUrl'], message: check.reason });
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
