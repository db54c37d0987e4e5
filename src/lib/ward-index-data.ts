import { getUnitModel } from './units';
import { wardIndexOf, wardShardsOf } from './ward-index';
import type { WardShards } from './ward-shards';

/** The shards of this build's ward index, cut once per build (the endpoint and every page using them share it). */
let planned: Promise<ReturnType<typeof wardShardsOf>> | undefined;
export function getWardShards() {
  planned ??= getUnitModel().then(({ byCode, provinces, former, scope }) =>
    wardShardsOf(wardIndexOf({ provinces, units: [...byCode.values()].map((u) => ({ ...u, sessions: u.details?.sessions })), former: former.values(), scope })),
  );
  return planned;
}

/** What a page passes its script (data-wards, the generator's and the staff app's config): where the shards are and how to pick one. */
export async function wardShardsConfig(url: string): Promise<WardShards> {
  const { split, sizes } = await getWardShards();
  return { url, split, sizes };
}
