import { getCollection } from 'astro:content';

/** All guides in reading order (frontmatter `order`). */
export async function getGuides() {
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}

export const guidePath = (slug: string) => `/huong-dan/${slug}/`;
export const guidePrintPath = (slug: string) => `/huong-dan/${slug}/in/`;
