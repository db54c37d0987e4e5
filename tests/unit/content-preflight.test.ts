// The content check that runs before Astro (src/lib/content-preflight.ts), on small fixture folders:
// fast, no build. tests/build/bad-content.test.ts runs the same mistakes through real builds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/lib/content-preflight';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const faq = (body = 'Chi tiết.', extra = '') => `---\nquestion: "Hỏi?"\nanswer: "Gọi 1900 0368."\n${extra}reviewed: 2026-11-01\n---\n${body}\n`;
/** A minimal content folder: one guide, one answer, the links file; `files` adds or replaces files. */
function fixture(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'vneid-preflight-'));
  made.push(dir);
  const all = {
    'links.yaml': 'appStore:\n  url: https://apps.apple.com/vn/app/vneid/id1582750372\n',
    'sources.yaml': 'a:\n  title: A\n',
    'guides/dang-ky-muc-2.mdx': '---\ntitle: G\n---\n## Mang theo\n',
    'faq/tong-dai.md': faq(),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return findContentProblems(dir).map((p) => p.replace(dir, '<dir>'));
}

describe('findContentProblems', () => {
  it('finds nothing in sound content', () => {
    expect(fixture({ 'faq/b.md': faq('[Đăng ký](/huong-dan/dang-ky-muc-2/#mang-theo), [tổng đài](/hoi-dap/tong-dai/), <https://vneid.gov.vn>, [CH Play](https://apps.apple.com/x)') })).toEqual([]);
  });

  it.each([
    ['a key written twice', { 'sources.yaml': 'a:\n  title: A\na:\n  title: B\n' }, 'sources.yaml, dòng 3: lỗi cú pháp YAML, một khóa (tên trường hoặc mã) được ghi hai lần'],
    ['an unclosed quote in frontmatter, at its line', { 'faq/x.md': '---\nquestion: "Hỏi?\nanswer: "Đáp."\n---\n' }, 'faq/x.md, dòng 2: lỗi cú pháp YAML, thiếu ký tự đóng'],
    ['a day not on the calendar', { 'faq/x.md': faq('', '').replace('2026-11-01', '2026-02-31') }, 'faq/x.md: trường "reviewed": Ngày 2026-02-31 không có trên lịch'],
    ['two entries with one id', { 'faq/x.md': faq('', 'slug: tong-dai\n') }, 'trùng mã "tong-dai"'],
    ['a script in a body', { 'faq/x.md': faq('<script>alert(1)</script>') }, 'faq/x.md, dòng 6: có thẻ HTML <script> (mã chạy trên trang)'],
    ['an event handler', { 'faq/x.md': faq('<img src=x onerror=alert(1)>') }, 'có thuộc tính onerror'],
    ['a javascript: link', { 'faq/x.md': faq('[a](javascript:alert(1))') }, 'là mã chạy trên trang (javascript:)'],
    ['a link to a lookalike host', { 'faq/x.md': faq('[a](https://vneid.gov.vn.example.com/)') }, 'dẫn ra vneid.gov.vn.example.com, không phải địa chỉ chính thức'],
    ['a plain http link', { 'faq/x.md': faq('[a](http://vneid.gov.vn/)') }, 'không bắt đầu bằng https://'],
    ['a link to a missing guide', { 'faq/x.md': faq('[a](/huong-dan/khong-co/)') }, 'dẫn tới hướng dẫn "khong-co" không có trong content/guides/'],
    ['a link to a missing answer', { 'faq/x.md': faq('[a](/hoi-dap/khong-co/)') }, 'dẫn tới câu hỏi "khong-co" không có trong content/faq/'],
    ['a file that would not be read', { 'faq/x.txt': 'x' }, 'faq/x.txt: tệp không được đọc'],
    ['a file without frontmatter', { 'faq/x.md': 'Chỉ có nội dung.' }, 'faq/x.md, dòng 1: thiếu phần đầu (frontmatter)'],
  ])('refuses %s', (_what, files, message) => {
    const problems = fixture(files as Record<string, string>);
    expect(problems.some((p) => p.includes(message)), problems.join('\n')).toBe(true);
    expect(problems.every((p) => p.includes('Sửa:')), 'mỗi lỗi nói cách sửa').toBe(true);
  });

  it('leaves code spans and fenced code alone', () => {
    expect(fixture({ 'faq/x.md': faq('Gõ `<script>` không sao.\n\n```\n<img onerror=x>\n```') })).toEqual([]);
  });
});
