import type { ScopedPolicy } from '../lib/security-headers.ts';
import { CMS_PATH, cmsPolicy, type CmsSettings } from './cms-config.ts';

/**
 * Paths of the site with a Content-Security-Policy of their own, for dist/_headers and the nginx
 * block alike: the staff editing app, which talks to the configured Git host.
 */
export function scopedPolicies(deploy: { data: { cms?: CmsSettings | undefined } }): ScopedPolicy[] {
  return [{ path: CMS_PATH, policy: cmsPolicy(deploy.data.cms), headers: [['X-Robots-Tag', 'noindex, nofollow']] }];
}
