import type { APIRoute } from 'astro';
import { checkQrTarget } from '../../lib/qr-allowlist';
import { getQrAllowlist } from '../../lib/qr-allowlist-data';
import { qrSvg } from '../../lib/qr-svg';
import { OFFICIAL_QRS, officialQrTarget, type OfficialQrName } from '../../lib/official-qr';

export function getStaticPaths() {
  return OFFICIAL_QRS.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const { url } = await officialQrTarget(params.name as OfficialQrName, site!);
  const check = checkQrTarget(url, await getQrAllowlist(site!));
  if (!check.ok) throw new Error(`/qr/${params.name}.svg: ${check.reason} Sửa: kiểm tra content/links.yaml.`);
  return new Response(await qrSvg(check.url), { headers: { 'Content-Type': 'image/svg+xml' } });
};
