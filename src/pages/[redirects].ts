import type { APIRoute } from 'astro';
import { withBase } from '../lib/base';
import { getUnitModel, unitPath } from '../lib/units';

/**
 * `_redirects` for hosts that read one (Netlify, Cloudflare Pages, and scripts/serve.mjs): each
 * former unit merged whole into one current unit answers 301. Split units keep their HTML page.
 * (Astro skips page files whose name starts with "_", hence the dynamic route.)
 */
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const { former } = await getUnitModel();
  const lines = [...former.values()]
    .filter((entry) => entry.targets.length === 1)
    .map((entry) => `${withBase(entry.path)} ${withBase(unitPath(entry.targets[0]!))} 301`);
  // Print sheets used to be one file per ward and format; now one page per format reads ?ma=.
  const print = [`${withBase('/in-an/chung/:format/')} ${withBase('/in-an/:format/')} 301`, `${withBase('/in-an/:code/:format/')} ${withBase('/in-an/:format/')}?ma=:code 301`];
  return new Response(`# Ấn phẩm in cũ (một tệp mỗi phường/xã) → một trang mỗi khổ\n${print.join('\n')}\n# Địa chỉ phường/xã cũ → phường/xã hiện nay\n${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
