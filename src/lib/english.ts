import { getCollection } from 'astro:content';
import { enFaqPath, enGuidePath, faqPath, guidePath } from './routes.ts';

/**
 * The English pages for foreign residents and their Vietnamese twins. A twin gives both pages their
 * hreflang pair and the header's language link (BaseLayout `alternates`); a Vietnamese page without
 * an English twin links to the English home instead.
 */

/** English guides in reading order. */
export async function getEnGuides() {
  return (await getCollection('enGuides')).sort((a, b) => a.data.order - b.data.order);
}

/** English answers by order, then question. */
export async function getEnFaq() {
  return (await getCollection('enFaq')).sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question, 'en'));
}

export interface Alternates {
  vi: string;
  en: string;
}

/** Vietnamese path → its English twin's path, for every English page that names a twin. */
export async function englishTwins(): Promise<Map<string, string>> {
  const twins = new Map<string, string>();
  for (const g of await getEnGuides()) twins.set(guidePath(g.data.twin.id), enGuidePath(g.id));
  for (const q of await getEnFaq()) if (q.data.twin) twins.set(faqPath(q.data.twin.id), enFaqPath(q.id));
  return twins;
}

/** The alternates of a Vietnamese page (undefined when it has no English twin). */
export async function alternatesOfVietnamese(path: string): Promise<Alternates | undefined> {
  const en = (await englishTwins()).get(path);
  return en ? { vi: path, en } : undefined;
}
