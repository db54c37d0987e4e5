// The search module against a small fixture index, without a site build: folding, filler words,
// synonyms on both sides, ranking, the cutoff, one MiniSearch search per query, and place names.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { createSearcher, createSearcherInSteps, isRelevant, prepareQuery } from '../../src/lib/search-engine';
import { buildSearchIndex } from '../../src/lib/search-index';
import { findPlace, mentionsPlace, placeLookup, searchEverything } from '../../src/lib/search-places';
import { echo, foldPhrases, foldSynonyms, headingsOf, markdownToText } from '../../src/lib/search-text';
import type { WardIndex } from '../../src/lib/ward-search';
import { wholeSource } from '../../src/lib/ward-shards';

const file = buildSearchIndex({
  faq: [
    { id: 'quen-mat-khau', question: 'Quên mật khẩu VNeID thì làm sao?', answer: 'Ở màn hình đăng nhập, chọn "Quên mật khẩu", nhập số định danh cá nhân và số điện thoại đã đăng ký.', keywords: ['quên mk', 'lấy lại mật khẩu'], body: 'Mã xác thực gửi về **số điện thoại** đã đăng ký.' },
    { id: 'doi-so-dien-thoai', question: 'Đổi số điện thoại đăng ký VNeID ở đâu?', answer: 'Đến Công an xã/phường, hoặc gọi 1900 0368 rồi bấm phím 4.', keywords: ['thay số', 'số mới'], body: 'Khi tin nhắn đến số mới, kích hoạt lại tài khoản.' },
    { id: 'dien-thoai-moi', question: 'Đổi điện thoại mới thì đăng nhập VNeID thế nào?', answer: 'Đăng nhập trên máy mới rồi xác nhận trên máy cũ.', keywords: ['máy mới', 'đổi máy'], body: 'Không còn máy cũ thì xác thực NFC bằng thẻ căn cước.' },
    { id: 'passcode-la-gi', question: 'Passcode là gì?', answer: 'Passcode là mã 6 chữ số để mở các tiện ích trong ứng dụng.', keywords: [], body: '' },
    { id: 'tre-em', question: 'Trẻ em dưới 14 tuổi có tài khoản không?', answer: 'Có: cha mẹ đăng ký cho con bằng tài khoản mức 2 của mình.', keywords: ['tài khoản cho con'], body: '' },
  ],
  guides: [
    {
      id: 'dang-ky-muc-2',
      title: 'Đăng ký tài khoản mức 2 tại Công an xã/phường',
      summary: 'Mang thẻ căn cước đến Công an xã/phường bất kỳ.',
      keywords: ['làm định danh mức 2'],
      body: '## Mang theo\n\n<Step n={1} title="Mang thẻ căn cước">Xem [trang phường/xã](/phuong-xa/).</Step>\n',
    },
  ],
  pages: [{ path: '/in-an/', title: 'In áp phích, tờ rơi', type: 'In ấn', excerpt: 'Tạo và in áp phích có mã QR.', keywords: ['in poster', 'tờ rơi A5'] }],
  synonyms: [
    ['số điện thoại', 'sđt', 'sdt'],
    ['mật khẩu', 'mk'],
    ['áp phích', 'poster'],
  ],
  filler: ['vneid', 'cho', 'bị', 'làm sao', 'phải', 'thì', 'là gì'],
});
const paths = (query: string, typing = false) => createSearcher(file).search(query, { typing }).hits.map((h) => h.path);

