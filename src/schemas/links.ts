import { z } from 'astro/zod';
import { sourceKey } from './refs';
import { httpsUrl, nonEmpty, optionalText, says } from './common';

/**
 * The official addresses. Each lives once, in content/links.yaml; QR codes, buttons and the
 * URL allowlist all read them from here, so a wrong store link can only be wrong in one place.
 */
export const officialLinkSchema = z.object({
  /** Text for a button or a QR caption: "Tải trên App Store (iPhone)". */
  label: nonEmpty('nhãn hiển thị (label)', 80),
  url: httpsUrl,
  /** What the address is for; components pick links by this, never by hard-coded URLs. */
  kind: z.enum(['app-store', 'google-play', 'web-portal', 'public-service-portal'], says('Thiếu loại đường link (kind). Sửa: ghi một trong: app-store, google-play, web-portal, public-service-portal.', 'kind phải là một trong: app-store, google-play, web-portal, public-service-portal.')),
  /** Name shown as publisher in the store, so residents can check they have the real app. */
  publisher: optionalText('nhà phát triển (publisher)', 120),
  source: sourceKey(),
});

export type OfficialLink = z.infer<typeof officialLinkSchema>;
