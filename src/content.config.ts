import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { officialLinkSchema } from './schemas/links';
import { siteSettingsSchema } from './schemas/site';
import { sourceSchema } from './schemas/source';
import { wardDetailsSchema } from './schemas/ward';
import { messageSchema } from './schemas/message';
import { posterTextSchema } from './schemas/print';
import { synonymsSchema } from './schemas/search';
import { provinceSchema, unitSchema } from './schemas/unit';
import { formerDistrictContactSchema, unitResolutionSchema, unitSplitSchema } from './schemas/unit-extras';
import { parse as parseYaml } from 'yaml';
import { provincesLoader, unitsLoader } from './loaders/national-units';

// VNEID_CONTENT_DIR lets tests build fixture content (e.g. a deliberately broken guide).
const contentDir = process.env.VNEID_CONTENT_DIR ?? 'content';

export const collections = {
  settings: defineCollection({ loader: glob({ base: `${contentDir}/settings`, pattern: '*.yaml' }), schema: siteSettingsSchema }),
  sources: defineCollection({ loader: file(`${contentDir}/sources.yaml`), schema: sourceSchema }),
  links: defineCollection({ loader: file(`${contentDir}/links.yaml`), schema: officialLinkSchema }),
  messages: defineCollection({ loader: file(`${contentDir}/messages.yaml`), schema: messageSchema }),
  search: defineCollection({ loader: glob({ base: `${contentDir}/search`, pattern: '*.yaml' }), schema: synonymsSchema }),
  print: defineCollection({ loader: glob({ base: `${contentDir}/print`, pattern: '*.yaml' }), schema: posterTextSchema }),
  guides: defineCollection({ loader: glob({ base: `${contentDir}/guides`, pattern: '*.mdx' }), schema: guideSchema }),
  faq: defineCollection({ loader: glob({ base: `${contentDir}/faq`, pattern: '*.md' }), schema: faqSchema }),
  /** The national list of current units (from an npm package, not from content/). */
  provinces: defineCollection({ loader: provincesLoader(), schema: provinceSchema }),
  units: defineCollection({ loader: unitsLoader(), schema: unitSchema }),
  unitSplits: defineCollection({ loader: file(`${contentDir}/unit-splits.yaml`), schema: unitSplitSchema }),
  formerDistrictContacts: defineCollection({ loader: file(`${contentDir}/former-district-contacts.yaml`), schema: formerDistrictContactSchema }),
  unitResolutions: defineCollection({
    // The file maps province code → source key; the loader wants one object per entry.
    loader: file(`${contentDir}/unit-resolutions.yaml`, {
      parser: (text) => Object.fromEntries(Object.entries(parseYaml(text) as Record<string, string>).map(([code, source]) => [code, { source }])),
    }),
    schema: unitResolutionSchema,
  }),
  /** Verified local details (contacts, mobile teams) for current units, keyed by unit code. */
  wards: defineCollection({ loader: glob({ base: `${contentDir}/wards`, pattern: '*.yaml' }), schema: wardDetailsSchema }),
};
