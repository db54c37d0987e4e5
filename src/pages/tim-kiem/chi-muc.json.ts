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
export const GET: APIRoute = async () => {
  const [faq, guides, words, pages] = await Promise.all([getCollection('faq'), getGuides(), getEntry('search', 'synonyms'), getEntry('search', 'pages')]);
  const file = buildSearchIndex({
    faq: faq
      .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
      .map((e) => ({ id: e.id, question: e.data.question, answer: e.data.answer, keywords: e.data.keywords, body: e.body ?? '' })),
    guides: guides.map((g) => ({ id: g.id, title: g.data.title, summary: g.data.summary, keywords: g.data.keywords, body: g.body ?? '' })),
    pages: pages?.data.pages ?? [],
    synonyms: words?.data.groups ?? [],
    filler: words?.data.filler ?? [],
  });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
