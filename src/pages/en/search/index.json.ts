import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { getEnFaq, getEnGuides } from '../../../lib/english';
import { buildSearchIndex, ENGLISH_INDEX } from '../../../lib/search-index';

/**
 * The English search index: the English guides and answers only, folded with the same functions as
 * the Vietnamese index, with English synonyms and stop words (content/search/english.yaml). A
 * separate file, so neither language's ranking or download grows with the other.
 */
export const GET: APIRoute = async () => {
  const [faq, guides, words] = await Promise.all([getEnFaq(), getEnGuides(), getEntry('search', 'english')]);
  const file = buildSearchIndex(
    {
      faq: faq.map((e) => ({ id: e.id, question: e.data.question, answer: e.data.answer, keywords: e.data.keywords, body: e.body ?? '' })),
      guides: guides.map((g) => ({ id: g.id, title: g.data.title, summary: g.data.summary, keywords: g.data.keywords, body: g.body ?? '' })),
      pages: [],
      synonyms: words?.data.groups ?? [],
      filler: words?.data.filler ?? [],
    },
    ENGLISH_INDEX,
  );
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
