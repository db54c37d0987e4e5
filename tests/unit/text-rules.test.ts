// The text rules every field shares: invisible characters named with where they are, line breaks in
// a one-line field, and characters print fonts cannot draw.
import { describe, expect, it } from 'vitest';
import { checkCleanText, describeCharacter, findUnprintable, graphemeCount, graphemes } from '../../src/lib/text-rules';

describe('checkCleanText', () => {
  it('passes clean text through, composed (NFC)', () => {
    expect(checkCleanText('Phường'.normalize('NFD'))).toEqual({ ok: true, text: 'Phường'.normalize('NFC') });
  });
  it('names a line break in a one-line field, with or without the field name', () => {
    expect(checkCleanText('Nhà văn\nhóa', { what: 'Địa điểm' })).toEqual({ ok: false, reason: 'Địa điểm bị xuống dòng ở ký tự thứ 8, nhưng trường này chỉ có một dòng. Sửa: viết liền trên một dòng.' });
    expect(checkCleanText('a\rb')).toMatchObject({ ok: false, reason: expect.stringMatching(/^Bị xuống dòng ở ký tự thứ 2,/) });
    expect(checkCleanText('a\nb', { multiline: true })).toEqual({ ok: true, text: 'a\nb' });
  });
  it('names an invisible character by line and column in multi-line text, and counts the others', () => {
    const result = checkCleanText('dòng một\nha\u200bi\u200b', { what: 'Ghi chú', multiline: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^Ghi chú có khoảng trắng không độ rộng .*U\+200B ở dòng 2, ký tự thứ 3 \(và 1 ký tự như vậy nữa\), không nhìn thấy/);
    const single = checkCleanText('a\u0007');
    expect(!single.ok && single.reason).toMatch(/^Có ký tự điều khiển U\+0007 ở ký tự thứ 2, không nhìn thấy/);
  });
  it('describes a character it has no name for by its kind and code', () => {
    expect(describeCharacter('\u0001')).toBe('ký tự điều khiển U+0001');
    expect(describeCharacter('\u2064')).toMatch(/ U\+2064$/);
  });
});

describe('findUnprintable and grapheme counting', () => {
  it('finds emoji, flags and keycaps with their position, and nothing in Vietnamese text', () => {
    expect(findUnprintable('Nhà văn hóa khu phố 3, Thứ Bảy 7:30–11:00')).toBeUndefined();
    expect(findUnprintable('Sân 🏠')).toEqual({ char: '🏠', name: 'biểu tượng cảm xúc hoặc hình vẽ, U+1F3E0', position: 5 });
    expect(findUnprintable('VN 🇻🇳')).toEqual({ char: '🇻', name: 'ký tự cờ, U+1F1FB', position: 4 });
    expect(findUnprintable('Gọi 1⃣')).toEqual({ char: '\u20e3', name: 'ký tự kiểu biểu tượng cảm xúc, U+20E3', position: 6 });
  });
  it('counts characters as readers do', () => {
    expect(graphemes('ệ👍🏽🇻🇳')).toHaveLength(3);
    expect(graphemeCount('ệ👍🏽🇻🇳')).toBe(3);
  });
});
