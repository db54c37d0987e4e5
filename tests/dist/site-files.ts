import { existsSync } from 'node:fs';
import { loadDeploySettings } from '../../src/build/deploy-settings.ts';
import { linkHostsOf } from '../../scripts/lib/content-files.mjs';

/**
 * The two builds `npm test` makes of the same content: the whole country at the root, and one
 * province under a sub-path. At least `minPages` pages and `minLinks` links in each: a checker that
 * silently found nothing to check fails.
 */
export const BUILDS = [
  { dir: 'dist', base: '/', minPages: 3_000, minLinks: 30_000 },
  { dir: 'dist-subpath', base: '/vneid-guide/', minPages: 800, minLinks: 10_000 },
] as const;

export const site = loadDeploySettings().site;

/** Hosts of content/links.yaml: the store listings and portals a page may link to. */
export const linkHosts: string[] = linkHostsOf('content');

export function requireBuild(dir: string) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ chưa được dựng. Chạy "npm run build" và "npm run build:subpath" trước "npm run test:dist".`);
}
