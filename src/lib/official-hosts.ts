/**
 * Where a page may link out to. Residents are taught that the real VNeID lives only at official
 * addresses, so the site itself never links elsewhere: only to the hosts of content/links.yaml
 * (the two store listings and the portals) and to hosts under .gov.vn, a domain VNNIC registers to
 * state bodies only. Used by the build (source links) and by the link test over dist/.
 */
export const GOVERNMENT_SUFFIX = '.gov.vn';

/**
 * State domains outside .gov.vn that publish the official texts of laws and decrees: the
 * Government's portal and its document system (chinhphu.vn: vanban., datafiles., congbao.), the
 * National Assembly (quochoi.vn) and the national legal database (vbpl.vn). A host matches the
 * domain itself or a subdomain of it, never a name that merely ends with the same letters.
 */
export const OFFICIAL_DOMAINS = ['chinhphu.vn', 'quochoi.vn', 'vbpl.vn'] as const;

export function isOfficialHost(host: string, linkHosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return linkHosts.includes(h) || h.endsWith(GOVERNMENT_SUFFIX) || OFFICIAL_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * The one kind of outbound link that is not to an official body: a ward contact's map ("Xem bản
 * đồ"), so residents can find the office. Only these map services, never a shortener that hides
 * where it leads.
 */
export function isMapUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  // "https://www.google.com@evil.example/maps" has host evil.example; a user or port part is refused too.
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  if (host === 'www.openstreetmap.org') return true;
  return (host === 'www.google.com' || host === 'maps.google.com') && /^\/maps(\/|$)/.test(url.pathname);
}

export type MapUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** The one check of a map link written by staff (ward files, the CSV import): see isMapUrl. */
export function checkMapUrl(input: string): MapUrlCheck {
  const raw = input.trim();
  const fix = 'Sửa: mở bản đồ trên máy tính, chép địa chỉ đầy đủ dạng https://www.google.com/maps/… hoặc https://www.openstreetmap.org/…; không dùng đường dẫn rút gọn (maps.app.goo.gl, goo.gl) hay trang khác.';
  let url: URL | undefined;
  try {
    url = /[\s\\]/.test(raw) ? undefined : new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:') return { ok: false, reason: `Link bản đồ "${raw}" không phải địa chỉ https đầy đủ. ${fix}` };
  if (!isMapUrl(url)) return { ok: false, reason: `Link bản đồ "${raw}" không dẫn tới Google Maps hay OpenStreetMap (máy chủ ${url.hostname}). ${fix}` };
  return { ok: true, url: url.href };
}

/** Whether a page may link to this URL at all: official hosts, or a map link. */
export function isAllowedOutboundUrl(url: URL, linkHosts: readonly string[]): boolean {
  return url.protocol === 'https:' && (isOfficialHost(url.hostname, linkHosts) || isMapUrl(url));
}

/**
 * A map search for a place by its name ("Công an phường Bàn Cờ, Thành phố Hồ Chí Minh"): lets a
 * resident find the office when no verified map link is known, without the site stating an address.
 */
export function mapSearchUrl(query: string): string {
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}
