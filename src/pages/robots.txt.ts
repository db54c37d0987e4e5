import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/base';

// Generated so the sitemap address follows the configured site URL and base path.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${withBase('/quan-tri/')}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
