// The limits each static host publishes, which the build's deploy report holds dist/ against: a
// figure wrong here lets a ward upload a site the host refuses or half-serves, or fails a good build.
import { describe, expect, it } from 'vitest';
import { checkHost, deployReport } from '../../scripts/lib/deploy-report.mjs';
import { BUDGET, HOST_IDS, HOSTS, type HostId } from '../../src/lib/host-limits';

const MiB = 1024 * 1024;

/** A measured site (as measureSite returns it): small, unless told otherwise. */
function site({ files = 100, totalBytes = 5 * MiB, largest = 1 * MiB, staticRules = 0, dynamicRules = 0, longest = 60 } = {}) {
  return {
    files,
    totalBytes,
    largest: [{ path: 'phuong-xa/27664/index.html', bytes: largest }],
    redirects: { total: staticRules + dynamicRules, static: staticRules, dynamic: dynamicRules, longest },
  };
}

const refused = (hostId: HostId, m: ReturnType<typeof site>) => checkHost(m, hostId).refused;
const lost = (hostId: HostId, m: ReturnType<typeof site>) => checkHost(m, hostId).lost;

const NO_HEADERS = 'không gửi tiêu đề bảo mật của _headers (chính sách nội dung CSP vẫn có trong thẻ meta của mỗi trang; mất: chặn nhúng trang vào khung, nosniff, Referrer-Policy)';
const NO_REDIRECTS = (n: number) => `bỏ qua _redirects (${n} quy tắc chuyển địa chỉ cũ của trang in ấn /in-an/<mã>/<khổ>/; địa chỉ phường/xã cũ vẫn chạy vì mỗi địa chỉ là một trang)`;

describe('HOSTS', () => {
  it('offers the five hosts the README names, Cloudflare Pages (the default) first', () => {
    expect(HOST_IDS).toEqual(['cloudflare-pages', 'netlify', 'gitlab-pages', 'github-pages', 'nginx']);
  });

  it.each([
    ['cloudflare-pages', { label: 'Cloudflare Pages (gói miễn phí)', maxFiles: 20_000, maxFileBytes: 26_214_400, redirects: { static: 2_000, dynamic: 100, lineChars: 1_000 }, headers: true }],
    ['netlify', { label: 'Netlify', redirects: {}, headers: true }],
    ['gitlab-pages', { label: 'GitLab Pages', maxFiles: 200_000, redirects: { total: 1_000 }, headers: false }],
    ['github-pages', { label: 'GitHub Pages', maxTotalBytes: 1_073_741_824, redirects: false, headers: false }],
    ['nginx', { label: 'nginx (máy chủ riêng)', redirects: 'config', headers: 'config' }],
  ] as const)('%s has exactly its published limits', (id, expected) => {
    expect(HOSTS[id]).toStrictEqual(expected);
  });
});

describe('BUDGET', () => {
  it('is the national build\'s budget, in exact figures', () => {
    expect(BUDGET).toStrictEqual({ maxFiles: 20_000, maxTotalBytes: 262_144_000, staticRedirects: 2_000, dynamicRedirects: 100, totalRedirects: 1_000, lineChars: 1_000 });
  });

  it('is a site that every host takes whole', () => {
    // The rules of each kind as many as the total allows (GitLab Pages counts all rules together).
    const atBudget = site({ files: BUDGET.maxFiles, totalBytes: BUDGET.maxTotalBytes, staticRules: BUDGET.totalRedirects - BUDGET.dynamicRedirects, dynamicRules: BUDGET.dynamicRedirects, longest: BUDGET.lineChars - 1 });
    for (const id of HOST_IDS) expect(refused(id, atBudget), id).toEqual([]);
    expect(refused('gitlab-pages', site({ staticRules: BUDGET.totalRedirects - BUDGET.dynamicRedirects + 1, dynamicRules: BUDGET.dynamicRedirects }))).toEqual(['1001 quy tắc chuyển hướng, quá 1000']);
  });
});

