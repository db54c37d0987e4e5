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
/** Routes of this site's page files ("/in-an/[code]/[format]/" → a pattern), to skip listed pages that do not exist. */
const routes = Object.keys(import.meta.glob('../**/*.astro')).map((file) => {
  const path = file.replace(/^\.\.\//, '/').replace(/(index)?\.astro$/, '').replace(/([^/])$/, '$1/');
  return new RegExp(`^${path.replace(/\[[^\]]+\]/g, '[^/]+')}$`);
});

export const GET: APIRoute = async () => {
  const [faq, guides, words, listed] = await Promise.all([getCollection('faq'), getGuides(), getEntry('search', 'synonyms'), getEntry('search', 'pages')]);
  // A page listed before it is built (the staff page on another branch) waits, with a note in the build log.
  const pages = (listed?.data.pages ?? []).filter((p) => routes.some((r) => r.test(p.path)) || void console.warn(`content/search/pages.yaml: chưa có trang ${p.path}, tạm không đưa vào tìm kiếm.`));
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
