// The search engine on its own, against a hand-made index file (what /tim-kiem/chi-muc.json holds):
// how a field and a query are cut into words, pairs and synonym tokens, which words may be typos or
// still being typed, the cutoff and the limit, the relevance floor and the strength the page uses to
// decide whether a short query may be a place name.
import { describe, expect, it } from 'vitest';
import { createSearcher, createSearcherInSteps, fieldTerms, isRelevant, prepareQuery, RANKING, type SearchIndexFile } from '../../src/lib/search-engine';
import { foldSynonyms } from '../../src/lib/search-text';

const synonyms = foldSynonyms([
  ['số điện thoại', 'sđt'],
  ['mật khẩu', 'mk'],
]);
const PHONE = 'zs0';
const PASSWORD = 'zs1';

/** Folded shipped fields as buildSearchIndex writes them: keywords, headings, body (phrases split by commas). */
const file: SearchIndexFile = {
  types: ['Hướng dẫn', 'Hỏi đáp'],
  docs: [
    ['huong-dan/dang-ky/', 'Đăng ký tài khoản mức 2', 0, 'Mang thẻ căn cước đến Công an xã/phường.'],
    ['hoi-dap/quen-mat-khau/', 'Quên mật khẩu thì làm sao?', 1, 'Chọn "Quên mật khẩu" ở màn hình đăng nhập.'],
    ['hoi-dap/passcode/', 'Passcode là gì?', 1, 'Passcode là mã 6 chữ số.'],
    ['hoi-dap/tong-dai/', 'Gọi tổng đài hỗ trợ', 1, 'Gọi 19000368, bấm phím 4.'],
    ['hoi-dap/khoa/', 'Khóa ứng dụng', 1, 'Ứng dụng tự khóa.'],
    ['hoi-dap/doi-sdt/', 'Đổi sđt', 1, 'Đến Công an xã.'],
  ],
  text: [
    ['huong dan,lam dinh danh', 'mang theo', 'xac thuc khuon mat'],
    ['hoi dap,lay lai', '', 'ma gui ve dien thoai'],
    ['hoi dap', '', ''],
    ['hoi dap,hotline', '', ''],
    // "tai khoan" only in the body, "dang nhap" only in a heading: neither field indexes pairs.
    ['hoi dap', 'dang nhap', 'tai khoan bi khoa'],
    ['hoi dap', '', ''],
  ],
  synonyms,
  filler: [['la', 'gi'], ['la'], ['lam', 'sao'], ['thi']],
};
const searcher = () => createSearcher(file);
const paths = (query: string, typing = false) => searcher().search(query, { typing }).hits.map((h) => h.path);
const hitOf = (query: string, path: string, typing = false) => searcher().search(query, { typing }).hits.find((h) => h.path === path);

describe('a field as the index holds it', () => {
  it('folds the words, adds each pair of adjacent words and the synonym tokens, and joins no pair across a phrase', () => {
    expect(fieldTerms('Quên mật khẩu? Gọi 1900', synonyms)).toBe(`quen mat khau goi 1900 quen_mat mat_khau goi_1900 ${PASSWORD}`);
  });
  it('leaves the pairs out of a field that indexes none', () => {
    expect(fieldTerms('Quên mật khẩu? Gọi 1900', synonyms, { withPairs: false })).toBe(`quen mat khau goi 1900 ${PASSWORD}`);
  });
  it('only splits text the index file ships folded, at its commas', () => {
    expect(fieldTerms('quen mat khau,goi 1900', synonyms, { folded: true })).toBe(`quen mat khau goi 1900 quen_mat mat_khau goi_1900 ${PASSWORD}`);
    expect(fieldTerms('', synonyms, { folded: true })).toBe('');
  });
});

