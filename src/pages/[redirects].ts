import type { APIRoute } from 'astro';
import { redirectRules } from '../lib/redirect-rules';

/**
 * `_redirects` for hosts that read one (Netlify, Cloudflare Pages, GitLab Pages, and scripts/serve.mjs).
 * Former units need no rule: each old address is an HTML page of its own that forwards (meta refresh)
 * to its current unit or lists the units of a split, so it works on hosts without `_redirects` too and
 * the file stays far under the hosts' limits (Cloudflare Pages: 2,000 static and 100 dynamic rules).
 * (Astro skips page files whose name starts with "_", hence the dynamic route.)
 */
export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const rules = redirectRules(import.meta.env.BASE_URL).map((r) => `${r.from} ${r.to} 301`);
  return new Response(`# Địa chỉ đã chuyển chỗ (mỗi dòng: địa chỉ cũ, địa chỉ mới, mã 301)\n${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
