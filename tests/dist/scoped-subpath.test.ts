// The sub-path build (`npm run build:subpath`) is a ward's own deployment: one province (Hồ Chí Minh
// City, SCOPE_PROVINCES) under /vneid-guide/. Its ward pages are exactly the units the full build's
// province page lists, so the override of settings scope.provinces really scopes the build.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAll, readPage } from '../support/html';
import { requireBuild } from './site-files';

const unitDirs = (dir: string) => readdirSync(`${dir}/phuong-xa`).filter((name) => /^\d{5}$/.test(name)).sort();

describe('the sub-path build, scoped to one province', () => {
  it('has a page for every unit of Hồ Chí Minh City and for no other unit', () => {
    requireBuild('dist');
    requireBuild('dist-subpath');
    const listed = findAll(readPage('dist/phuong-xa/tinh/ho-chi-minh/index.html'), 'a')
      .map((a) => /^\/phuong-xa\/(\d{5})\/$/.exec(a.attribs.href ?? '')?.[1])
      .filter((code): code is string => !!code);
    expect(listed.length).toBeGreaterThan(100);
    expect(unitDirs('dist-subpath')).toEqual([...new Set(listed)].sort());
    expect(unitDirs('dist').length).toBeGreaterThan(3000);
  });
});
