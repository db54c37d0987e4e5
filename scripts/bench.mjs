#!/usr/bin/env node
// Every figure the project tracks, printed (never asserted): page weight per template, Lighthouse
// per template, search quality and size, and build time and memory at three scales.
// Usage: npm run build && npm run bench [-- --only=weight,lighthouse,search,build]
// Each part also runs alone: node scripts/bench/<part>.mjs
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { loadDeploySettings } from '../src/build/deploy-settings.ts';

const PARTS = ['weight', 'lighthouse', 'search', 'build'];
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const parts = values.only ? values.only.split(',') : PARTS;
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--only: "${part}" không có; chọn trong ${PARTS.join(', ')}.`);
const deploy = loadDeploySettings();
if (parts.some((p) => p !== 'build') && !existsSync(`${deploy.outDir}/index.html`)) {
  throw new Error(`${deploy.outDir}/ chưa được dựng. Chạy "npm run build" trước "npm run bench".`);
}

if (parts.includes('weight')) await (await import('./bench/page-weight.mjs')).benchPageWeight();
if (parts.includes('lighthouse')) await (await import('./bench/lighthouse.mjs')).benchLighthouse();
if (parts.includes('search')) await (await import('./bench/search.mjs')).benchSearch();
if (parts.includes('build')) await (await import('./bench/build-scale.mjs')).benchBuildScale();
