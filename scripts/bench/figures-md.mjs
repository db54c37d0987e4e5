#!/usr/bin/env node
// Renders docs/dev/bench-figures.json (written by npm run bench) as docs/dev/bench-figures.md, so
// the docs show the figures the bench measured, never numbers copied by hand.
// Usage: node scripts/bench/figures-md.mjs (npm run bench calls it after every part).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const FIGURES_JSON = 'docs/dev/bench-figures.json';
export const FIGURES_MD = 'docs/dev/bench-figures.md';

/** @param {Record<string, unknown>[]} rows @param {string[]} columns @param {Record<string, string>} names */
function table(rows, columns, names) {
  const head = `| ${columns.map((c) => names[c] ?? c).join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n`;
  return head + rows.map((row) => `| ${columns.map((c) => String(row[c] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`).join('\n');
}

/** @param {{ measured: string, machine: string }} part */
const when = (part) => `Measured ${part.measured} (${part.machine}).`;

/** @param {Record<string, { measured: string, machine: string, figures: any }>} figures */
export function renderFigures(figures) {
  const out = ['# Benchmark figures', '', `Written by \`npm run bench\` from \`${FIGURES_JSON}\`; do not edit by hand. What each figure means and its target: [quality.md](quality.md).`, ''];
  const { weight, lighthouse, search, build } = figures;
  if (weight) {
    out.push('## Page weight', '', `${when(weight)} Chromium at 360 px, cold cache, gzip bytes of every response until the network is idle; JavaScript uncompressed.`, '');
    out.push(table(weight.figures, ['template', 'page', 'requests', 'gzipKB', 'jsKB', 'target'], { gzipKB: 'KB gzip', jsKB: 'JS KB' }), '');
  }
  if (lighthouse) {
    out.push('## Lighthouse', '', `${when(lighthouse)} Mobile defaults (simulated slow 4G, 4× CPU slowdown).`, '');
    out.push(table(lighthouse.figures, ['template', 'perf', 'a11y', 'bestPractices', 'seo', 'lcpS', 'cls', 'notFull'], { bestPractices: 'best practices', lcpS: 'LCP s', notFull: 'audits below 100' }), '');
  }
  if (search) {
    const s = search.figures;
    const f = (/** @type {number} */ n) => n.toFixed(3);
    out.push('## Search', '', `${when(search)} MiniSearch in Chromium over \`dist/\`.`, '');
    out.push('| queries | recall@1 | recall@3 | MRR |', '|---|---|---|---|', `| Vietnamese (\`tests/search-queries.yaml\`) | ${f(s.recall1)} | ${f(s.recall3)} | ${f(s.mrr)} |`);
    if (s.english) out.push(`| English (\`tests/search-queries-en.yaml\`) | ${f(s.english.recall1)} | ${f(s.english.recall3)} | ${f(s.english.mrr)} |`);
    out.push('', 'Until the first result, cold cache, page included:', '', '| case | query | KB gzip | requests |', '|---|---|---|---|');
    for (const [name, c] of Object.entries(s.cold ?? {})) out.push(`| ${name} | "${c.q}" | ${c.kb.toFixed(1)} | ${c.requests} |`);
    out.push('');
  }
  if (build) {
    out.push('## Build scale', '', `${when(build)} Full production build (link check and deploy report included), peak memory of the process tree.`, '');
    out.push(table(build.figures, ['units', 'pages', 'seconds', 'msPerPage', 'peakMB'], { msPerPage: 'ms per page', peakMB: 'peak MB' }), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** @param {Parameters<typeof renderFigures>[0]} [figures] the bench's figures; read from FIGURES_JSON when not given */
export function writeFiguresMarkdown(figures = JSON.parse(readFileSync(FIGURES_JSON, 'utf8'))) {
  writeFileSync(FIGURES_MD, renderFigures(figures));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFiguresMarkdown();
  console.log(`Đã ghi ${FIGURES_MD}.`);
}
