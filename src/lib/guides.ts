import { getCollection } from 'astro:content';

/** All guides in reading order (frontmatter `order`). */
export async function getGuides() {
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}

export { guidePath, guidePrintPath } from './routes.ts';