describe('text for the index', () => {
  it('keeps what a reader sees of Markdown and MDX, without addresses or marks', () => {
    expect(markdownToText('Xem [trang phường/xã](/phuong-xa/) và **"Quên mật khẩu"**.')).toBe('Xem trang phường/xã và "Quên mật khẩu".');
    expect(markdownToText('<Step n={2} title="Nhập mã OTP">Nhập mã.</Step>')).toBe('Nhập mã OTP. Nhập mã.');
    expect(markdownToText('<ScreenSketch heading="Kích hoạt" fields={[\'Số định danh\', \'Số điện thoại\']} />')).toBe('Kích hoạt. Số định danh. Số điện thoại.');
    expect(headingsOf('## Mang theo\n<Step n={1} title="Mang thẻ căn cước">x</Step>')).toEqual(['Mang theo', 'Mang thẻ căn cước']);
  });
  it('folds to lower-case ASCII with đ → d, phrase by phrase', () => {
    expect(foldPhrases('Đăng ký mức 2? Gọi 1900 0368.')).toBe('dang ky muc 2,goi 1900 0368');
  });
  it('ships display text with diacritics and folded text without', () => {
    const [path, title, type, excerpt] = file.docs[0]!;
    expect(path).toBe('huong-dan/dang-ky-muc-2/');
    expect(title).toBe('Đăng ký tài khoản mức 2 tại Công an xã/phường');
    expect(file.types[type]).toBe('Hướng dẫn');
    expect(excerpt).toBe('Mang thẻ căn cước đến Công an xã/phường bất kỳ.');
    for (const fields of file.text) for (const text of fields) expect(text).toMatch(/^[a-z0-9 ,]*$/);
  });
});

describe('one query, one search', () => {
  it('finds "đăng ký" from "dang ky" and the same pages either way', () => {
    expect(paths('dang ky muc 2')[0]).toBe('huong-dan/dang-ky-muc-2/');
    expect(paths('Đăng ký mức 2')).toEqual(paths('dang ky muc 2'));
  });
  it('lets no extra everyday word hide the answer', () => {
    expect(paths('quen mat khau dang nhap vneid phai lam sao')[0]).toBe('hoi-dap/quen-mat-khau/');
    // The example: "vneid" used to put "Đổi điện thoại mới" first.
    expect(paths('doi so dien thoai vneid')[0]).toBe('hoi-dap/doi-so-dien-thoai/');
    expect(paths('dang ky cho con duoi 14 tuoi')[0]).toBe('hoi-dap/tre-em/');
  });
  it('drops filler from the query, but a query of filler only still searches', () => {
    expect(prepareQuery('passcode la gi', file.synonyms, file.filler).terms).toEqual(['passcode']);
    expect(prepareQuery('vneid', file.synonyms, file.filler).terms).toEqual(['vneid']);
    expect(paths('vneid').length).toBeGreaterThan(0);
  });
  it('applies synonyms to pages and queries alike', () => {
    expect(paths('doi sdt')[0]).toBe('hoi-dap/doi-so-dien-thoai/');
    expect(paths('quen mk')[0]).toBe('hoi-dap/quen-mat-khau/');
    expect(paths('in poster')[0]).toBe('in-an/');
    // "mk" is searched as its group, so a page saying "mật khẩu" is not behind one saying "mk".
    expect(prepareQuery('quen mk', foldSynonyms([['mật khẩu', 'mk']]), []).terms).toEqual(['quen']);
  });
  it('runs exactly one MiniSearch search per query', () => {
    const searcher = createSearcher(file);
    searcher.search('quen mat khau dang nhap vneid phai lam sao');
    expect(searcher.count).toBe(1);
    searcher.search('doi sdt');
    expect(searcher.count).toBe(2);
  });
  it('indexes the same when it indexes a few pages at a time', async () => {
    let pauses = 0;
    const stepped = await createSearcherInSteps(file, async () => pauses++, 2);
    expect(pauses).toBe(4);
    expect(stepped.search('doi so dien thoai vneid').hits).toEqual(createSearcher(file).search('doi so dien thoai vneid').hits);
  });
  it('cuts results far below the best one, and finds nothing for nonsense', () => {
    const { hits } = createSearcher(file).search('passcode');
    expect(hits[0]!.path).toBe('hoi-dap/passcode-la-gi/');
    for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(hits[0]!.score * 0.3);
    expect(paths('qqzzxxwwkk')).toEqual([]);
  });
  it('matches the word being typed as a prefix, only while typing', () => {
    expect(paths('passc', true)[0]).toBe('hoi-dap/passcode-la-gi/');
    expect(paths('passc')).toEqual([]);
  });
});

