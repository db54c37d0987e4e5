/**
 * Where a page may link out to. Residents are taught that the real VNeID lives only at official
 * addresses, so the site itself never links elsewhere: only to the hosts of content/links.yaml
 * (the two store listings and the portals) and to hosts under .gov.vn, a domain VNNIC registers to
 * state bodies only. Used by the build (source links) and by the link test over dist/.
 */
export const GOVERNMENT_SUFFIX = '.gov.vn';

export function isOfficialHost(host: string, linkHosts: readonly string[]): boolean {
  const h = host.toLowerCase();
  return linkHosts.includes(h) || h.endsWith(GOVERNMENT_SUFFIX);
}

/**
 * The one kind of outbound link that is not to an official body: a ward contact's map ("Xem bản
 * đồ"), so residents can find the office. Only these map services, never a shortener that hides
 * where it leads.
 */
export function isMapUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:') return false;
  if (host === 'www.openstreetmap.org') return true;
  return (host === 'www.google.com' || host === 'maps.google.com') && url.pathname.startsWith('/maps');
}

/** Whether a page may link to this URL at all: official hosts, or a map link. */
export function isAllowedOutboundUrl(url: URL, linkHosts: readonly string[]): boolean {
  return url.protocol === 'https:' && (isOfficialHost(url.hostname, linkHosts) || isMapUrl(url));
}
