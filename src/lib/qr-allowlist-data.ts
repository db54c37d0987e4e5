import { getCollection } from 'astro:content';
import { absoluteUrl } from './base';
import type { QrAllowlist } from './qr-allowlist';
import { siteConfigured } from './qr-site';

/**
 * The allowlist built from content/links.yaml and the site URL: store listings must match exactly,
 * portal hosts (vneid.gov.vn, dichvucong.gov.vn) allow any page. While siteUrl is the placeholder
 * the allowlist has no site at all: the generator never offers a code to an address nobody can open.
 */
const cache = new Map<string, Promise<QrAllowlist>>();

/** Built once per site URL: every one of the ~13,000 print pages asks for it. */
export function getQrAllowlist(site: URL): Promise<QrAllowlist> {
  const key = site.href;
  if (!cache.has(key)) cache.set(key, buildAllowlist(site));
  return cache.get(key)!;
}

async function buildAllowlist(site: URL): Promise<QrAllowlist> {
  const links = (await getCollection('links')).map((entry) => entry.data);
  const stores = links.filter((link) => link.kind === 'app-store' || link.kind === 'google-play');
  const portals = links.filter((link) => link.kind === 'web-portal' || link.kind === 'public-service-portal');
  return {
    exactUrls: stores.map((link) => link.url),
    officialHosts: portals.map((link) => new URL(link.url).hostname),
    siteUrl: siteConfigured(site) ? absoluteUrl('/', site) : null,
  };
}