const wards: WardIndex = {
  p: ['Thành phố Hồ Chí Minh', 'Tỉnh Yên Bái'],
  u: [
    ['27154', 'Phường Bàn Cờ', 0],
    ['27664', 'Xã Cần Giờ', 0],
    ['27190', 'Phường Chợ Quán', 0],
    ['99999', 'Xã Hạnh Phúc', 1],
  ],
  f: [
    ['Phường 5', 'Quận 3', 'Thành phố Hồ Chí Minh', ['27154']],
    ['Phường 3', 'Quận 5', 'Thành phố Hồ Chí Minh', ['27190']],
    ['Thị trấn Cần Thạnh', 'Huyện Cần Giờ', 'Thành phố Hồ Chí Minh', ['27664']],
    ['Xã Bản Công', 'Huyện Trạm Tấu', 'Tỉnh Yên Bái', ['99999']],
    ['Thị trấn Lâm', 'Huyện Ý Yên', 'Tỉnh Nam Định', ['99999']],
  ],
};
const places = placeLookup(wholeSource(wards));

describe('place names in the search box', () => {
  it('knows a place word followed by a name from the same word in a question', () => {
    for (const q of ['phuong 5 quan 3', 'thi tran can thanh', 'Phường Bàn Cờ', '27154']) expect(mentionsPlace(q), q).toBe(true);
    for (const q of ['mang xa hoi', 'co quan doi ban giay', 'cong an phuong nao', 'dang ky muc 2', 'tinh nguyen vien', 'phuong moi cua toi'])
      expect(mentionsPlace(q), q).toBe(false);
  });
  it('finds the current ward from a former name, and keeps the rest of the question', async () => {
    const former = (await findPlace(places, 'phuong 5 quan 3'))!;
    expect(former.hits).toEqual([expect.objectContaining({ kind: 'former', name: 'Phường 5', targets: [{ code: '27154', name: 'Phường Bàn Cờ' }] })]);
    expect(former.rest).toBe('');
    const current = (await findPlace(places, 'phuong ban co dang ky o dau'))!;
    expect(current.hits[0]).toEqual(expect.objectContaining({ kind: 'current', code: '27154' }));
    expect(current.rest).toBe('dang ky o dau');
    expect((await findPlace(places, 'thi tran can thanh'))!.hits[0]).toEqual(expect.objectContaining({ name: 'Thị trấn Cần Thạnh' }));
    expect((await findPlace(places, '27154'))!.hits[0]).toEqual(expect.objectContaining({ kind: 'current', name: 'Phường Bàn Cờ', province: 'Thành phố Hồ Chí Minh' }));
  });
  it('reads the abbreviations residents write, inside a question too', async () => {
    for (const q of ['P5 Q3', 'p.05, q.3', 'phường 5 q3', 'F5 Q3']) expect((await findPlace(places, q))?.hits[0], q).toEqual(expect.objectContaining({ name: 'Phường 5', district: 'Quận 3' }));
    const question = (await findPlace(places, 'đăng ký định danh ở p5 q3 ở đâu'))!;
    expect(question.hits[0]).toEqual(expect.objectContaining({ name: 'Phường 5', district: 'Quận 3' }));
    expect(question.rest).toBe('dang ky dinh danh o o dau');
    expect((await findPlace(places, 'TT. Cần Thạnh'))!.hits[0]).toEqual(expect.objectContaining({ name: 'Thị trấn Cần Thạnh' }));
    expect(mentionsPlace('tt can thanh')).toBe(true);
  });
  it('wants the whole name and whole words: no ward for a start of a name or a word of a question', async () => {
    expect(await findPlace(places, 'phuong ban')).toBeNull();
    expect(await findPlace(places, 'khong con cong an huyen thi lam can cuoc o dau')).toBeNull();
  });
  it('fetches the ward index only for a place, or for a short query the topics answer poorly; a bare place needs no topic search', async () => {
    const searcher = createSearcher(file);
    const topics = vi.fn((q: string) => searcher.search(q));
    const forWords = vi.spyOn(places, 'forWords');
    expect((await searchEverything('quen mat khau', topics, places)).place).toBeNull();
    expect(forWords).not.toHaveBeenCalled();
    const bare = await searchEverything('phuong 5 quan 3', topics, places);
    expect(bare.topic).toBeNull();
    expect(topics).toHaveBeenCalledTimes(1);
    const weak = await searchEverything('ban co', topics, places);
    expect(weak.place!.hits[0]).toEqual(expect.objectContaining({ code: '27154' }));
    expect(topics).toHaveBeenCalledTimes(2);
    // A place in a question is shown before its topics are searched.
    const early = vi.fn();
    await searchEverything('phuong ban co dang ky o dau', () => (expect(early).toHaveBeenCalledTimes(1), searcher.search('dang ky o dau')), places, early);
    forWords.mockRestore();
  });
});