describe('a query before it is searched', () => {
  it('searches every word, the pairs of adjacent words and the synonym groups a longer form names', () => {
    const q = prepareQuery('Quên mật khẩu', synonyms, []);
    expect(q.words).toEqual(['quen', 'mat', 'khau']);
    // "mật khẩu" keeps its words: only a one-word form ("mk") stands for its group alone.
    expect(q.terms).toEqual(['quen', 'mat', 'khau']);
    expect(q.extra).toEqual(['quen_mat', 'mat_khau', PASSWORD]);
  });
  it('drops the longest filler phrase that starts at a word, and joins no pair across it', () => {
    expect(prepareQuery('passcode la gi', synonyms, file.filler).terms).toEqual(['passcode']);
    const q = prepareQuery('quen mat khau thi dang nhap', synonyms, file.filler);
    expect(q.terms).toEqual(['quen', 'mat', 'khau', 'dang', 'nhap']);
    expect(q.extra).toEqual(['quen_mat', 'mat_khau', 'dang_nhap', PASSWORD]);
  });
  it('drops a filler phrase only when all its words are there', () => {
    expect(prepareQuery('lam the nao', synonyms, file.filler).terms).toEqual(['lam', 'the', 'nao']);
  });
  it('searches each word once', () => {
    expect(prepareQuery('khoa khoa ung dung', synonyms, []).terms).toEqual(['khoa', 'ung', 'dung']);
  });
});

describe('searching', () => {
  it('finds nothing, and runs no search, for a query without a word', () => {
    const s = searcher();
    for (const q of ['', '   ', '?!…']) expect(s.search(q)).toEqual({ hits: [], query: { words: [], terms: [], extra: [] }, strength: 0 });
    expect(s.count).toBe(0);
  });
  it('shows each page with its own title, type and excerpt', () => {
    expect(searcher().search('passcode').hits[0]).toEqual(
      expect.objectContaining({ path: 'hoi-dap/passcode/', title: 'Passcode là gì?', type: 'Hỏi đáp', excerpt: 'Passcode là mã 6 chữ số.', matched: ['passcode'] }),
    );
  });
  it('finds a page by a word of its keywords, its headings or its body', () => {
    expect(paths('hotline')).toEqual(['hoi-dap/tong-dai/']);
    expect(paths('theo')).toEqual(['huong-dan/dang-ky/']);
    expect(paths('khuon')).toEqual(['huong-dan/dang-ky/']);
  });
  it('counts a pair of adjacent words in the title, keywords and excerpt, not in headings or the body', () => {
    expect(hitOf('dang ky tai khoan', 'huong-dan/dang-ky/')!.matched).toEqual(expect.arrayContaining(['dang_ky', 'ky_tai', 'tai_khoan']));
    expect(hitOf('lay lai', 'hoi-dap/quen-mat-khau/')!.matched).toContain('lay_lai');
    expect(hitOf('man hinh', 'hoi-dap/quen-mat-khau/')!.matched).toContain('man_hinh');
    expect(hitOf('tai khoan', 'hoi-dap/khoa/')!.matched.sort()).toEqual(['khoan', 'tai']);
    expect(hitOf('dang nhap', 'hoi-dap/khoa/')!.matched.sort()).toEqual(['dang', 'nhap']);
  });
  it('puts an answer before a guide that says the same', () => {
    const twins: SearchIndexFile = {
      ...file,
      docs: [
        ['huong-dan/kich-hoat/', 'Kích hoạt tài khoản', 0, 'Các bước.'],
        ['hoi-dap/kich-hoat/', 'Kích hoạt tài khoản', 1, 'Các bước.'],
      ],
      text: [
        ['', '', ''],
        ['', '', ''],
      ],
    };
    const hits = createSearcher(twins).search('kich hoat').hits;
    expect(hits.map((h) => h.path)).toEqual(['hoi-dap/kich-hoat/', 'huong-dan/kich-hoat/']);
    expect(hits[1]!.score / hits[0]!.score).toBeCloseTo(RANKING.typeBoost['Hướng dẫn']!);
  });
  it('reports a strength that does not grow with the number of words: the best score over the square of the terms searched', () => {
    const { hits, query, strength } = searcher().search('quen mat khau');
    const n = query.terms.length + query.extra.length;
    expect(n).toBe(6);
    expect(strength).toBeGreaterThan(0);
    expect(strength).toBeCloseTo(hits[0]!.score / (n * n));
  });
  it('drops pages scoring under the cutoff share of the best one', () => {
    // "khuon" alone finds the guide (a body word); next to "passcode" the guide scores a sixth of the Passcode page.
    expect(paths('khuon')).toEqual(['huong-dan/dang-ky/']);
    expect(paths('passcode khuon')).toEqual(['hoi-dap/passcode/']);
    // "dien thoai" scores over the cutoff: both pages stay.
    expect(paths('passcode dien thoai')).toEqual(['hoi-dap/passcode/', 'hoi-dap/quen-mat-khau/']);
  });
  it('shows at most ten pages', () => {
    const many: SearchIndexFile = {
      ...file,
      docs: Array.from({ length: 12 }, (_, i): [string, string, number, string] => [`hoi-dap/cau-${i}/`, `Câu hỏi ${i + 1}`, 1, 'Trả lời.']),
      text: Array.from({ length: 12 }, () => ['', '', '']),
    };
    expect(createSearcher(many).search('cau hoi').hits).toHaveLength(RANKING.limit);
  });
  it('indexes a few pages at a time, pausing after each step', async () => {
    const twelve: SearchIndexFile = { ...file, docs: [...file.docs, ...file.docs], text: [...file.text, ...file.text] };
    let pauses = 0;
    const stepped = await createSearcherInSteps(twelve, async () => pauses++);
    expect(pauses).toBe(2);
    expect(stepped.search('passcode').hits.map((h) => h.path)).toEqual(['hoi-dap/passcode/', 'hoi-dap/passcode/']);
  });
});

