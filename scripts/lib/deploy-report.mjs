// What `npm run build` says before anyone uploads dist/: file count, total size, largest files and
// redirect rules, against each host's published limits; and, for the host chosen in
// content/settings/site.yaml, the problems that would make it refuse or ignore part of the site.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HOSTS } from '../../src/lib/host-limits.ts';

/** @param {string} dir */
export function measureSite(dir) {
  /** @type {{ path: string, bytes: number }[]} */
  const files = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.push({ path: relative(dir, full).split(sep).join('/'), bytes: statSync(full).size });
  }
  const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const largest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  const redirects = readRedirects(join(dir, '_redirects'));
  return { files: files.length, totalBytes, largest, redirects };
}

/**
 * Rules of a `_redirects` file, counted as hosts count them: a rule with a placeholder (":name") or a
 * splat ("*") is dynamic, any other is static.
 * @param {string} file
 */
export function readRedirects(file) {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')) : [];
  const dynamic = lines.filter((l) => /(^|\/):[a-z]|\*/i.test(l.trim().split(/\s+/)[0] ?? '')).length;
  return { total: lines.length, static: lines.length - dynamic, dynamic, longest: Math.max(0, ...lines.map((l) => l.length)) };
}

const MB = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * A size over a limit, with as many decimals as it takes for the two to read differently ("nặng
 * 25.0 MB, quá 25.0 MB" would contradict itself), in bytes if even six do not.
 * @param {number} bytes @param {number} limit
 */
function overLimit(bytes, limit) {
  for (let digits = 1; digits <= 6; digits++) {
    const [a, b] = [bytes, limit].map((n) => (n / 1024 / 1024).toFixed(digits));
    if (a !== b) return [`${a} MB`, `${b} MB`];
  }
  return [`${bytes} byte`, `${limit} byte`];
}

/**
 * @param {ReturnType<typeof measureSite>} m
 * @param {keyof typeof HOSTS} hostId
 * @returns {{ refused: string[], lost: string[] }} refused: the host rejects the upload or drops part
 * of the site; lost: what the host does not do (e.g. headers), said once so nobody is surprised.
 */
export function checkHost(m, hostId) {
  /** @type {import('../../src/lib/host-limits.ts').Host} */
  const host = HOSTS[hostId];
  /** @type {string[]} */
  const refused = [];
  /** @type {string[]} */
  const lost = [];
  if (host.maxFiles && m.files > host.maxFiles) refused.push(`${m.files} tệp, quá giới hạn ${host.maxFiles} tệp`);
  if (host.maxTotalBytes && m.totalBytes > host.maxTotalBytes) {
    const [size, limit] = overLimit(m.totalBytes, host.maxTotalBytes);
    refused.push(`tổng ${size}, quá giới hạn ${limit}`);
  }
  if (host.maxFileBytes && m.largest[0] && m.largest[0].bytes > host.maxFileBytes) {
    const [size, limit] = overLimit(m.largest[0].bytes, host.maxFileBytes);
    refused.push(`tệp ${m.largest[0].path} nặng ${size}, quá ${limit} mỗi tệp`);
  }
  const r = host.redirects;
  if (r === false) {
    if (m.redirects.total) lost.push(`bỏ qua _redirects (${m.redirects.total} quy tắc chuyển địa chỉ cũ của trang in ấn /in-an/<mã>/<khổ>/; địa chỉ phường/xã cũ vẫn chạy vì mỗi địa chỉ là một trang)`);
  } else if (r !== 'config') {
    if (r.static !== undefined && m.redirects.static > r.static) refused.push(`${m.redirects.static} quy tắc chuyển hướng tĩnh, quá ${r.static}`);
    if (r.dynamic !== undefined && m.redirects.dynamic > r.dynamic) refused.push(`${m.redirects.dynamic} quy tắc chuyển hướng động, quá ${r.dynamic}`);
    if (r.total !== undefined && m.redirects.total > r.total) refused.push(`${m.redirects.total} quy tắc chuyển hướng, quá ${r.total}`);
    if (r.lineChars !== undefined && m.redirects.longest > r.lineChars) refused.push(`một quy tắc chuyển hướng dài ${m.redirects.longest} ký tự, quá ${r.lineChars}`);
  }
  if (host.headers === false) lost.push('không gửi tiêu đề bảo mật của _headers (chính sách nội dung CSP vẫn có trong thẻ meta của mỗi trang; mất: chặn nhúng trang vào khung, nosniff, Referrer-Policy)');
  return { refused, lost };
}

/**
 * @param {ReturnType<typeof measureSite>} m
 * @param {keyof typeof HOSTS} chosen
 * @returns {{ lines: string[], ok: boolean }}
 */
export function deployReport(m, chosen) {
  const lines = [
    `Kích thước bản dựng: ${m.files} tệp, ${MB(m.totalBytes)}; _redirects: ${m.redirects.static} quy tắc tĩnh, ${m.redirects.dynamic} quy tắc động, dòng dài nhất ${m.redirects.longest} ký tự.`,
    `Tệp lớn nhất: ${m.largest.map((f) => `${f.path} (${(f.bytes / 1024).toFixed(0)} KB)`).join(', ')}.`,
  ];
  let ok = true;
  for (const id of /** @type {(keyof typeof HOSTS)[]} */ (Object.keys(HOSTS))) {
    const { refused, lost } = checkHost(m, id);
    const mark = refused.length ? '✗' : '✓';
    const here = id === chosen ? ' ← host đã chọn' : '';
    lines.push(`  ${mark} ${HOSTS[id].label}${here}${refused.length ? `: ${refused.join('; ')}` : ''}${lost.length ? ` (lưu ý: ${lost.join('; ')})` : ''}`);
    if (id === chosen && refused.length) ok = false;
  }
  return { lines, ok };
}
