// Reads the deployment part of content/settings/site.yaml for the project integration and the scripts.
// Everything shown on pages goes through the content collection schema instead; this file only
// needs what Astro must know before content loads: the site URL, the base path, the output folder.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSiteUrl } from '../lib/site-url.ts';
import { parseYamlStrict } from '../lib/yaml-errors.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface DeploySettings {
  site: string;
  base: string;
  warning?: string;
  outDir: string;
  contentDir: string;
  cacheDir: string;
  /** The settings file as written (the integration has already validated it through the preflight). */
  data: Record<string, unknown>;
}

export function loadDeploySettings(env: NodeJS.ProcessEnv = process.env): DeploySettings {
  const contentDir = env.VNEID_CONTENT_DIR ?? 'content';
  const file = `${contentDir}/settings/site.yaml`;
  let text: string;
  try {
    text = readFileSync(new URL(file, `file://${root}`), 'utf8');
  } catch (error) {
    throw new Error(`${file}: không đọc được tệp cấu hình (${(error as Error).message}). Sửa: kiểm tra tệp có tồn tại.`);
  }
  const data = (parseYamlStrict(text, file) ?? {}) as Record<string, unknown>;
  const check = checkSiteUrl(env.SITE_URL ?? data.siteUrl, env.BASE_PATH ?? data.basePath ?? '/', file);
  if (!check.ok) throw new Error(check.reason);
  // Fixture content (tests) gets its own content cache so it never leaks into the real build.
  // So does a benchmark build of fewer units (VNEID_UNIT_LIMIT).
  let cacheDir = contentDir === 'content' ? 'node_modules/.astro' : `node_modules/.astro-fixtures/${contentDir.replace(/[^\w-]+/g, '_')}`;
  if (Number(env.VNEID_UNIT_LIMIT) > 0) cacheDir += `-limit-${Number(env.VNEID_UNIT_LIMIT)}`;
  // A real deployment says who runs it (footer, staff page); the example build has no operator.
  const noOperator = check.configured && !data.operator ? `${file}: chưa ghi đơn vị vận hành trang (operator), nên chân trang và trang cán bộ không nói ai duy trì trang. Sửa: thêm operator: với name (và phone, email của cơ quan).` : undefined;
  const warning = [check.warning, noOperator].filter(Boolean).join('\n⚠ ');
  return {
    site: check.origin,
    base: check.base,
    ...(warning ? { warning } : {}),
    outDir: env.OUT_DIR ?? 'dist',
    contentDir,
    cacheDir,
    data,
  };
}
