// The static hosts the README names, with the limits they publish, and what each does with
// `_headers` and `_redirects`. The build's deploy report checks dist/ against the chosen host
// (content/settings/site.yaml: host) and fails with the fix when the host would refuse or ignore
// part of the site. Figures as published by the hosts (checked 2026-12; see README "Deploy").

export interface Host {
  label: string;
  maxFiles?: number;
  maxFileBytes?: number;
  maxTotalBytes?: number;
  redirects: false | 'config' | { static?: number; dynamic?: number; total?: number; lineChars?: number };
  headers: boolean | 'config';
}

export const HOSTS = {
  'cloudflare-pages': {
    label: 'Cloudflare Pages (gói miễn phí)',
    maxFiles: 20_000,
    maxFileBytes: 25 * 1024 * 1024,
    redirects: { static: 2_000, dynamic: 100, lineChars: 1_000 },
    headers: true,
  },
  netlify: { label: 'Netlify', redirects: {}, headers: true },
  'gitlab-pages': { label: 'GitLab Pages', maxFiles: 200_000, redirects: { total: 1_000 }, headers: false },
  'github-pages': { label: 'GitHub Pages', maxTotalBytes: 1024 * 1024 * 1024, redirects: false, headers: false },
  nginx: { label: 'nginx (máy chủ riêng)', redirects: 'config', headers: 'config' },
} satisfies Record<string, Host>;

export type HostId = keyof typeof HOSTS;
export const HOST_IDS = Object.keys(HOSTS) as [HostId, ...HostId[]];

/**
 * The budget the national build must fit whatever the host: the strictest limit of each kind
 * (Cloudflare Pages' files and redirect rules, GitLab Pages' 1,000 rules in all), plus a size
 * well under GitHub Pages' 1 GB so a deployment uploads quickly.
 */
export const BUDGET = { maxFiles: 20_000, maxTotalBytes: 250 * 1024 * 1024, staticRedirects: 2_000, dynamicRedirects: 100, totalRedirects: 1_000, lineChars: 1_000 };
