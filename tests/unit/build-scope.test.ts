// Which provinces a build is for: the settings file, or SCOPE_PROVINCES for one build (how the
// sub-path build of npm test is made one province), with the source named for a message.
import { describe, expect, it } from 'vitest';
import { scopeProvinces } from '../../src/lib/build-scope';

describe('scopeProvinces', () => {
  it('takes the settings file when SCOPE_PROVINCES is unset or empty', () => {
    const file = { slugs: ['lai-chau'], source: 'content/settings/site.yaml: trường "scope.provinces"' };
    expect(scopeProvinces(['lai-chau'], {})).toEqual(file);
    expect(scopeProvinces(['lai-chau'], { SCOPE_PROVINCES: ' , ' })).toEqual(file);
    expect(scopeProvinces(undefined, {}).slugs).toEqual([]);
  });

  it('lets SCOPE_PROVINCES override it, split on commas, spaces trimmed', () => {
    expect(scopeProvinces(['lai-chau'], { SCOPE_PROVINCES: 'ho-chi-minh, ha-noi' })).toEqual({ slugs: ['ho-chi-minh', 'ha-noi'], source: 'Biến môi trường SCOPE_PROVINCES' });
  });
});
