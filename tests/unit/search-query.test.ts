import { describe, expect, it } from 'vitest';
import { expandQuery } from '../../src/lib/search-query';

const groups = [
  ['số điện thoại', 'sđt', 'sdt'],
  ['mật khẩu', 'mk'],
  ['căn cước công dân', 'cccd', 'thẻ chip'],
  ['CH Play', 'google play'],
];

describe('expandQuery', () => {
  it('tries đ for every word starting with d', () => {
    expect(expandQuery('dang ky', groups)).toEqual(['dang ky', 'đang ky']);
    expect(expandQuery('dien thoai', groups)).toContain('đien thoai');
    expect(expandQuery('dinh danh', groups)).toEqual(expect.arrayContaining(['dinh danh', 'đinh danh', 'dinh đanh', 'đinh đanh']));
  });
  it('keeps queries typed with diacritics as they are', () => {
    expect(expandQuery('Đăng ký', groups)).toEqual(['đăng ký']);
  });
  it('replaces abbreviations with the full words, whatever the accents', () => {
    expect(expandQuery('doi sdt', groups)).toEqual(expect.arrayContaining(['đoi số điện thoại']));
    expect(expandQuery('quen mk', groups)).toContain('quen mật khẩu');
    expect(expandQuery('the chip', groups)).toContain('căn cước công dân');
    expect(expandQuery('google play', groups)).toContain('ch play');
  });
  it('matches abbreviations as whole words only', () => {
    expect(expandQuery('mkt', groups)).toEqual(['mkt']);
  });
  it('caps the number of queries', () => {
    expect(expandQuery('d1 d2 d3 d4 d5 d6', groups).length).toBeLessThanOrEqual(24);
    expect(expandQuery('', groups)).toEqual([]);
  });
});

it('also tries the question without its little words', () => {
  expect(expandQuery('can mang giay to gi', [])).toContain('mang giay to');
  expect(expandQuery('dang ky o dau', [])).toContain('đang ky');
});
