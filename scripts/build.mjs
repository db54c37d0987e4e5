#!/usr/bin/env node
// Production build: Astro renders content/ into static pages (the search index is one of them,
// src/pages/tim-kiem/chi-muc.json.ts), every link and #fragment is checked, and only then does the result replace the output folder. A build that fails
// at any step leaves the previous dist/ as it was: nothing half-written is ever published.
// Telemetry is switched off because nothing at build time may reach the internet.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeploySettings } from '../src/build/deploy-settings.ts';
import { checkSite } from '../src/build/site-check.ts';
import { contentFileOfPage, linkHostsOf } from './lib/content-files.mjs';
import { isAllowedOutboundUrl } from '../src/lib/official-hosts.ts';
import { deployReport, measureSite } from './lib/deploy-report.mjs';
import { HOSTS } from '../src/lib/host-limits.ts';
import { headersFile } from '../src/lib/security-headers.ts';
import { scopedPolicies } from '../src/build/scoped-policies.ts';
import { scopeProvinces } from '../src/lib/build-scope.ts';

/** @param {string} message */
function fail(message) {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}

const deploy = loadDeploySettings();
const finalDir = deploy.outDir;
const partialDir = `${finalDir}.partial`;
const started = Date.now();
rmSync(partialDir, { recursive: true, force: true });
// astro.config.mjs reads OUT_DIR when build() loads it: the pages go to the partial folder first.
process.env.OUT_DIR = partialDir;

const { build } = await import('astro');
try {
  // Warnings and errors only: a line per page (14,000 of them) hid the summary below. BUILD_VERBOSE=1 shows them.
  await build({ root: process.cwd(), logLevel: process.env.BUILD_VERBOSE ? 'info' : 'warn' });
} catch (error) {
  rmSync(partialDir, { recursive: true, force: true });
  fail(`Dựng trang thất bại, chưa thay ${finalDir}/: ${/** @type {Error} */ (error).message}`);
}

// Every internal link and #fragment must resolve: a guide pointing at a missing page or heading fails
// here, naming the content file, not only later in npm test.
// Official hosts, plus the national deployment a scoped site links to for other provinces.
const national = /** @type {{ nationalSite?: string } | undefined} */ (deploy.data.scope)?.nationalSite;
const hosts = [...linkHostsOf(deploy.contentDir), ...(national ? [new URL(national).hostname] : [])];
const links = checkSite({ dir: partialDir, base: deploy.base, site: deploy.site, isAllowedExternal: (url) => isAllowedOutboundUrl(url, hosts) });
if (links.problems.length) {
  rmSync(partialDir, { recursive: true, force: true });
  const shown = links.problems.slice(0, 30).map((p) => p.replace(/^(\S+):/, (_, page) => `${page}${contentFileOfPage(page, deploy.base, deploy.contentDir)}:`));
  fail(`${links.problems.length} liên kết hỏng, chưa thay ${finalDir}/:\n- ${shown.join('\n- ')}${links.problems.length > shown.length ? `\n… và ${links.problems.length - shown.length} liên kết khác.` : ''}\nSửa: viết đúng đường dẫn hoặc tên mục (#…) trong tệp nội dung.`);
}

// The security headers, in the chosen host's _headers dialect (src/lib/security-headers.ts).
const hostId = /** @type {keyof typeof HOSTS} */ (deploy.data.host ?? 'cloudflare-pages');
writeFileSync(join(partialDir, '_headers'), headersFile({ base: deploy.base, host: hostId, scoped: scopedPolicies(deploy) }));

// Before anything replaces dist/: would the chosen host take the whole site?
const report = deployReport(measureSite(partialDir), hostId);
console.log(report.lines.join('\n'));
if (!report.ok) {
  rmSync(partialDir, { recursive: true, force: true });
  fail(`Nơi đăng đã chọn (${HOSTS[hostId]?.label ?? hostId}, trường "host" trong ${deploy.contentDir}/settings/site.yaml) sẽ từ chối hoặc bỏ qua một phần trang. Sửa: giới hạn số tỉnh bằng "scope.provinces", hoặc chọn nơi đăng khác (xem README, mục Deploy).`);
}

rmSync(finalDir, { recursive: true, force: true });
renameSync(partialDir, finalDir);
if (!existsSync(join(finalDir, 'index.html'))) fail(`${finalDir}/ không có index.html sau khi dựng.`);
// A build for some provinces says which.
const scope = scopeProvinces(/** @type {{ provinces?: string[] } | undefined} */ (deploy.data.scope)?.provinces).slugs.join(', ');
console.log(`Đã dựng ${finalDir}/ (base ${deploy.base}${scope ? `, phường/xã của: ${scope}` : ''}): ${links.pages} trang, ${links.links} liên kết đã kiểm tra, ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (deploy.warning) console.warn(`⚠ ${deploy.warning}`);
