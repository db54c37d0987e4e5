import { z } from 'zod/v4';
import { httpsUrl, nonEmpty, optionalText, says, sourceRef, strictObject } from './common.ts';

/**
 * The official addresses. Each lives once, in content/links.yaml; QR codes, buttons and the
 * URL allowlist all read them from here, so a wrong store link can only be wrong in one place.
 */
export const officialLinkSchema = strictObject({
  /** Text for a button or a QR caption: "Tải trên App Store (iPhone)". */
  label: nonEmpty('nhãn hiển thị (label)', 80),
  url: httpsUrl,
  /** What the address is for; components pick links by this, never by hard-coded URLs. */
  kind: z.enum(['app-store', 'google-play', 'web-portal', 'public-service-portal'], says('Thiếu loại đường link (kind). Sửa: ghi một trong: app-store, google-play, web-portal, public-service-portal.', 'kind phải là một trong: app-store, google-play, web-portal, public-service-portal. Sửa: chọn một giá trị trong danh sách đó.')),
  /** Name shown as publisher in the store, so residents can check they have the real app. */
  publisher: optionalText('nhà phát triển (publisher)', 120),
  source: sourceRef(),
});

export type OfficialLink = z.infer<typeof officialLinkSchema>;
