import { absoluteUrl } from './base';
import { officialQrTarget, type OfficialQrName } from './official-qr';

/**
 * QR codes every sheet shares, served once as /qr/<name>.svg and referenced by <img> (vector in
 * print, cached once for all sheets): the two store listings, this site's download page (stickers)
 * and its ward lookup (the national sheets). The two to this site exist only once siteUrl is
 * configured; until then sheets print the "not configured" box in their place.
 */
export const QR_FILES = ['app-store', 'google-play', 'tai-ung-dung', 'phuong-xa'] as const;
export type QrFileName = (typeof QR_FILES)[number];

export const isOwnSiteQr = (name: QrFileName) => name === 'tai-ung-dung' || name === 'phuong-xa';
export const qrFilePath = (name: QrFileName) => `/qr/${name}.svg`;

export async function qrFileTarget(name: QrFileName, site: URL): Promise<{ url: string; label: string }> {
  if (name === 'phuong-xa') return { url: absoluteUrl('/phuong-xa/', site), label: 'Tìm phường/xã của bạn' };
  return officialQrTarget(name as OfficialQrName, site);
}
