#!/usr/bin/env node
// `npm test`: every check, in the order that fails soonest on the commonest mistakes, and a line of
// times at the end (what the README's test time is measured from). The type check and the fast tests
// run side by side: the type check keeps one core busy, the fast tests use what is left; nothing
// else here shares a core well (each Astro build writes .astro/, the browser tests fill both cores).
import { spawn } from 'node:child_process';

/** @typedef {{ script: string, code: number, seconds: number, output: string }} Run */

/**
 * One `npm run <script>`. Side-by-side runs keep their output until they end, so two logs never
 * interleave; a run alone prints as it goes.
 * @param {string} script
 * @param {boolean} quietUntilDone
 * @returns {Promise<Run>}
 */
function run(script, quietUntilDone) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: quietUntilDone ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, seconds: (Date.now() - started) / 1000, output }));
  });
}

/** @type {string[][]} Steps in order; the scripts of one step run side by side. */
const STEPS = [['check', 'test:unit'], ['test:build'], ['build'], ['build:subpath'], ['test:dist'], ['test:e2e']];

const started = Date.now();
/** @type {Run[]} */
const done = [];
for (const step of STEPS) {
  console.log(`\n▶ npm run ${step.join(' + npm run ')}`);
  const runs = await Promise.all(step.map((script) => run(script, step.length > 1)));
  for (const r of runs) if (r.output) process.stdout.write(`\n── npm run ${r.script} ──\n${r.output}`);
  done.push(...runs);
  const failed = runs.filter((r) => r.code !== 0);
  if (failed.length) {
    console.error(`\n✗ npm test dừng: ${failed.map((r) => `npm run ${r.script}`).join(', ')} không qua (xem ở trên).`);
    process.exit(1);
  }
}
const times = done.map((r) => `${r.script} ${Math.round(r.seconds)} s`).join(', ');
console.log(`\n✓ npm test: mọi bước đều qua trong ${Math.round((Date.now() - started) / 1000)} s (${times}).`);
