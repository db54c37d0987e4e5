#!/usr/bin/env node
// Production build: Astro renders content/ into static pages, then Pagefind indexes them.
// Telemetry is switched off because nothing at build time may reach the internet.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const { build } = await import('astro');
const pagefind = await import('pagefind');
const { loadDeploySettings } = await import('./lib/deploy-settings.mjs');

const deploy = loadDeploySettings();
const started = Date.now();
await build({ root: process.cwd() });

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const indexed = await index.addDirectory({ path: deploy.outDir });
if (indexed.errors.length) throw new Error(`Pagefind: ${indexed.errors.join('; ')}`);
await index.writeFiles({ outputPath: `${deploy.outDir}/pagefind` });
await pagefind.close();

console.log(`Đã dựng ${deploy.outDir}/ (base ${deploy.base}), Pagefind đã lập chỉ mục ${indexed.page_count} trang, ${((Date.now() - started) / 1000).toFixed(1)} s.`);
