import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { officialLinkSchema } from './schemas/links';
import { siteSettingsSchema } from './schemas/site';
import { sourceSchema } from './schemas/source';
import { wardDetailsSchema } from './schemas/ward';
import { messageSchema } from './schemas/message';
import { provinceSchema, unitSchema } from './schemas/unit';
import { provincesLoader, unitsLoader } from './loaders/national-units';

// VNEID_CONTENT_DIR lets tests build fixture content (e.g. a deliberately broken guide).
const contentDir = process.env.VNEID_CONTENT_DIR ?? 'content';

export const collections = {
  settings: defineCollection({ loader: glob({ base: `${contentDir}/settings`, pattern: '*.yaml' }), schema: siteSettingsSchema }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  links: defineCollection({ loader: file(`${contentDir}/links.yaml`), schema: officialLinkSchema }),
  messages: defineCollection({ loader: file(`${contentDir}/messages.yaml`), schema: messageSchema }),
  guides: defineCollection({ loader: glob({ base: `${contentDir}/guides`, pattern: '*.mdx' }), schema: guideSchema }),
  faq: defineCollection({ loader: glob({ base: `${contentDir}/faq`, pattern: '*.md' }), schema: faqSchema }),
  /** The national list of current units (from an npm package, not from content/). */
  provinces: defineCollection({ loader: provincesLoader(), schema: provinceSchema }),
  units: defineCollection({ loader: unitsLoader(), schema: unitSchema }),
  /** Verified local details (contacts, mobile teams) for current units, keyed by unit code. */
  wards: defineCollection({ loader: glob({ base: `${contentDir}/wards`, pattern: '*.yaml' }), schema: wardDetailsSchema }),
};
