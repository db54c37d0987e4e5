import { expect, it } from 'vitest';
import { prefixBase } from '../../scripts/lib/base-links.mjs';

it('prefixes site paths with the base', () => {
  expect(prefixBase('/phuong-xa/', '/vneid/')).toBe('/vneid/phuong-xa/');
  expect(prefixBase('/phuong-xa/', '/vneid')).toBe('/vneid/phuong-xa/');
  expect(prefixBase('/phuong-xa/', '/')).toBe('/phuong-xa/');
});

it('leaves external, protocol-relative, fragment, tel: and already-prefixed links alone', () => {
  expect(prefixBase('https://vneid.gov.vn', '/vneid/')).toBe('https://vneid.gov.vn');
  expect(prefixBase('//evil.tld/x', '/vneid/')).toBe('//evil.tld/x');
  expect(prefixBase('#buoc-1', '/vneid/')).toBe('#buoc-1');
  expect(prefixBase('/vneid/huong-dan/', '/vneid/')).toBe('/vneid/huong-dan/');
  expect(prefixBase('tel:19000368', '/vneid/')).toBe('tel:19000368');
});
