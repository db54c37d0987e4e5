import { describe, expect, it } from 'vitest';
import { checkSite as checkLinks } from '../../src/build/site-check';
import { isAllowedOutboundUrl } from '../../src/lib/official-hosts';
import { BUILDS, linkHosts, requireBuild, site } from './site-files';

// Every internal link and #fragment in every built page resolves, under the root and under a
// sub-path; every link out of the site goes to an allowed official host over https.
describe.each(BUILDS)('links in $dir/', ({ dir, base, minPages, minLinks }) => {
  it('all resolve, and leave the site only for official hosts', () => {
    requireBuild(dir);
    const result = checkLinks({ dir, base, site, isAllowedExternal: (url) => isAllowedOutboundUrl(url, linkHosts) });
    expect(result.problems.slice(0, 30), `${result.problems.length} vấn đề`).toEqual([]);
    // Guards against a checker that silently found nothing to check (every ward page, at least).
    expect(result.pages).toBeGreaterThan(minPages);
    expect(result.links).toBeGreaterThan(minLinks);
    expect([...result.external.keys()].sort()).toEqual(expect.arrayContaining(['apps.apple.com', 'dichvucong.gov.vn', 'play.google.com']));
  });
});