describe('tests/search-queries.yaml', () => {
  const queries = parse(readFileSync('tests/search-queries.yaml', 'utf8')) as { q: string; expect: string; kind?: string }[];
  const extraPages = (parse(readFileSync('content/search/pages.yaml', 'utf8')) as { pages: { path: string }[] }).pages.map((p) => p.path);
  it('has at least 150 queries: 60 long everyday questions without diacritics, error messages, places, staff tasks', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const long = queries.filter((x) => !x.kind && !/[^\x00-\x7f]/.test(x.q) && x.q.trim().split(/\s+/).length >= 5);
    expect(long.length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((x) => x.kind === 'error').length).toBeGreaterThanOrEqual(10);
    expect(queries.filter((x) => x.kind === 'place').length).toBeGreaterThanOrEqual(10);
    expect(queries.filter((x) => x.kind === 'staff').length).toBeGreaterThanOrEqual(5);
    expect(new Set(queries.map((x) => x.q.toLowerCase())).size).toBe(queries.length);
  });
  it('expects only pages that exist', () => {
    for (const { q, expect: page } of queries) {
      const faq = /^\/hoi-dap\/([\w-]+)\/$/.exec(page)?.[1];
      const guide = /^\/huong-dan\/([\w-]+)\/$/.exec(page)?.[1];
      const ok = (faq && existsSync(`content/faq/${faq}.md`)) || (guide && existsSync(`content/guides/${guide}.mdx`)) || /^\/phuong-xa\/\d{5}\/$/.test(page) || extraPages.includes(page);
      expect(ok, `${q} → ${page}`).toBeTruthy();
    }
  });
});

describe('the relevance floor and the echo', () => {
  const outcome = (terms: string[], extra: string[], matched: string[]) => ({
    query: { words: terms, terms, extra },
    hits: matched.length ? [{ path: 'hoi-dap/x/', title: 'x', type: 'Hỏi đáp', excerpt: '', score: 1, matched }] : [],
  });
  it('keeps a page holding a pair of the query’s words or a synonym, or three quarters of its words', () => {
    expect(isRelevant(outcome(['quen', 'mat', 'khau'], ['quen_mat', 'mat_khau'], ['mat', 'khau', 'mat_khau']))).toBe(true);
    expect(isRelevant(outcome(['doi', 'sdt'], ['zs4'], ['zs4']))).toBe(true);
    expect(isRelevant(outcome(['khoa', 'tai', 'khoan', 'vneid'], [], ['khoa', 'tai', 'khoan']))).toBe(true);
    expect(isRelevant(outcome(['vneid'], [], ['vneid']))).toBe(true);
  });
  it('drops a page that only shares a syllable or two ("giá vàng hôm nay"), and an empty result', () => {
    expect(isRelevant(outcome(['gia', 'vang', 'hom', 'nay'], ['gia_vang', 'vang_hom', 'hom_nay'], ['gia', 'nay']))).toBe(false);
    expect(isRelevant(outcome(['asdfgh'], [], []))).toBe(false);
  });
  it('repeats a long pasted query on one short line', () => {
    expect(echo('quen mat khau')).toBe('quen mat khau');
    const long = echo(`Chào anh chị,\n\n  ${'tôi muốn hỏi về việc đăng ký '.repeat(10)}`);
    expect([...long].length).toBeLessThanOrEqual(41);
    expect(long).toMatch(/…$/);
    expect(long).not.toContain('\n');
  });
});
