import type { APIRoute } from 'astro';
import { getWardShards } from '../../lib/poster-data';

/**
 * The ward data print sheets read for ?ma=<code>: names and verified contacts of the units whose
 * code starts with these two digits (a few kB each, instead of a sheet file per ward and format).
 */
export async function getStaticPaths() {
  return [...(await getWardShards()).keys()].map((prefix) => ({ params: { prefix } }));
}

export const GET: APIRoute = async ({ params }) => {
  const shard = (await getWardShards()).get(params.prefix!);
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
