// @ts-check
import { defineConfig } from 'astro/config';
import { vneidGuide } from './src/build/integration.ts';

// Everything (site address, base path, output folder, content checks, Markdown, MDX, sitemap,
// Tailwind) is set by the project's integration from content/settings/site.yaml: staff edit one file.
export default defineConfig({
  integrations: [vneidGuide()],
});
