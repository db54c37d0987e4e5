import { readFileSync } from 'node:fs';
import { parseHeadersFile } from '../../scripts/lib/headers-file.mjs';

/**
 * The Content-Security-Policy of public/_headers, for a <meta http-equiv> in every page: hosts that
 * send no headers (GitHub Pages, GitLab Pages) still enforce it, so a script that slipped into
 * content could not run there either. One policy, read from one file. `frame-ancestors` is left out
 * because browsers ignore it in a meta element (and warn); only a real header can forbid framing.
 */
let cached: string | undefined;
export function metaContentSecurityPolicy(file = 'public/_headers'): string {
  if (cached !== undefined) return cached;
  const rules = parseHeadersFile(readFileSync(file, 'utf8'), file);
  const policy = rules.find((r) => r.pattern === '/*')?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  if (!policy) throw new Error(`${file}: thiếu Content-Security-Policy cho "/*". Sửa: giữ dòng Content-Security-Policy trong tệp.`);
  cached = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(d))
    .join('; ');
  return cached;
}
