// The national build fits the strictest free static host (Cloudflare Pages) and a size that uploads
// quickly anywhere: at most 20,000 files, 250 MB, 2,000 static and 100 dynamic redirect rules, each
// under 1,000 characters. Measured the way the build's deploy report measures (scripts/lib/deploy-report.mjs).
import { describe, expect, it } from 'vitest';
import { measureSite } from '../../scripts/lib/deploy-report.mjs';
import { BUDGET } from '../../src/lib/host-limits.ts';
import { requireBuild } from './site-files';

describe('dist/ fits the deploy budget', () => {
  it('files, bytes and redirect rules', () => {
    requireBuild('dist');
    const m = measureSite('dist');
    expect(m.files, `${m.files} tệp`).toBeLessThanOrEqual(BUDGET.maxFiles);
    expect(m.totalBytes, `${(m.totalBytes / 1024 / 1024).toFixed(1)} MB`).toBeLessThanOrEqual(BUDGET.maxTotalBytes);
    expect(m.redirects.static).toBeLessThanOrEqual(BUDGET.staticRedirects);
    expect(m.redirects.dynamic).toBeLessThanOrEqual(BUDGET.dynamicRedirects);
    expect(m.redirects.total).toBeLessThanOrEqual(BUDGET.totalRedirects);
    expect(m.redirects.longest).toBeLessThan(BUDGET.lineChars);
    // Guards against measuring an empty folder: every ward and former-unit page is there.
    expect(m.files).toBeGreaterThan(3321 + 10_000);
  });
});
