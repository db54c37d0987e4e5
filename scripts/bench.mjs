#!/usr/bin/env node
// Every figure the project tracks, printed (never asserted): page weight per template, Lighthouse
// per template, search quality and size, and build time and memory at three scales.
// Usage: npm run build && npm run bench [-- --only=weight,lighthouse,search,build]
// Each part also runs alone: node scripts/bench/<part>.mjs
// The figures are also written to docs/dev/bench-figures.json and rendered as bench-figures.md (a
// part not run keeps its last figures), so the docs show what the bench wrote, never numbers copied by hand.
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadDeploySettings } from '../src/build/deploy-settings.ts';
import { FIGURES_JSON, FIGURES_MD, writeFiguresMarkdown } from './bench/figures-md.mjs';

const PARTS = ['weight', 'lighthouse', 'search', 'build'];
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const parts = values.only ? values.only.split(',') : PARTS;
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`--only: "${part}" không có; chọn trong ${PARTS.join(', ')}.`);
const deploy = loadDeploySettings();
if (parts.some((p) => p !== 'build') && !existsSync(`${deploy.outDir}/index.html`)) {
  throw new Error(`${deploy.outDir}/ chưa được dựng. Chạy "npm run build" trước "npm run bench".`);
}

/** @type {Record<string, { measured: string, machine: string, figures: unknown }>} */
const figures = existsSync(FIGURES_JSON) ? JSON.parse(readFileSync(FIGURES_JSON, 'utf8')) : {};
const machine = `Node ${process.version}, ${(await import('node:os')).cpus().length} cores`;
/** @param {string} part @param {unknown} result */
const keep = (part, result) => {
  figures[part] = { measured: new Date().toISOString().slice(0, 10), machine, figures: result };
  writeFileSync(FIGURES_JSON, `${JSON.stringify(figures, null, 2)}\n`);
  writeFiguresMarkdown(figures);
};

if (parts.includes('weight')) keep('weight', await (await import('./bench/page-weight.mjs')).benchPageWeight());
if (parts.includes('lighthouse')) keep('lighthouse', await (await import('./bench/lighthouse.mjs')).benchLighthouse());
if (parts.includes('search')) keep('search', await (await import('./bench/search.mjs')).benchSearch());
if (parts.includes('build')) keep('build', await (await import('./bench/build-scale.mjs')).benchBuildScale());
console.log(`Số liệu đã ghi vào ${FIGURES_JSON} và ${FIGURES_MD}.`);
