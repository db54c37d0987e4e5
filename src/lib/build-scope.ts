/**
 * The provinces a build has ward pages for (slugs, as in /phuong-xa/tinh/<slug>/): settings
 * scope.provinces, or SCOPE_PROVINCES ("ho-chi-minh,lai-chau") for one build, as BASE_PATH and
 * SITE_URL override the file. One rule for the unit model and the build's summary; `source` names
 * where the list came from, for a message about it.
 */
export function scopeProvinces(fromFile: readonly string[] = [], env: Record<string, string | undefined> = process.env): { slugs: string[]; source: string } {
  const fromEnv = env.SCOPE_PROVINCES?.split(',').map((slug) => slug.trim()).filter(Boolean) ?? [];
  if (fromEnv.length) return { slugs: fromEnv, source: 'Biến môi trường SCOPE_PROVINCES' };
  return { slugs: [...fromFile], source: 'content/settings/site.yaml: trường "scope.provinces"' };
}
