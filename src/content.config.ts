import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { officialLinkSchema } from './schemas/links';
import { siteSettingsSchema } from './schemas/site';
import { sourceSchema } from './schemas/source';
import { wardDetailsSchema } from './schemas/ward';

// VNEID_CONTENT_DIR lets tests build fixture content (e.g. a deliberately broken guide).
const contentDir = process.env.VNEID_CONTENT_DIR ?? 'content';

export const collections = {
  settings: defineCollection({ loader: glob({ base: `${contentDir}/settings`, pattern: '*.yaml' }), schema: siteSettingsSchema }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  links: defineCollection({ loader: file(`${contentDir}/links.yaml`), schema: officialLinkSchema }),
  guides: defineCollection({ loader: glob({ base: `${contentDir}/guides`, pattern: '*.mdx' }), schema: guideSchema }),
  faq: defineCollection({ loader: glob({ base: `${contentDir}/faq`, pattern: '*.md' }), schema: faqSchema }),
  wards: defineCollection({ loader: glob({ base: `${contentDir}/wards`, pattern: '*.yaml' }), schema: wardDetailsSchema }),
};
