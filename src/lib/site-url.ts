import { normaliseBase } from './base-path.ts';

/**
 * The public address of the site (content/settings/site.yaml: siteUrl, basePath), checked once for
 * astro.config.mjs, the schema and the print sheets. Every QR code to this site is built from it, so
 * a placeholder or a wrong path would print hundreds of dead codes.
 */
export type SiteUrlCheck =
  | { ok: true; origin: string; base: string; configured: boolean; warning?: string }
  | { ok: false; reason: string };

/**
 * Hosts that never serve a real site: reserved example and test names (RFC 2606, RFC 6761), local
 * machines and private networks. The kit ships with https://vneid-guide.example.vn.
 */
export function isPlaceholderHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/(^|\.)(example|test|invalid|localhost|local|internal)(\.|$)/.test(h)) return true;
  // IPv6 literals ("[::1]") have no dot, so the last line catches them.
  if (/^(127|10)\.\d+\.\d+\.\d+$/.test(h) || /^192\.168\.\d+\.\d+$/.test(h) || /^172\.(1[6-9]|2\d|3[01])\.\d+\.\d+$/.test(h)) return true;
  return !h.includes('.');
}

export function checkSiteUrl(siteUrl: unknown, basePath: unknown = '/', FILE = 'content/settings/site.yaml'): SiteUrlCheck {
  const raw = typeof siteUrl === 'string' ? siteUrl.trim() : '';
  const example = 'ví dụ siteUrl: https://vneid.phuong-ban-co.gov.vn';
  if (!raw) return { ok: false, reason: `${FILE}: thiếu trường "siteUrl". Sửa: ghi địa chỉ đầy đủ nơi trang được đăng, ${example}.` };
  let url: URL;
  try {
    if (/\s/.test(raw)) throw new Error('space');
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `${FILE}: trường "siteUrl" ("${raw}") không phải địa chỉ web hợp lệ (có dấu cách, thiếu https:// hoặc sai chính tả). Sửa: ${example}.` };
  }
  if (url.protocol !== 'https:') {
    const local = isPlaceholderHost(url.hostname) && url.protocol === 'http:';
    if (!local) return { ok: false, reason: `${FILE}: trường "siteUrl" phải bắt đầu bằng https:// (đang là ${url.protocol}//). Sửa: ${example}.` };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { ok: false, reason: `${FILE}: trường "siteUrl" chỉ ghi địa chỉ trang, không có "?", "#" hay tên đăng nhập. Sửa: ${example}.` };
  }
  const base = typeof basePath === 'string' ? normaliseBase(basePath) : '';
  if (!/^\/([\w.-]+\/)*$/.test(base)) {
    return { ok: false, reason: `${FILE}: trường "basePath" ("${String(basePath)}") chỉ gồm chữ không dấu, số, "-", "." và "/". Sửa: ghi basePath: / hoặc basePath: /vneid/.` };
  }
  const urlPath = normaliseBase(url.pathname);
  if (urlPath !== '/' && urlPath !== base) {
    return {
      ok: false,
      reason: `${FILE}: "siteUrl" có đường dẫn ${urlPath} nhưng "basePath" là ${base}, nên mã QR sẽ trỏ sai chỗ. Sửa: ghi siteUrl: ${url.origin} và basePath: ${urlPath} (đường dẫn chỉ ghi ở basePath).`,
    };
  }
  const configured = !isPlaceholderHost(url.hostname);
  return {
    ok: true,
    origin: url.origin,
    base,
    configured,
    ...(configured
      ? {}
      : { warning: `${FILE}: "siteUrl" (${url.origin}) là địa chỉ mẫu, chưa phải địa chỉ thật của trang. Các ấn phẩm in sẽ hiện ô "Chưa cấu hình địa chỉ trang (siteUrl)" thay cho mã QR tới trang này; mã QR tải ứng dụng vẫn in. Sửa: ghi địa chỉ thật trước khi in.` }),
  };
}
