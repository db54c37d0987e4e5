import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/link-check.mjs';
import { isAllowedOutboundUrl } from '../../src/lib/official-hosts';

const page = (body: string) => `<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;

function site(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const check = (dir: string, base = '/') =>
  checkLinks({ dir, base, site: 'https://vneid-guide.example.vn', isAllowedExternal: (url) => isAllowedOutboundUrl(url, ['apps.apple.com']) }).problems;

describe('link checker', () => {
  it('accepts pages, fragments, files, redirects and official links', () => {
    const dir = site({
      'index.html': page('<a href="/a/">a</a><a href="/a/#buoc-2">b</a><img src="/qr/x.svg" alt=""><a href="https://vneid.gov.vn/">v</a><a href="https://apps.apple.com/vn/app/vneid/id1">s</a><a href="tel:19000368">t</a><a href="/cu/x/">r</a><a href="https://www.google.com/maps/place/x">m</a>'),
      'a/index.html': page('<h2 id="buoc-2">B</h2><a href="../">up</a><a href="#buoc-2">self</a>'),
      'qr/x.svg': '<svg/>',
      _redirects: '/cu/x/ /a/ 301\n',
    });
    expect(check(dir)).toEqual([]);
  });

  it('reports a missing page, a missing fragment, a lookalike host, http and a path outside the base', () => {
    const dir = site({
      'index.html': page(
        '<a href="/khong-co/">1</a><a href="/a/#buoc-9">2</a><a href="https://vneid.gov.vn.example.com/">3</a><a href="http://vneid.gov.vn/">4</a><a href="javascript:alert(1)">5</a><a href="https://goo.gl/maps/x">6</a>',
      ),
      'a/index.html': page('<h2 id="buoc-2">B</h2>'),
      '_redirects': '/cu/y/ /mat-tich/ 301\n',
    });
    const problems = check(dir).join('\n');
    expect(problems).toContain('/khong-co/ không có trang');
    expect(problems).toContain('#buoc-9');
    expect(problems).toContain('vneid.gov.vn.example.com');
    expect(problems).toContain('không dùng https://');
    expect(problems).toContain('giao thức không được phép');
    expect(problems).toContain('goo.gl');
    expect(problems).toContain('/mat-tich/ không có trang');
    const sub = site({ 'index.html': page('<a href="/huong-dan/">ngoài base</a>') });
    expect(check(sub, '/vneid-guide/').join('\n')).toContain('nằm ngoài đường dẫn gốc /vneid-guide/');
  });
});