describe('typos', () => {
  it('forgives one wrong letter in a word of five letters or more', () => {
    expect(paths('passcide')).toEqual(['hoi-dap/passcode/']);
    // "khoản" is in the guide's title and in the body of Khóa ứng dụng.
    expect(paths('khoam').sort()).toEqual(['hoi-dap/khoa/', 'huong-dan/dang-ky/']);
  });
  it('forgives nothing in a shorter word, a number or a pair of words', () => {
    expect(paths('theu')).toEqual([]);
    expect(paths('19000369')).toEqual([]);
    expect(paths('19000368')).toEqual(['hoi-dap/tong-dai/']);
    // "tai khoam" finds "tài khoản" by its words, but the misspelt pair is no pair of the page.
    expect(hitOf('tai khoam', 'huong-dan/dang-ky/')!.matched.sort()).toEqual(['khoam', 'tai']);
  });
});

describe('the word being typed', () => {
  it('matches the last word as the start of a word, from two letters', () => {
    expect(paths('pa', true)).toEqual(['hoi-dap/passcode/']);
    expect(paths('p', true)).toEqual([]);
  });
  it('matches the pair the last word ends as the start of a pair', () => {
    for (const q of ['mat kh', 'quen mat kh']) expect(hitOf(q, 'hoi-dap/quen-mat-khau/', true)!.matched, q).toContain('mat_kh');
  });
  it('matches earlier words whole', () => {
    const hits = searcher().search('passc ma', { typing: true }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.matched).not.toContain('passc');
  });
  it('is off unless the caller says the word is being typed', () => {
    expect(searcher().search('pa').hits).toEqual([]);
    expect(paths('pa', false)).toEqual([]);
  });
});

describe('the relevance floor', () => {
  const outcome = (terms: string[], extra: string[], matched: string[]) => ({
    query: { words: terms, terms, extra },
    hits: [{ path: 'hoi-dap/x/', title: 'x', type: 'Hỏi đáp', excerpt: '', score: 1, matched }],
  });
  it('keeps any result of a one-word query, even one found through a typo', () => {
    expect(isRelevant(outcome(['passcide'], [], ['passcode']))).toBe(true);
  });
  it('counts words and synonyms, not pairs, toward three quarters', () => {
    // Three of four words, no pair: relevant, however many pairs the query had.
    expect(isRelevant(outcome(['khoa', 'tai', 'khoan', 'vneid'], ['khoa_tai', 'tai_khoan', 'khoan_vneid'], ['khoa', 'tai', 'khoan']))).toBe(true);
    // Three of four words and a synonym not found: three of five.
    expect(isRelevant(outcome(['khoa', 'tai', 'khoan', 'vneid'], [PHONE], ['khoa', 'tai', 'khoan']))).toBe(false);
  });
});
