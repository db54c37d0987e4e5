// How each source was read, in the words residents see under every page and on /nguon/: a decree
// known only through a quotation must never look checked, and a press article is never a link.
import { describe, expect, it } from 'vitest';
import { isLaw, readingIsPartial, readingText, sourceLink } from '../../src/lib/source-reading';
import { SOURCE_KINDS, type SourceKind } from '../../src/schemas/source';

const read = new Date('2026-12-03');

describe('readingText', () => {
  it.each([
    ['toan-van', 'đã đọc toàn văn, ngày 03/12/2026'],
    ['toan-van-ban-sao', 'đọc toàn văn qua bản sao, chưa đối chiếu bản chính thức, ngày 03/12/2026'],
    ['trich-trang-chinh-thuc', 'trích theo trang chính thức, chưa đối chiếu toàn văn, ngày 03/12/2026'],
    ['trich-bao-chi', 'trích theo báo chí hoặc bản chép, chưa đối chiếu toàn văn, ngày 03/12/2026'],
    ['chua-doc', 'chưa đọc được văn bản (tính đến 03/12/2026)'],
  ] as const)('says %s as "%s"', (readHow, expected) => {
    expect(readingText({ kind: 'nghi-dinh', readHow, read })).toBe(expected);
  });

  it('says a source without readHow was read in full (the document itself: a page, an article)', () => {
    expect(readingText({ kind: 'bao-chi', read })).toBe('đã đọc toàn văn, ngày 03/12/2026');
    expect(readingText({ kind: 'trang-chinh-thuc', readHow: undefined, read: new Date('2025-07-01') })).toBe('đã đọc toàn văn, ngày 01/07/2025');
  });

  it('gives the day the source was read, not a fixed one', () => {
    expect(readingText({ kind: 'luat', readHow: 'chua-doc', read: new Date('2024-01-09') })).toBe('chưa đọc được văn bản (tính đến 09/01/2024)');
    expect(readingText({ kind: 'luat', readHow: 'trich-bao-chi', read: new Date('2024-01-09') })).toBe('trích theo báo chí hoặc bản chép, chưa đối chiếu toàn văn, ngày 09/01/2024');
  });
});

describe('readingIsPartial', () => {
  it.each([
    ['toan-van', false],
    ['toan-van-ban-sao', true],
    ['trich-trang-chinh-thuc', true],
    ['trich-bao-chi', true],
    ['chua-doc', true],
  ] as const)('%s: says how it was read is %s', (readHow, partial) => {
    expect(readingIsPartial({ readHow })).toBe(partial);
  });

  it('says nothing for a source without readHow (read in full)', () => {
    expect(readingIsPartial({})).toBe(false);
    expect(readingIsPartial({ readHow: undefined })).toBe(false);
  });
});

describe('sourceLink', () => {
  const official = 'https://vbpl.vn/nd-69-2024';
  const page = 'https://dichvucong.bocongan.gov.vn/';
  const article = 'https://dantri.com.vn/bai-viet.htm';

  it('links the official text first, over any other address', () => {
    expect(sourceLink({ kind: 'nghi-dinh', url: page, officialUrl: official })).toBe(official);
    expect(sourceLink({ kind: 'nghi-dinh', officialUrl: official })).toBe(official);
    expect(sourceLink({ kind: 'bao-chi', url: article, officialUrl: official })).toBe(official);
  });

  it('links the address of any source but a press article', () => {
    expect(sourceLink({ kind: 'trang-chinh-thuc', url: page })).toBe(page);
    expect(sourceLink({ kind: 'nghi-dinh', url: page, officialUrl: undefined })).toBe(page);
    expect(sourceLink({ kind: 'van-ban-dia-phuong', url: page, officialUrl: '' })).toBe(page);
  });

  it('never links a press article by its own address', () => {
    expect(sourceLink({ kind: 'bao-chi', url: article })).toBeUndefined();
  });

  it('links nothing when there is no address', () => {
    expect(sourceLink({ kind: 'trang-chinh-thuc' })).toBeUndefined();
    expect(sourceLink({ kind: 'luat', url: '' })).toBeUndefined();
    expect(sourceLink({ kind: 'bao-chi' })).toBeUndefined();
  });

  it.each(Object.keys(SOURCE_KINDS).filter((kind) => kind !== 'bao-chi'))('links a %s by its address', (kind) => {
    expect(sourceLink({ kind: kind as SourceKind, url: page })).toBe(page);
  });
});

describe('isLaw', () => {
  const kinds = [
    ['luat', true],
    ['nghi-dinh', true],
    ['nghi-quyet', true],
    ['quyet-dinh', true],
    ['thong-tu', true],
    ['chi-thi', true],
    ['trang-chinh-thuc', false],
    ['kho-ung-dung', false],
    ['van-ban-dia-phuong', false],
    ['du-lieu', false],
    ['bao-chi', false],
  ] as const;

  it.each(kinds)('%s is a legal text: %s', (kind, law) => {
    expect(isLaw(kind)).toBe(law);
  });

  it('is checked here for every kind of source there is', () => {
    expect(kinds.map(([kind]) => kind).sort()).toEqual(Object.keys(SOURCE_KINDS).sort());
  });
});
