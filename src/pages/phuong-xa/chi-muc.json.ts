import type { APIRoute } from 'astro';
import { getUnitModel } from '../../lib/units';

/**
 * Compact index for the instant lookup, fetched only when someone starts typing:
 * p = province names; u = [code, name, province index]; f = [name, district, province, [codes]].
 * Folding (đ → d, no tone marks) happens in the browser so the file carries only real names.
 */
export const GET: APIRoute = async () => {
  const { byCode, provinces, former } = await getUnitModel();
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i]));
  const body = {
    p: provinces.map((p) => p.name),
    u: [...byCode.values()].map((u) => [u.code, u.name, provinceIndex.get(u.provinceCode)]),
    f: [...former.values()].map((e) => [e.former.name, e.former.district, e.former.province, e.targets]),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
