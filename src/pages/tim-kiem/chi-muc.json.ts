import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { getGuides } from '../../lib/guides';
import { buildSearchIndex } from '../../lib/search-index';

/**
 * The search index, built once per build from the content collections (guides, FAQ entries, and
 * the other pages listed in content/search/pages.yaml), folded here so the browser runs one search
 * per query. Fetched by /tim-kiem/ only when someone searches. Format: SearchIndexFile in
 * src/lib/search-engine.ts.
 */
/** Routes of this site's page files ("/in-an/[format]/" → a pattern). */
const routes = Object.keys(import.meta.glob('../**/*.astro')).map((file) => {
  const path = file.replace(/^\.\.\//, '/').replace(/(index)?\.astro$/, '').replace(/([^/])$/, '$1/');
  return new RegExp(`^${path.replace(/\[[^\]]+\]/g, '[^/]+')}$`);
});

export const GET: APIRoute = async () => {
  const [faq, guides, words, listed] = await Promise.all([getCollection('faq'), getGuides(), getEntry('search', 'synonyms'), getEntry('search', 'pages')]);
  // A listed page must be a page of this site: nothing listed is dropped in silence. (The build's link
  // check then opens every address in this index, so a path that only looks like a route fails too.)
  const pages = listed?.data.pages ?? [];
  const unknown = pages.filter((p) => !routes.some((r) => r.test(p.path)));
  if (unknown.length) throw new Error(`content/search/pages.yaml: ${unknown.map((p) => `"${p.path}"`).join(', ')} không phải trang nào của trang này. Sửa: ghi đúng đường dẫn (ví dụ /in-an/a4/) hoặc xóa mục đó.`);
  const file = buildSearchIndex({
    faq: faq
      .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
      .map((e) => ({ id: e.id, question: e.data.question, answer: e.data.answer, keywords: e.data.keywords, body: e.body ?? '' })),
    guides: guides.map((g) => ({ id: g.id, title: g.data.title, summary: g.data.summary, keywords: g.data.keywords, body: g.body ?? '' })),
    pages,
    synonyms: words?.data.groups ?? [],
    filler: words?.data.filler ?? [],
  });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
