#!/usr/bin/env node
// Build time and peak memory for 100, 1,000 and all units (VNEID_UNIT_LIMIT), each a full
// production build into its own folder. Memory is the peak resident set of the build's whole
// process tree, sampled from /proc every 100 ms.
// Target: all of Vietnam's units and their poster pages in <= 60 s on a 2-core machine, linear.
// Usage: node scripts/bench/build-scale.mjs [100 1000 all]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';

/**
 * Resident memory (bytes) of a process and all its descendants, from /proc (Linux only).
 * @param {number | undefined} pid undefined (a child that failed to start) reads nothing: 0
 */
function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** @param {string} dir */
function countHtml(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) n++;
  return n;
}

/** @param {string} limit a number of units or "all" */
async function buildOnce(limit) {
  const outDir = `node_modules/.bench-build/${limit}`;
  rmSync(outDir, { recursive: true, force: true });
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, OUT_DIR: outDir, ...(limit === 'all' ? {} : { VNEID_UNIT_LIMIT: limit }) };
  delete env.BASE_PATH;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['scripts/build.mjs'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
  const code = await new Promise((done) => child.on('close', done));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`Dựng với ${limit} phường/xã thất bại:\n${stderr.slice(-2000)}`);
  const pages = countHtml(outDir);
  const units = existsSync(`${outDir}/phuong-xa`) ? readdirSync(`${outDir}/phuong-xa`).filter((n) => /^\d{5}$/.test(n)).length : 0;
  rmSync(outDir, { recursive: true, force: true });
  return { units, pages, seconds: +seconds.toFixed(1), msPerPage: +((seconds * 1000) / pages).toFixed(2), peakMB: Math.round(peak / 2 ** 20) };
}

/** @param {string[]} [limits] */
export async function benchBuildScale(limits = ['100', '1000', 'all']) {
  const rows = [];
  for (const limit of limits) rows.push({ limit, ...(await buildOnce(limit)) });
  console.log(`\nQuy mô dựng trang (${cpus().length} lõi, Node ${process.versions.node}). Mục tiêu: mọi phường/xã và trang in của chúng ≤ 60 s, tăng tuyến tính.`);
  console.table(rows);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchBuildScale(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
