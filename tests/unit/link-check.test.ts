import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite as checkLinks } from '../../src/build/site-check';
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

describe('the built-page check refuses what may never be published, however it is written', () => {
  it.each([
    ['an upper-case meta refresh to another host', '<META HTTP-EQUIV="REFRESH" CONTENT="0;URL=https://evil.example/">', 'tải "https://evil.example/"'],
    ['a meta refresh with single quotes and no url=', "<meta http-equiv='refresh' content='0; https://evil.example/'>", 'evil.example'],
    ['a form that posts', '<FORM METHOD=POST ACTION="/tim-kiem/"><button>Gửi</button></FORM>', 'biểu mẫu gửi dữ liệu đi'],
    ['a form sending to another host', '<form action="https://evil.example/collect"></form>', 'evil.example'],
    ['a password field', '<input TYPE=PassWord name=x>', 'ô nhập mật khẩu'],
    ['an inline event handler, upper case', '<IMG SRC="/qr/x.svg" ONERROR="location=1">', 'thuộc tính onerror'],
    ['an inline event handler, unquoted', '<p onmouseover=alert(1)>x</p>', 'thuộc tính onmouseover'],
    ['an inline script', '<SCRIPT>location="https://evil.example"</SCRIPT>', 'đoạn mã <script> viết thẳng'],
    ['a script from another host', '<script src="https://evil.example/x.js"></script>', 'tải "https://evil.example/x.js"'],
    ['a stylesheet from another host', '<link rel="stylesheet" href="https://evil.example/x.css">', 'tải "https://evil.example/x.css"'],
    ['an iframe of another host', '<iframe src="https://vneid.gov.vn/"></iframe>', 'tải "https://vneid.gov.vn/"'],
    ['an image from another host (a tracker)', '<img src="https://evil.example/t.gif" alt="">', 'tải "https://evil.example/t.gif"'],
    ['a base element', '<base href="https://evil.example/">', 'có thẻ <base>'],
    ['a javascript: link written with an entity', '<a href="javascript&#58;alert(1)">x</a>', 'giao thức không được phép'],
    ['a data: link', '<a href="data:text/html,x">x</a>', 'giao thức không được phép'],
  ])('%s', (_what, body, phrase) => {
    const dir = site({ 'index.html': page(body), 'qr/x.svg': '<svg/>', 'tim-kiem/index.html': page('') });
    expect(check(dir).join('\n')).toContain(phrase);
  });

  it('accepts the site\'s own kinds of page: a GET search form, a forwarding page, a JSON island', () => {
    const dir = site({
      'index.html': page('<form action="/tim-kiem/" method="get" role="search"><input type="search" name="q"></form><script type="application/json" id="d">{"a":1}</script><script type="module" src="/a.js"></script>'),
      'cu/index.html': page('<meta http-equiv="refresh" content="0; url=/tim-kiem/">'),
      'tim-kiem/index.html': page(''),
      'a.js': '',
    });
    expect(check(dir)).toEqual([]);
  });
});
