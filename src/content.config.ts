import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { faqSchema } from './schemas/faq';
import { guideSchema } from './schemas/guide';
import { enFaqSchema, enGuideSchema } from './schemas/english';
import { officialLinkSchema } from './schemas/links';
import { siteSettingsSchema } from './schemas/site';
import { pageSourcesSchema, sourceSchema } from './schemas/source';
import { wardDetailsSchema } from './schemas/ward';
import { messageSchema } from './schemas/message';
import { postTextSchema, posterTextSchema } from './schemas/print';
import { synonymsSchema } from './schemas/search';
import { provinceSchema, unitSchema } from './schemas/unit';
import { unitResolutionSchema, unitSplitSchema } from './schemas/unit-extras';
import { provincesLoader, unitsLoader } from './loaders/national-units';
import { parseYamlStrict } from './lib/yaml-errors';

// The schemas are plain Zod with no Astro runtime: the content preflight (src/lib/content-preflight.ts,
// run from astro.config.mjs before this file is read) validates every file with these same schemas
// and lists every problem at once, with its line.
// VNEID_CONTENT_DIR lets tests build fixture content (e.g. a deliberately broken guide).
const contentDir = process.env.VNEID_CONTENT_DIR ?? 'content';

/** A YAML file read strictly: a key written twice fails with the file and line (see yaml-errors.ts). */
type Entries = Record<string, Record<string, unknown>>;
const yamlFile = (name: string, toEntries: (data: Record<string, unknown>) => Entries = (d) => d as Entries) =>
  file(`${contentDir}/${name}`, { parser: (text) => toEntries((parseYamlStrict(text, `${contentDir}/${name}`) ?? {}) as Record<string, unknown>) });

export const collections = {
  settings: defineCollection({ loader: glob({ base: `${contentDir}/settings`, pattern: '*.yaml' }), schema: siteSettingsSchema }),
  sources: defineCollection({ loader: yamlFile('sources.yaml'), schema: sourceSchema }),
  links: defineCollection({ loader: yamlFile('links.yaml'), schema: officialLinkSchema }),
  messages: defineCollection({ loader: yamlFile('messages.yaml'), schema: messageSchema }),
  search: defineCollection({ loader: glob({ base: `${contentDir}/search`, pattern: '*.yaml' }), schema: synonymsSchema }),
  print: defineCollection({ loader: glob({ base: `${contentDir}/print`, pattern: 'poster.yaml' }), schema: posterTextSchema }),
  /** Ready-to-post texts (Zalo, loudspeaker) the generator fills in per ward. */
  printMessages: defineCollection({ loader: yamlFile('print/messages.yaml'), schema: postTextSchema }),
  guides: defineCollection({ loader: glob({ base: `${contentDir}/guides`, pattern: '*.mdx' }), schema: guideSchema }),
  faq: defineCollection({ loader: glob({ base: `${contentDir}/faq`, pattern: '*.md' }), schema: faqSchema }),
  /** English pages for foreign residents, each beside its Vietnamese twin (src/schemas/english.ts). */
  enGuides: defineCollection({ loader: glob({ base: `${contentDir}/en/guides`, pattern: '*.mdx' }), schema: enGuideSchema }),
  enFaq: defineCollection({ loader: glob({ base: `${contentDir}/en/faq`, pattern: '*.md' }), schema: enFaqSchema }),
  /** The national list of current units (from an npm package, not from content/). */
  provinces: defineCollection({ loader: provincesLoader(), schema: provinceSchema }),
  units: defineCollection({ loader: unitsLoader(), schema: unitSchema }),
  unitSplits: defineCollection({ loader: yamlFile('unit-splits.yaml'), schema: unitSplitSchema }),
  unitResolutions: defineCollection({
    // The file maps province code → source key; the loader wants one object per entry.
    loader: yamlFile('unit-resolutions.yaml', (data) => Object.fromEntries(Object.entries(data).map(([code, source]) => [code, { source }]))),
    schema: unitResolutionSchema,
  }),
  /** Sources of the fixed text of some page templates (content/page-sources.yaml). */
  pageSources: defineCollection({ loader: yamlFile('page-sources.yaml'), schema: pageSourcesSchema }),
  /** Verified local details (contacts, mobile teams) for current units, keyed by unit code. */
  wards: defineCollection({ loader: glob({ base: `${contentDir}/wards`, pattern: '*.yaml' }), schema: wardDetailsSchema }),
};
