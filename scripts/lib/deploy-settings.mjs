// Reads the deployment part of content/settings/site.yaml for astro.config.mjs and the scripts.
// Everything shown on pages goes through the content collection schema instead; this file only
// needs the two values Astro must know before content loads: the site URL and the base path.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** @param {string} base */
export function normaliseBase(base) {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ site: string, base: string, outDir: string, contentDir: string, cacheDir: string }}
 */
export function loadDeploySettings(env = process.env) {
  const contentDir = env.VNEID_CONTENT_DIR ?? 'content';
  const file = `${contentDir}/settings/site.yaml`;
  let data;
  try {
    data = parse(readFileSync(new URL(file, `file://${root}`), 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${file}: không đọc được tệp cấu hình (${/** @type {Error} */ (error).message}). Sửa: kiểm tra tệp tồn tại và đúng cú pháp YAML.`);
  }
  const site = env.SITE_URL ?? data.siteUrl;
  if (typeof site !== 'string' || !/^https?:\/\//.test(site)) {
    throw new Error(`${file}: trường "siteUrl" phải là địa chỉ đầy đủ bắt đầu bằng https:// (ví dụ https://vneid.example.gov.vn). Sửa: điền địa chỉ trang web sẽ được đăng.`);
  }
  const base = normaliseBase(env.BASE_PATH ?? data.basePath ?? '/');
  // Fixture content (tests) gets its own content cache so it never leaks into the real build.
  // So does a benchmark build of fewer units (VNEID_UNIT_LIMIT).
  let cacheDir = contentDir === 'content' ? 'node_modules/.astro' : `node_modules/.astro-fixtures/${contentDir.replace(/[^\w-]+/g, '_')}`;
  if (Number(env.VNEID_UNIT_LIMIT) > 0) cacheDir += `-limit-${Number(env.VNEID_UNIT_LIMIT)}`;
  return { site, base, outDir: env.OUT_DIR ?? 'dist', contentDir, cacheDir };
}
