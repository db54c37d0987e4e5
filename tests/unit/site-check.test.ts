// The build's check of the finished site (src/build/site-check.ts), called directly on small sites
// written to a temporary folder: which addresses each page holds and whether they load something,
// what may never be on a page, and each broken link reported with the page it is on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite, refreshTarget, scanPage } from '../../src/build/site-check';

const SITE = 'https://vneid-guide.example.vn';
const page = (body: string) => `<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;

describe('refreshTarget: the address of a meta refresh, however it is written', () => {
  it.each([
    ['0; url=/phuong-xa/27664/', '/phuong-xa/27664/'],
    ["0;URL='/a/'", '/a/'],
    ['5 , url = "/b/" ', '/b/'],
    ['0.5; /c/', '/c/'],
    ['0.55; /c/', '/c/'],
    ['.5;/c/', '/c/'],
    ['/d/', '/d/'],
    ['url=/e/', '/e/'],
    ['  3  ;  URL=/f/?q=1  ', '/f/?q=1'],
    ['0; url="/g/', '"/g/'],
    ['0;\n url=https://evil.exa\nmple/', 'https://evil.exa\nmple/'],
  ])('%j → %j', (content, target) => {
    expect(refreshTarget(content)).toBe(target);
  });
  it.each(['', '0', '0;', ' 5 ; ', "0; url=''"])('%j has none', (content) => {
    expect(refreshTarget(content)).toBeUndefined();
  });
});

describe('scanPage: one page through the HTML parser', () => {
  it('collects ids, named anchors and every address, marking those that load into the page', () => {
    const scan = scanPage(
      page(
        '<h2 id="buoc-1">B</h2><a name="cu"></a><div name="khong"></div><a href=" /a/ ">a</a>' +
          '<img src="/i.svg" srcset="/i-1.png 1x, /i-2.png  2x" alt="">' +
          '<link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://vneid-guide.example.vn/x/"><link rel="Preload Icon" href="/f.woff2"><link href="/no-rel.css">' +
          '<form action="/tim-kiem/"></form><form method=" GET "></form>' +
          '<meta property="og:image" content="/og.png"><meta name="twitter:image" content="/t.png"><meta property="OG:URL" content="/u/"><meta property="og:title" content="/title/"><meta property="og:image">' +
          '<meta http-equiv=" Refresh " content="0; url=/cu/"><meta http-equiv="refresh" content="0">' +
          '<video poster="/p.jpg"><track src="/v.vtt"></video><blockquote cite="https://vneid.gov.vn/">q</blockquote><object data="/o.pdf"></object><embed src="/e.svg"><iframe src="/f/"></iframe>' +
          '<svg><a xlink:href="/svg/">s</a></svg><table background="/bg.png"></table><button formaction="/go/">g</button><audio src="/s.mp3"></audio><picture><source srcset="/w.webp"></picture>' +
          '<script type="module" src="/j.js"></script><frame src="/fr/"><input type="image" src="/b.png" alt="b">' +
          '<span property="og:image" content="/not-meta/"></span><meta http-equiv="refresh"><a rel="icon" href="/a-icon/">i</a>',
      ),
    );
    expect(scan.problems).toEqual([]);
    expect([...scan.ids]).toEqual(['buoc-1', 'cu']);
    expect(scan.links).toEqual([
      { raw: '/a/', loads: false },
      { raw: '/i.svg', loads: true },
      { raw: '/i-1.png', loads: true },
      { raw: '/i-2.png', loads: true },
      { raw: '/s.css', loads: true },
      { raw: 'https://vneid-guide.example.vn/x/', loads: false },
      { raw: '/f.woff2', loads: true },
      { raw: '/no-rel.css', loads: false },
      { raw: '/tim-kiem/', loads: true },
      { raw: '/tim-kiem/', loads: false },
      { raw: '', loads: true },
      { raw: '/og.png', loads: false },
      { raw: '/t.png', loads: false },
      { raw: '/u/', loads: false },
      { raw: '/cu/', loads: true },
      { raw: '/p.jpg', loads: true },
      { raw: '/v.vtt', loads: true },
      { raw: 'https://vneid.gov.vn/', loads: false },
      { raw: '/o.pdf', loads: true },
      { raw: '/e.svg', loads: true },
      { raw: '/f/', loads: true },
      { raw: '/svg/', loads: false },
      { raw: '/bg.png', loads: false },
      { raw: '/go/', loads: false },
      { raw: '/s.mp3', loads: true },
      { raw: '/w.webp', loads: true },
      { raw: '/j.js', loads: true },
      { raw: '/fr/', loads: true },
      { raw: '/b.png', loads: true },
      { raw: '/a-icon/', loads: false },
    ]);
  });

  it('names each thing that may never be on a page', () => {
    const { problems } = scanPage(
      page(
        '<button OnClick="x()">b</button><base href="/"><input type=" PassWord "><input type="text">' +
          '<form method="post" action="/gui/"></form><form method="dialog"></form>' +
          '<p data-onclick="x" title="on">ok</p><button type="password">b</button>',
      ),
    );
    expect(problems).toEqual([
      'thẻ <button> có thuộc tính onclick (mã chạy khi bấm hoặc khi tải).',
      'có thẻ <base>, làm mọi đường dẫn trên trang trỏ sang nơi khác.',
      'có ô nhập mật khẩu (type=password); trang không bao giờ hỏi mật khẩu, OTP hay số định danh.',
      'có biểu mẫu gửi dữ liệu đi (method=post); trang không thu thập thông tin của người dân.',
      'có biểu mẫu gửi dữ liệu đi (method=dialog); trang không thu thập thông tin của người dân.',
    ]);
  });

  it('refuses inline scripts the browser runs, once each, and nothing else between script tags', () => {
    const INLINE = 'có đoạn mã <script> viết thẳng trong trang (chính sách bảo mật chỉ cho chạy tệp mã của trang).';
    expect(scanPage(page('<script>a()</script><script src="/b.js"></script><p>text</p>')).problems).toEqual([INLINE]);
    expect(scanPage('<p>x</p><script>a()').problems).toEqual([INLINE]);
    expect(scanPage(page('<script src="/b.js">ignored()</script>')).problems).toEqual([]);
    expect(scanPage(page('<script type=" Module ">a()</script><script type="text/javascript">b()</script>')).problems).toEqual([INLINE, INLINE]);
    expect(scanPage(page('<script type="application/javascript">a()</script><script type="TEXT/ECMASCRIPT">b()</script>')).problems).toEqual([INLINE, INLINE]);
    expect(
      scanPage(page('<script>  \n </script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script><script type="text/javascript-x">a()</script><script type="xmodule">a()</script><script type="modulex">a()</script>')).problems,
    ).toEqual([]);
  });
});

describe('checkSite: every page, link and file of a built site', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const site = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'site-check-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const check = (base = '/vneid-guide/') => checkSite({ dir, base, site: SITE, isAllowedExternal: (url) => url.host === 'vneid.gov.vn' });

  it('accepts a site under a base path: pages, files, fragments, Vietnamese paths, redirects, the sitemap and the search index', () => {
    site({
      'index.html': page('<a href="/vneid-guide/a/">a</a><a href="a/#buoc-2">b</a><a href="/vneid-guide/h%C6%B0%E1%BB%9Bng-d%E1%BA%ABn/#b%C6%B0%E1%BB%9Bc">c</a><a href="#">top</a><a href="">self</a><a href="TEL:19000368">t</a><a href="mailto:a@b.vn">m</a><a href="sms:1">s</a><a href="/vneid-guide/qr/x.svg#x">q</a><a href="/vneid-guide/cu/">r</a><a href="/vneid-guide/giam-50%.txt">g</a>'),
      'a/index.html': page('<h2 id="buoc-2">B</h2><a href="../">up</a><a href="https://vneid.gov.vn/">v</a><a href="https://vneid.gov.vn/x">v</a>'),
      'hướng-dẫn/index.html': page('<h2 id="bước">B</h2>'),
      'in/a4/index.html': page(''),
      'in.an/a4/index.html': page(''),
      'ban-in.html/index.html': page(''),
      'giam-50%.txt': '50%',
      'rss.xml': '<rss><loc>https://vneid-guide.example.vn/khong-phai-sitemap/</loc></rss>',
      'sitemap-cu.xml.txt': '<loc>https://vneid-guide.example.vn/khong-phai-sitemap/</loc>',
      'qr/x.svg': '<svg/>',
      'sitemap-0.xml': '<urlset><url><loc> https://vneid-guide.example.vn/vneid-guide/a/ </loc><lastmod>2026-01-01</lastmod></url></urlset>',
      'robots.txt': 'User-agent: *\nsitemap: https://vneid-guide.example.vn/vneid-guide/sitemap-0.xml\n',
      'tim-kiem/chi-muc.json': JSON.stringify({ docs: [['/a/'], ['hướng-dẫn/'], ['/vneid-guide/a/']] }),
      'tim-kiem/index.html': page(''),
      _redirects: '#cu /vneid-guide/khong-co/ 301\n\n/vneid-guide/cu/ /vneid-guide/a/ 301\n/vneid-guide/in-an/:format/ /vneid-guide/in/:format/ 301\n/vneid-guide/x/:f/ /vneid-guide/in.an/:f/ 301\n/vneid-guide/le\n',
    });
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.pages).toBe(7);
    expect(result.links).toBe(22);
    expect([...result.external]).toEqual([['vneid.gov.vn', 2]]);
  });

  it('reports each broken link with the page it is on', () => {
    site({
      'index.html': page('<a href="/vneid-guide/khong-co/">1</a><a href="/vneid-guide/a/#buoc-9">2</a><a href="/vneid-guide/thu-muc">3</a><a href="/vneid-guide/thu-muc/">4</a><a href="/huong-dan/">5</a><a href="/vneid-guide/%E0%A4%A/">6</a><a href="http://[::1">7</a>'),
      'a/index.html': page('<h2 id="buoc-2">B</h2>'),
      'thu-muc/x.txt': 'x',
      'sitemap-index.xml': '<sitemapindex><sitemap><loc> https://vneid-guide.example.vn/vneid-guide/sitemap-9.xml?a=1&amp;b=2 </loc></sitemap></sitemapindex>',
      'robots.txt': 'Sitemap: https://vneid-guide.example.vn/vneid-guide/sitemap-8.xml\nAllow: /vneid-guide/mat/\n# Sitemap: https://vneid-guide.example.vn/vneid-guide/cu.xml\nSitemap:https://vneid-guide.example.vn/vneid-guide/sitemap-7.xml\n',
      'tim-kiem/chi-muc.json': JSON.stringify({ docs: [['/mat/']] }),
      'khac/chi-muc.json': JSON.stringify({ docs: [['/khac/']] }),
      _redirects: '/vneid-guide/cu/ /vneid-guide/mat-tich/ 301\n/vneid-guide/in-an/:format/ /vneid-guide/in/:format/ 301\n  /vneid-guide/cu-2/ \t /vneid-guide/mat-2/ 301\n',
    });
    expect(check().problems).toEqual([
      '/vneid-guide/: liên kết "/vneid-guide/khong-co/" tới /vneid-guide/khong-co/ không có trang/tệp nào.',
      '/vneid-guide/: liên kết "/vneid-guide/a/#buoc-9" trỏ tới #buoc-9 nhưng /vneid-guide/a/ không có phần tử id="buoc-9".',
      '/vneid-guide/: liên kết "/vneid-guide/thu-muc" tới /vneid-guide/thu-muc không có trang/tệp nào.',
      '/vneid-guide/: liên kết "/vneid-guide/thu-muc/" tới /vneid-guide/thu-muc/ không có trang/tệp nào.',
      '/vneid-guide/: liên kết "/huong-dan/" tới /huong-dan/ không có trang/tệp nào (nằm ngoài đường dẫn gốc /vneid-guide/).',
      '/vneid-guide/: liên kết "/vneid-guide/%E0%A4%A/" tới /vneid-guide/%E0%A4%A/ không có trang/tệp nào.',
      '/vneid-guide/: "http://[::1" không phải địa chỉ hợp lệ.',
      '/vneid-guide/sitemap-index.xml: liên kết "https://vneid-guide.example.vn/vneid-guide/sitemap-9.xml?a=1&b=2" tới /vneid-guide/sitemap-9.xml không có trang/tệp nào.',
      '/vneid-guide/robots.txt: liên kết "https://vneid-guide.example.vn/vneid-guide/sitemap-8.xml" tới /vneid-guide/sitemap-8.xml không có trang/tệp nào.',
      '/vneid-guide/robots.txt: liên kết "https://vneid-guide.example.vn/vneid-guide/sitemap-7.xml" tới /vneid-guide/sitemap-7.xml không có trang/tệp nào.',
      '/vneid-guide/tim-kiem/chi-muc.json: liên kết "/vneid-guide/mat/" tới /vneid-guide/mat/ không có trang/tệp nào.',
      '/vneid-guide/_redirects (/vneid-guide/cu/): liên kết "/vneid-guide/mat-tich/" tới /vneid-guide/mat-tich/ không có trang/tệp nào.',
      '/vneid-guide/_redirects (/vneid-guide/in-an/:format/): liên kết "/vneid-guide/in/:format/" tới /vneid-guide/in/:format/ không có trang/tệp nào.',
      '/vneid-guide/_redirects (/vneid-guide/cu-2/): liên kết "/vneid-guide/mat-2/" tới /vneid-guide/mat-2/ không có trang/tệp nào.',
    ]);
  });

  it('refuses other hosts: loading from them, plain http, and hosts not on the list', () => {
    site({
      'index.html': page('<img src="https://evil.example/t.gif" alt=""><a href="http://vneid.gov.vn/">h</a><a href="https://evil.example/">e</a><a href=" JavaScript:alert(1)">j</a><a href="vbscript:x">v</a><a href="file:///etc/passwd">f</a><a href="blob:x">b</a><a href="data:text/html,x">d</a><a href="https://evil.example/?to=mailto:x">m</a><a href="https://evil.example/?u=javascript:x">u</a><meta http-equiv="refresh" content="0; url=https://evil.exa&#10;mple/r">'),
      'sitemap.xml': '<urlset><url><loc>https://evil.example/s</loc></url></urlset>',
      'robots.txt': 'Sitemap: http://evil.example/robots.xml\n',
      _redirects: '/cu/ https://evil.example/cu 301\n',
    });
    const result = check('/');
    expect(result.problems).toEqual([
      '/: tải "https://evil.example/t.gif" từ evil.example; trang chỉ được tải tệp của chính nó (không theo dõi người đọc).',
      '/: liên kết ngoài "http://vneid.gov.vn/" không dùng https://.',
      '/: liên kết ngoài tới "evil.example" không thuộc tên miền chính thức được phép.',
      '/: liên kết "JavaScript:alert(1)" dùng giao thức không được phép.',
      '/: liên kết "vbscript:x" dùng giao thức không được phép.',
      '/: liên kết "file:///etc/passwd" dùng giao thức không được phép.',
      '/: liên kết "blob:x" dùng giao thức không được phép.',
      '/: liên kết "data:text/html,x" dùng giao thức không được phép.',
      '/: liên kết ngoài tới "evil.example" không thuộc tên miền chính thức được phép.',
      '/: liên kết ngoài tới "evil.example" không thuộc tên miền chính thức được phép.',
      '/: tải "https://evil.exa\nmple/r" từ evil.example; trang chỉ được tải tệp của chính nó (không theo dõi người đọc).',
      '/sitemap.xml: liên kết ngoài tới "evil.example" không thuộc tên miền chính thức được phép.',
      '/robots.txt: liên kết ngoài "http://evil.example/robots.xml" không dùng https://.',
      '/_redirects (/cu/): tải "https://evil.example/cu" từ evil.example; trang chỉ được tải tệp của chính nó (không theo dõi người đọc).',
    ]);
    expect([...result.external]).toEqual([['evil.example', 8], ['vneid.gov.vn', 1]]);
  });

  it('cuts a long refused address to 60 characters in the message', () => {
    site({ 'index.html': page(`<a href="javascript:${'a'.repeat(100)}">x</a>`), 'tim-kiem/chi-muc.json': '{}' });
    expect(check('/').problems).toEqual([`/: liên kết "javascript:${'a'.repeat(49)}" dùng giao thức không được phép.`]);
  });

  it('checks a link to the same missing page once, and reports it on each page', () => {
    site({ 'index.html': page('<a href="/mat/">1</a><a href="/mat/">2</a>'), 'b/index.html': page('<a href="/mat/">3</a>') });
    expect(check('/').problems.sort()).toEqual(['/: liên kết "/mat/" tới /mat/ không có trang/tệp nào.', '/: liên kết "/mat/" tới /mat/ không có trang/tệp nào.', '/b/: liên kết "/mat/" tới /mat/ không có trang/tệp nào.']);
  });
});
