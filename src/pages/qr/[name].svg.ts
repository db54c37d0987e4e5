import type { APIRoute } from 'astro';
import { checkQrTarget } from '../../lib/qr-allowlist';
import { getQrAllowlist } from '../../lib/qr-allowlist-data';
import { qrSvg } from '../../lib/qr-svg';
import { isOwnSiteQr, qrFileTarget, QR_FILES, type QrFileName } from '../../lib/qr-files';
import { siteConfigured } from '../../lib/qr-site';

/** The shared QR files; codes to this site only once siteUrl is configured (never a dead code). */
export function getStaticPaths() {
  const configured = siteConfigured(import.meta.env.SITE);
  return QR_FILES.filter((name) => configured || !isOwnSiteQr(name)).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { url } = await qrFileTarget(params.name as QrFileName, site!);
  const check = checkQrTarget(url, await getQrAllowlist(site!));
  if (!check.ok) throw new Error(`/qr/${params.name}.svg: ${check.reason} Sửa: kiểm tra content/links.yaml.`);
  return new Response(await qrSvg(check.url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
