import { existsSync } from 'node:fs';
import { loadDeploySettings } from '../../src/build/deploy-settings.ts';
import { linkHostsOf } from '../../scripts/lib/content-files.mjs';

/** The two builds `npm test` makes of the same content. */
export const BUILDS = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-subpath', base: '/vneid-guide/' },
] as const;

export const site = loadDeploySettings().site;

/** Hosts of content/links.yaml: the store listings and portals a page may link to. */
export const linkHosts: string[] = linkHostsOf('content');

export function requireBuild(dir: string) {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir}/ chưa được dựng. Chạy "npm run build" và "npm run build:subpath" trước "npm run test:dist".`);
}
