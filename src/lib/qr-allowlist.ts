/**
 * Decides whether a URL may be put into a QR code printed by this site. Scammers spread fake VNeID
 * apps through links, so a QR code may only lead to:
 *   - exactly one of the official app-store listings (any other App Store / Google Play page could be
 *     a lookalike app, so the whole URL must match, not just the host);
 *   - a page on an official domain (vneid.gov.vn, dichvucong.gov.vn: host must match exactly);
 *   - a page of this site (same origin, under its base path).
 * Runs at build time (QR component) and in the browser (poster generator), so it is pure.
 * While content/settings/site.yaml still holds the placeholder siteUrl, the allowlist has no site
 * (siteUrl: null): a code to this site would lead nowhere, so none is made.
 */

export interface QrAllowlist {
  /** Full URLs that must match exactly, e.g. the two store listings. */
  exactUrls: string[];
  /** Hosts on which any https page is allowed, e.g. "vneid.gov.vn". */
  officialHosts: string[];
  /** This site's public URL including its base path, e.g. "https://vneid.phuong.gov.vn/vneid/"; null while it is the placeholder. */
  siteUrl: string | null;
}

export type QrCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Said whenever a code to this site cannot be made because siteUrl is still the placeholder. */
export const UNCONFIGURED_NOTE = 'Mã QR tới chính trang này chưa tạo được vì chưa cấu hình địa chỉ trang (siteUrl trong content/settings/site.yaml).';

const refuse = (reason: string): QrCheck => ({ ok: false, reason });

/** Canonical form for comparing: parsed, default port dropped, no trailing slash on bare hosts. */
function canonical(url: URL): string {
  return url.href.replace(/\/$/, '');
}

export function checkQrTarget(input: string, allowlist: QrAllowlist): QrCheck {
  const raw = input.trim();
  if (!raw) return refuse('Chưa nhập địa chỉ.');
  // Control characters, spaces and backslashes are how parsers are tricked into reading another host.
  if (/[\s\\\u0000-\u001f\u007f]/.test(raw)) return refuse('Địa chỉ có dấu cách hoặc ký tự lạ. Hãy dán đúng địa chỉ, không thêm gì khác.');
  if (/^(javascript|data|vbscript|file|blob):/i.test(raw)) return refuse('Không tạo mã QR cho loại địa chỉ này. Chỉ dùng địa chỉ trang web bắt đầu bằng https://');

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('Đây không phải địa chỉ trang web đầy đủ. Địa chỉ phải bắt đầu bằng https://');
  }
  if (url.protocol !== 'https:') return refuse('Chỉ dùng địa chỉ bắt đầu bằng https:// (có khóa bảo mật).');
  if (url.username || url.password || raw.slice(8).split(/[/?#]/)[0]!.includes('@')) {
    return refuse('Địa chỉ có dấu @ trước tên miền: đây là cách giả mạo thường gặp. Không tạo mã QR.');
  }
  // Non-ASCII letters that look like Latin ones (homoglyphs) arrive as punycode "xn--".
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return refuse(`Tên miền "${url.hostname}" có ký tự không phải chữ Latin thường: có thể là tên miền giả mạo. Không tạo mã QR.`);
  }
  if (url.port) return refuse('Địa chỉ có số cổng (:…) không phải của trang chính thức.');

  const site = allowlist.siteUrl ? new URL(allowlist.siteUrl) : null;
  if (site && url.origin === site.origin) {
    if (!url.pathname.startsWith(site.pathname)) return refuse(`Địa chỉ trên trang này phải nằm trong ${site.href}`);
    return { ok: true, url: url.href };
  }
  const exact = allowlist.exactUrls.map((u) => canonical(new URL(u)));
  if (exact.includes(canonical(url))) return { ok: true, url: url.href };

  if (allowlist.officialHosts.includes(url.hostname)) return { ok: true, url: url.href };

  const storeHosts = allowlist.exactUrls.map((u) => new URL(u).hostname);
  if (storeHosts.includes(url.hostname)) {
    return refuse('Chỉ được dùng đúng đường link ứng dụng VNeID chính thức trên App Store và CH Play, không dùng trang ứng dụng khác.');
  }
  return refuse(
    `Tên miền "${url.hostname}" không nằm trong danh sách chính thức (${[...new Set([...storeHosts, ...allowlist.officialHosts, ...(site ? [site.hostname] : [])])].join(', ')}). Không tạo mã QR.${site ? '' : ` ${UNCONFIGURED_NOTE}`}`,
  );
}
