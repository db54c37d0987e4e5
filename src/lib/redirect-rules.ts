import { joinBase } from './base-path.ts';

/**
 * Addresses whose pages moved, as placeholder (dynamic) rules: `_redirects` lists them for the hosts
 * that read it, the README's nginx block writes the same as `rewrite` lines (a unit test keeps them
 * equal). Former units need no rule: each old address is an HTML page of its own.
 */
export interface RedirectRule {
  from: string;
  to: string;
  /** The same rule for nginx: a regular expression and its replacement. */
  nginx: { pattern: string; replacement: string };
}

export function redirectRules(base: string): RedirectRule[] {
  const b = (path: string) => joinBase(base, path);
  const re = (path: string) => `^${b(path).replace(/[.+?^${}()|[\]\\]/g, '\\$&')}`;
  return [
    // Print sheets used to be one file per ward and format; now one page per format reads ?ma=.
    { from: b('/in-an/chung/:format/'), to: b('/in-an/:format/'), nginx: { pattern: `${re('/in-an/chung/')}([a-z0-9-]+)/$`, replacement: `${b('/in-an/')}$1/` } },
    { from: b('/in-an/:code/:format/'), to: `${b('/in-an/:format/')}?ma=:code`, nginx: { pattern: `${re('/in-an/')}([0-9]{5})/([a-z0-9-]+)/$`, replacement: `${b('/in-an/')}$2/?ma=$1` } },
  ];
}
