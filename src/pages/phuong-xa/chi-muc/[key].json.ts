import type { APIRoute, GetStaticPaths } from 'astro';
import { getWardShards } from '../../../lib/ward-index-data';

/**
 * The ward index in shards (src/lib/ward-shards.ts): /phuong-xa/chi-muc/<key>.json, fetched by the
 * lookup, the site search and the staff pickers one at a time, only the shard a query needs.
 */
export const getStaticPaths = (async () => {
  const { shards } = await getWardShards();
  return [...shards.keys()].map((key) => ({ params: { key } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { shards } = await getWardShards();
  return new Response(JSON.stringify(shards.get(params.key!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
