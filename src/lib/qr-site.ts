import { isPlaceholderHost } from './site-url.ts';

/**
 * Whether codes to this site can be printed: false while content/settings/site.yaml holds the
 * placeholder siteUrl (or any example, test or local address), when every such code would be dead.
 * The build prints the warning (src/build/deploy-settings.ts); sheets print a box instead.
 */
export function siteConfigured(site: URL | string | undefined): boolean {
  if (!site) return false;
  // Not an address at all (no scheme: "vneid.gov.vn"): no code can lead there. (try, not
  // URL.parse: sheets run this on phones whose browsers predate it.)
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return false;
  }
  return /^https?:$/.test(url.protocol) && !isPlaceholderHost(url.hostname);
}

/** True when `url` is a page of this site (same origin as `site`). */
export function isOwnSiteUrl(url: string, site: URL | string): boolean {
  try {
    return new URL(url).origin === new URL(site).origin;
  } catch {
    return false;
  }
}

/** The words printed in place of a code to this site while siteUrl is not configured. */
export const UNCONFIGURED_BOX = {
  title: 'Chưa cấu hình địa chỉ trang (siteUrl)',
  // No file path here: guide printouts reach residents too. The build's warning names the file for staff.
  fix: 'Mã QR tới trang này sẽ in ở đây khi đơn vị vận hành ghi địa chỉ thật của trang.',
} as const;
