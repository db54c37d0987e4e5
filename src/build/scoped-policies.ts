import type { ScopedPolicy } from '../lib/security-headers.ts';

/**
 * Paths of the site with a Content-Security-Policy of their own, for dist/_headers and the nginx
 * block alike. The staff editing app adds its own here.
 */
export function scopedPolicies(_deploy: { base: string }): ScopedPolicy[] {
  return [];
}
