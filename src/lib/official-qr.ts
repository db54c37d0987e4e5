import { getOfficialLink } from './site-data';
import { absoluteUrl } from './base';

/**
 * QR codes printed on every poster are the same everywhere, so they are served once as SVG files
 * (/qr/<name>.svg) and referenced by <img>: thousands of poster pages stay small and still print as
 * vectors. Each target is checked against the allowlist when its file is built.
 */
export const OFFICIAL_QRS = ['app-store', 'google-play', 'tai-ung-dung'] as const;
export type OfficialQrName = (typeof OFFICIAL_QRS)[number];

export async function officialQrTarget(name: OfficialQrName, site: URL): Promise<{ url: string; label: string }> {
  if (name === 'tai-ung-dung') return { url: absoluteUrl('/tai-ung-dung/', site), label: 'Trang tải VNeID chính thức' };
  const link = await getOfficialLink(name);
  return { url: link.url, label: link.label };
}

export const officialQrPath = (name: OfficialQrName) => `/qr/${name}.svg`;
