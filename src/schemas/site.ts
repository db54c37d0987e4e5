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
  /**
   * The staff editing app (/quan-tri/): where it saves, and how staff sign in. Without it the app
   * works only on the deployer's own computer (`npm run cms`), never on the public site.
   */
  cms: strictObject({
    /** gitlab: staff sign in with GitLab (PKCE, no server to run); github: needs an OAuth proxy (baseUrl). */
    backend: z.enum(['gitlab', 'github'], says('Thiếu cms.backend. Sửa: ghi gitlab hoặc github.', 'cms.backend phải là gitlab hoặc github. Sửa: chọn một trong hai.')),
    /** "nhom/vneid-guide": the repository the site is built from. */
    repo: z.string(says('Thiếu cms.repo. Sửa: ghi tên kho, ví dụ repo: ubnd-phuong/vneid-guide.', 'cms.repo phải là chữ. Sửa: ghi ví dụ ubnd-phuong/vneid-guide.')).regex(/^[\w.-]+(\/[\w.-]+)+$/, 'cms.repo phải có dạng nhóm/tên-kho. Sửa: ghi ví dụ ubnd-phuong/vneid-guide.'),
    branch: z.string(says('', 'cms.branch phải là chữ. Sửa: ghi ví dụ main.')).regex(/^[\w./-]+$/, 'cms.branch chỉ gồm chữ không dấu, số, "-", "/". Sửa: ghi ví dụ main.').default('main'),
    /** GitLab: the Application ID of an OAuth application (scope api) created for the site. */
    appId: z.string(says('', 'cms.appId phải là chữ. Sửa: chép Application ID từ GitLab.')).regex(/^[\w-]+$/, 'cms.appId chỉ gồm chữ và số. Sửa: chép đúng Application ID từ GitLab.').optional(),
    /** The Git host's API and login addresses, for a self-hosted GitLab (default gitlab.com / github.com). */
    apiRoot: httpsUrl.optional(),
    baseUrl: httpsUrl.optional(),
  }).superRefine((cms, ctx) => {
    if (cms.backend === 'gitlab' && !cms.appId) ctx.addIssue({ code: 'custom', path: ['appId'], message: 'GitLab cần cms.appId (Application ID của ứng dụng OAuth) để cán bộ đăng nhập. Sửa: tạo ứng dụng OAuth trong GitLab (xem docs/vi/quan-tri.md) rồi chép Application ID.' });
    if (cms.backend === 'github' && !cms.baseUrl) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'GitHub cần cms.baseUrl: địa chỉ máy chủ đăng nhập OAuth. Sửa: ghi địa chỉ đó (xem docs/vi/quan-tri.md), hoặc dùng GitLab.' });
  }).optional(),
  /** Date the content was last reviewed as a whole; pages with their own review date show that instead. */
  lastUpdated: pastDay,
}).superRefine((settings, ctx) => {
  // The same check the project integration runs (src/build/deploy-settings.ts), so both agree.
  const check = checkSiteUrl(settings.siteUrl, settings.basePath);
  if (!check.ok) ctx.addIssue({ code: 'custom', path: ['siteUrl'], message: check.reason });
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
