import { describe, expect, it } from 'vitest';
import { joinBase, normaliseBase, prefixSitePath, stripBase } from '../../src/lib/base-path';

describe('joinBase', () => {
  it.each([
    ['/', '/huong-dan/', '/huong-dan/'],
    ['/', '', '/'],
    ['/vneid/', '/huong-dan/', '/vneid/huong-dan/'],
    ['/vneid', 'huong-dan/', '/vneid/huong-dan/'],
    ['/a/b/', '/og-image.png', '/a/b/og-image.png'],
    // Already under the base: applying it twice must not give /vneid/vneid/…
    ['/vneid/', '/vneid/huong-dan/', '/vneid/huong-dan/'],
    ['/', '//evil.example/x', '/evil.example/x'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['vneid', '/vneid/'],
    ['/vneid', '/vneid/'],
    ['//vneid//', '/vneid/'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('prefixSitePath (links written in Markdown)', () => {
  it('prefixes site paths with the base', () => {
    expect(prefixSitePath('/phuong-xa/', '/vneid/')).toBe('/vneid/phuong-xa/');
    expect(prefixSitePath('/phuong-xa/', '/vneid')).toBe('/vneid/phuong-xa/');
    expect(prefixSitePath('/phuong-xa/', '/')).toBe('/phuong-xa/');
  });
  it('leaves external, protocol-relative, fragment, tel: and already-prefixed links alone', () => {
    expect(prefixSitePath('https://vneid.gov.vn', '/vneid/')).toBe('https://vneid.gov.vn');
    expect(prefixSitePath('//evil.tld/x', '/vneid/')).toBe('//evil.tld/x');
    expect(prefixSitePath('#buoc-1', '/vneid/')).toBe('#buoc-1');
    expect(prefixSitePath('/vneid/huong-dan/', '/vneid/')).toBe('/vneid/huong-dan/');
    expect(prefixSitePath('tel:19000368', '/vneid/')).toBe('tel:19000368');
  });
});

describe('stripBase (the static server)', () => {
  it('gives the site path under the base, or nothing outside it', () => {
    expect(stripBase('/vneid/', '/vneid/huong-dan/')).toBe('/huong-dan/');
    expect(stripBase('/vneid/', '/vneid/')).toBe('/');
    expect(stripBase('/', '/huong-dan/')).toBe('/huong-dan/');
    expect(stripBase('/vneid/', '/khac/')).toBeUndefined();
  });
});

describe('who runs the site', () => {
  it('a configured site without an operator warns, like the placeholder address does; the example build does not', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { loadDeploySettings } = await import('../../src/build/deploy-settings');
    const dir = mkdtempSync(join(tmpdir(), 'vneid-op-'));
    mkdirSync(join(dir, 'settings'));
    const write = (extra: string) => writeFileSync(join(dir, 'settings/site.yaml'), `siteUrl: https://vneid.phuong-x.gov.vn\nbasePath: /\n${extra}`);
    write('');
    expect(loadDeploySettings({ VNEID_CONTENT_DIR: dir }).warning).toContain('chưa ghi đơn vị vận hành trang (operator)');
    write('operator:\n  name: UBND phường X\n');
    expect(loadDeploySettings({ VNEID_CONTENT_DIR: dir }).warning).toBeUndefined();
    expect(loadDeploySettings({ VNEID_CONTENT_DIR: 'content' }).warning).not.toContain('operator');
  });
});
