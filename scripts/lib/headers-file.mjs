// Reads a Netlify / Cloudflare Pages `_headers` file so the local server (npm start, browser tests,
// benchmarks) sends exactly the headers a real host would. Format: a path pattern at column 0,
// then indented `Name: value` lines; `*` matches anything, `:name` one path segment; headers from
// every matching rule apply, and a header set by two rules is joined with ", " as those hosts do.
import { existsSync, readFileSync } from 'node:fs';

/** @typedef {{ pattern: string, test: RegExp, headers: [string, string][], detach: string[] }} HeaderRule */

/**
 * @param {string} text
 * @param {string} [file] named in errors
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text, file = '_headers') {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      if (!pattern.startsWith('/')) throw new Error(`${file}:${i + 1}: đường dẫn "${pattern}" phải bắt đầu bằng "/".`);
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
        .join('.*');
      rules.push({ pattern, test: new RegExp(`^${source}$`), headers: [], detach: [] });
      return;
    }
    // Cloudflare Pages' "! Name": drop a header an earlier matching rule attached.
    const detach = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line);
    if (detach?.[1]) {
      const rule = rules.at(-1);
      if (!rule) throw new Error(`${file}:${i + 1}: dòng "! ${detach[1]}" đứng trước mọi đường dẫn.`);
      rule.detach.push(detach[1]);
      return;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!match?.[1] || !match[2]) throw new Error(`${file}:${i + 1}: dòng tiêu đề phải có dạng "  Tên: giá trị".`);
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${file}:${i + 1}: tiêu đề "${match[1]}" đứng trước mọi đường dẫn.`);
    rule.headers.push([match[1], match[2].trim()]);
  });
  return rules;
}

/** @param {string} file */
export function loadHeadersFile(file) {
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8'), file) : [];
}

/**
 * @param {HeaderRule[]} rules
 * @param {string} pathname the path below the site's base, starting with "/"
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rule.test.test(pathname)) continue;
    for (const name of rule.detach) for (const key of Object.keys(out)) if (key.toLowerCase() === name.toLowerCase()) delete out[key];
    for (const [name, value] of rule.headers) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
