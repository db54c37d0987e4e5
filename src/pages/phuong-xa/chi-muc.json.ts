import type { APIRoute } from 'astro';
import { getUnitModel } from '../../lib/units';
import { isoOf, sessionLine, upcomingSessions } from '../../lib/sessions';

/**
 * Compact index for the instant lookup, fetched only when someone starts typing:
 * p = province names; u = [code, name, province index]; f = [name, district, province, [codes]].
 * The whole country always: a scoped deployment (settings scope.provinces) lists in x the provinces
 * it has pages for, and in n the national site that has the others (or nothing).
 * Folding (đ → d, no tone marks) happens in the browser so the file carries only real names.
 * s = upcoming registration days of the units that published some (the lookup shows the next one).
 */
export const GET: APIRoute = async () => {
  const { byCode, provinces, former, scope } = await getUnitModel();
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i]));
  const body = {
    p: provinces.map((p) => p.name),
    u: [...byCode.values()].map((u) => [u.code, u.name, provinceIndex.get(u.provinceCode)]),
    f: [...former.values()].map((e) => [e.former.name, e.former.district, e.former.province, e.targets]),
    s: Object.fromEntries(
      [...byCode.values()].flatMap((u) => {
        const days = upcomingSessions(u.details?.sessions ?? []).slice(0, 3);
        return days.length ? [[u.code, days.map((d) => [isoOf(d.date), sessionLine(d)])]] : [];
      }),
    ),
    ...(scope.provinces.size ? { x: provinces.flatMap((p, i) => (scope.provinces.has(p.code) ? [i] : [])), n: scope.nationalSite ?? null } : {}),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