describe('checkHost, with these limits', () => {
  it('Cloudflare Pages takes 20,000 files and refuses one more', () => {
    expect(refused('cloudflare-pages', site({ files: 20_000 }))).toEqual([]);
    expect(refused('cloudflare-pages', site({ files: 20_001 }))).toEqual(['20001 tệp, quá giới hạn 20000 tệp']);
  });

  it('Cloudflare Pages takes a file of 25 MB and refuses one byte more', () => {
    expect(refused('cloudflare-pages', site({ largest: 25 * MiB }))).toEqual([]);
    expect(refused('cloudflare-pages', site({ largest: 25 * MiB + 1 }))).toEqual(['tệp phuong-xa/27664/index.html nặng 25.000001 MB, quá 25.000000 MB mỗi tệp']);
  });

  it('Cloudflare Pages has no limit on the total size', () => {
    expect(refused('cloudflare-pages', site({ totalBytes: 5 * 1024 * MiB }))).toEqual([]);
  });

  it('Cloudflare Pages takes 2,000 static and 100 dynamic redirects of up to 1,000 characters', () => {
    expect(refused('cloudflare-pages', site({ staticRules: 2_000, dynamicRules: 100, longest: 1_000 }))).toEqual([]);
    expect(refused('cloudflare-pages', site({ staticRules: 2_001, dynamicRules: 101, longest: 1_001 }))).toEqual([
      '2001 quy tắc chuyển hướng tĩnh, quá 2000',
      '101 quy tắc chuyển hướng động, quá 100',
      'một quy tắc chuyển hướng dài 1001 ký tự, quá 1000',
    ]);
  });

  it('Cloudflare Pages and Netlify send the security headers', () => {
    expect(lost('cloudflare-pages', site({ staticRules: 10 }))).toEqual([]);
    expect(lost('netlify', site({ staticRules: 10 }))).toEqual([]);
  });

  it('Netlify publishes no limit the report checks', () => {
    const huge = site({ files: 1_000_000, totalBytes: 10 * 1024 * MiB, largest: 1024 * MiB, staticRules: 100_000, dynamicRules: 10_000, longest: 100_000 });
    expect(checkHost(huge, 'netlify')).toEqual({ refused: [], lost: [] });
    expect(refused('cloudflare-pages', huge)).toHaveLength(5);
  });

  it('GitLab Pages takes 200,000 files and 1,000 redirects in all, and sends no headers', () => {
    expect(refused('gitlab-pages', site({ files: 200_000, staticRules: 900, dynamicRules: 100 }))).toEqual([]);
    expect(refused('gitlab-pages', site({ files: 200_001, staticRules: 901, dynamicRules: 100 }))).toEqual(['200001 tệp, quá giới hạn 200000 tệp', '1001 quy tắc chuyển hướng, quá 1000']);
    expect(refused('gitlab-pages', site({ largest: 1024 * MiB, totalBytes: 10 * 1024 * MiB, longest: 100_000 }))).toEqual([]);
    expect(lost('gitlab-pages', site())).toEqual([NO_HEADERS]);
  });

  it('GitHub Pages takes 1 GB in all and refuses one byte more', () => {
    expect(refused('github-pages', site({ totalBytes: 1024 * MiB }))).toEqual([]);
    expect(refused('github-pages', site({ totalBytes: 1024 * MiB + 1 }))).toEqual(['tổng 1024.000001 MB, quá giới hạn 1024.000000 MB']);
    expect(refused('github-pages', site({ files: 1_000_000, largest: 500 * MiB }))).toEqual([]);
  });

  it('GitHub Pages ignores _redirects and sends no headers, without refusing the site', () => {
    expect(checkHost(site({ staticRules: 5_000, dynamicRules: 500, longest: 5_000 }), 'github-pages')).toEqual({ refused: [], lost: [NO_REDIRECTS(5_500), NO_HEADERS] });
    expect(lost('github-pages', site())).toEqual([NO_HEADERS]);
  });

  it('nginx is configured by hand: nothing to refuse, nothing lost', () => {
    expect(checkHost(site({ files: 1_000_000, totalBytes: 10 * 1024 * MiB, largest: 1024 * MiB, staticRules: 100_000, dynamicRules: 10_000, longest: 100_000 }), 'nginx')).toEqual({ refused: [], lost: [] });
  });
});

describe('deployReport', () => {
  it('names each host by its label, and fails only for the chosen host', () => {
    const report = deployReport(site({ files: 20_001 }), 'github-pages');
    expect(report.ok).toBe(true);
    expect(report.lines.slice(2)).toEqual([
      '  ✗ Cloudflare Pages (gói miễn phí): 20001 tệp, quá giới hạn 20000 tệp',
      '  ✓ Netlify',
      `  ✓ GitLab Pages (lưu ý: ${NO_HEADERS})`,
      `  ✓ GitHub Pages ← host đã chọn (lưu ý: ${NO_HEADERS})`,
      '  ✓ nginx (máy chủ riêng)',
    ]);
    expect(deployReport(site({ files: 20_001 }), 'cloudflare-pages').ok).toBe(false);
  });
});
