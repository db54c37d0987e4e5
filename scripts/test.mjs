#!/usr/bin/env node
// `npm test`: every check, and a line of times at the end (what the README's test time is measured
// from). Two lanes share the two cores until the browser tests:
// - the Astro lane runs one Astro process at a time, because every Astro run writes the same .astro/
//   folder (content-modules.mjs names the content files of the build that wrote it last): type check,
//   the site, the sub-path site, then the build tests (a ward's own deployment, bad-content builds);
// - the other lane runs the fast tests, then, once both sites exist, the checks over dist/.
// Each Astro step is mostly one thread, so the lanes fill the two cores that one lane left half idle.
// The browser tests come last, alone: they need both sites and the ward's deployment, and they fill
// the cores themselves. The first failure stops everything still running.
import { spawn } from 'node:child_process';
import { removeWardDeployment } from '../tests/support/ward-deployment.ts';

/** @typedef {{ script: string, code: number, seconds: number, output: string }} Run */

// A name for this run: the build tests' deployment is reused by the browser tests of the same run,
// never of another (tests/support/ward-deployment.ts).
process.env.VNEID_TEST_RUN = `npm-test-${process.pid}-${Date.now()}`;

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
let stopped = false;

/**
 * One `npm run <script>`. Runs beside another keep their output until they end, so two logs never
 * interleave; a run alone prints as it goes.
 * @param {string} script
 * @param {boolean} quietUntilDone
 * @returns {Promise<Run>}
 */
function run(script, quietUntilDone) {
  const started = Date.now();
  if (!quietUntilDone) console.log(`\n▶ npm run ${script}`);
  return new Promise((resolve) => {
    // Its own process group, so a failure elsewhere stops it with everything it started.
    const child = spawn('npm', ['run', '--silent', script], { stdio: quietUntilDone ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: true });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      running.delete(child);
      resolve({ script, code: code ?? 1, seconds: (Date.now() - started) / 1000, output });
    });
  });
}

/** @type {Run[]} */
const done = [];
const started = Date.now();

/** Ends every step still running, with all it started (each is its own process group). */
function endRunning() {
  for (const child of running) {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM');
    } catch {
      // already gone
    }
  }
  removeWardDeployment();
}

/** @param {Run} failed */
function stop(failed) {
  if (stopped) return;
  stopped = true;
  endRunning();
  console.error(`\n✗ npm test dừng: npm run ${failed.script} không qua (xem ở trên).`);
  process.exit(1);
}

// Ctrl+C reaches only this process (the steps run in groups of their own): pass it on, so no build
// or browser is left running.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    stopped = true;
    endRunning();
    console.error(`\n✗ npm test dừng (${signal}).`);
    process.exit(130);
  });
}

/**
 * The scripts of a lane, one after another; `quiet` while another lane runs beside it.
 * @param {string[]} scripts
 * @param {boolean} quiet
 */
async function lane(scripts, quiet) {
  for (const script of scripts) {
    if (stopped) return;
    const result = await run(script, quiet);
    done.push(result);
    if (result.output) process.stdout.write(`\n── npm run ${script} (${Math.round(result.seconds)} s) ──\n${result.output}`);
    if (result.code !== 0) stop(result);
  }
}

console.log('\n▶ hai làn song song: check, build, build:subpath, test:build | test:unit, test:dist');
/** @type {() => void} */
let sitesBuilt = () => {};
/** @type {Promise<void>} */
const sites = new Promise((resolve) => (sitesBuilt = resolve));
await Promise.all([
  lane(['check', 'build', 'build:subpath'], true).then(() => sitesBuilt()).then(() => lane(['test:build'], true)),
  lane(['test:unit'], true).then(() => sites).then(() => lane(['test:dist'], true)),
]);
await lane(['test:e2e'], false);
removeWardDeployment();

const times = done.map((r) => `${r.script} ${Math.round(r.seconds)} s`).join(', ');
console.log(`\n✓ npm test: mọi bước đều qua trong ${Math.round((Date.now() - started) / 1000)} s (${times}).`);
