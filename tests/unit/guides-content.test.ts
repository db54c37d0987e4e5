// Guard rails on content/guides that read the files directly, so they fail before a build:
// the ten guides exist, and each cites at least one known source and has a review date.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const dir = 'content/guides';
const sources = Object.keys(parse(readFileSync('content/sources.yaml', 'utf8')));
const guides = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const frontmatter = text.match(/^---\n([\s\S]*?)\n---/)?.[1];
    return { file, data: parse(frontmatter ?? '') as Record<string, unknown>, body: text };
  });

describe('content/guides', () => {
  it('has the ten guides residents and staff need', () => {
    expect(guides.map((g) => g.file.replace('.mdx', '')).sort()).toEqual(
      [
        'canh-giac-lua-dao',
        'dang-ky-muc-1',
        'dang-ky-muc-2',
        'dang-nhap-dich-vu-cong',
        'danh-cho-nguoi-ho-tro',
        'kich-hoat-tren-dien-thoai',
        'kich-hoat-tren-may-tinh',
        'tai-khoan-dinh-danh-dien-tu-la-gi',
        'tai-ung-dung-vneid',
        'tich-hop-giay-to',
      ].sort(),
    );
  });

  for (const { file, data, body } of guides) {
    it(`${file} cites known sources and has a review date`, () => {
      expect(Array.isArray(data.sources), `${file}: thiếu sources`).toBe(true);
      expect((data.sources as string[]).length).toBeGreaterThan(0);
      for (const key of data.sources as string[]) expect(sources, `${file}: nguồn ${key}`).toContain(key);
      expect(String(data.reviewed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    it(`${file} never asks for a password, OTP or ID number in a form`, () => {
      expect(body).not.toMatch(/<(form|input|textarea|select)\b/i);
    });
  }
});
