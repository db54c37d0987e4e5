// The text handling shared by the search index (build time) and the query (browser): folding, phrases,
// what a reader sees of a Markdown/MDX body, synonym groups, and the query's one-line echo.
import { describe, expect, it } from 'vitest';
import {
  echo,
  foldPhrases,
  foldSynonyms,
  headingsOf,
  isSynonymToken,
  markdownToText,
  phrasesOf,
  searchWords,
  synonymMatches,
  synonymToken,
  synonymTokens,
} from '../../src/lib/search-text';

describe('searchWords', () => {
  it('folds Vietnamese to lower-case ASCII words, đ/Đ to d, so "dang ky" meets "Đăng ký"', () => {
    expect(searchWords('Đăng ký tài khoản định danh điện tử')).toEqual(['dang', 'ky', 'tai', 'khoan', 'dinh', 'danh', 'dien', 'tu']);
    expect(searchWords('ĐỔI SỐ ĐIỆN THOẠI')).toEqual(['doi', 'so', 'dien', 'thoai']);
    // Decomposed input (as some keyboards send it) gives the same words.
    expect(searchWords('Điện thoại'.normalize('NFD'))).toEqual(searchWords('Điện thoại'));
  });

  it('keeps digits, splits on everything else, and gives no empty words', () => {
    expect(searchWords('  Gọi 1900-0368, bấm phím 4!! (mức 2)  ')).toEqual(['goi', '1900', '0368', 'bam', 'phim', '4', 'muc', '2']);
    expect(searchWords('sđt/SĐT')).toEqual(['sdt', 'sdt']);
    expect(searchWords(' … ?! ')).toEqual([]);
    expect(searchWords('')).toEqual([]);
  });
});

describe('phrases', () => {
  it('foldPhrases ships phrases separated by commas, without empty phrases', () => {
    expect(foldPhrases('Quên mật khẩu? Gọi 1900 0368.')).toBe('quen mat khau,goi 1900 0368');
    expect(foldPhrases('"Quên mật khẩu" (VNeID)…\n\nXong!')).toBe('quen mat khau,vneid,xong');
    expect(foldPhrases('?!.')).toBe('');
  });

  it('phrasesOf reads the same phrases back as word lists, from folded or display text', () => {
    expect(phrasesOf('Quên mật khẩu? Gọi 1900 0368.')).toEqual([
      ['quen', 'mat', 'khau'],
      ['goi', '1900', '0368'],
    ]);
    expect(phrasesOf(foldPhrases('Quên mật khẩu? Gọi 1900 0368.'))).toEqual(phrasesOf('Quên mật khẩu? Gọi 1900 0368.'));
    expect(phrasesOf('.. ; !')).toEqual([]);
  });
});

describe('markdownToText', () => {
  it('keeps link and image text, without addresses or the image mark', () => {
    expect(markdownToText('Xem [trang phường/xã](/phuong-xa/) rồi bấm ![nút Đăng nhập](/anh/dang-nhap.png) ở dưới.')).toBe(
      'Xem trang phường/xã rồi bấm nút Đăng nhập ở dưới.',
    );
    expect(markdownToText('![](/anh/logo.png)Tải VNeID')).toBe('Tải VNeID');
  });

  it('drops comments, import/export lines and JSX expressions, leaving words apart', () => {
    expect(markdownToText('Bước một<!-- ghi chú\ncủa người soạn -->bước hai')).toBe('Bước một bước hai');
    expect(markdownToText("import Step from '../components/Step.astro';\n  import X from './x';\nexport const a = 1;\nNội dung")).toBe('Nội dung');
    // An ordinary sentence that says "export" is page text.
    expect(markdownToText('Không cần export dữ liệu nào')).toBe('Không cần export dữ liệu nào');
    expect(markdownToText('Gọi{" "}1900 0368{/* tổng đài */}ngay')).toBe('Gọi 1900 0368 ngay');
  });

  it('replaces a component by the text it shows, attributes in order, with either quote', () => {
    expect(markdownToText('<Sketch heading="Kích hoạt" caption="Màn hình đầu" />Tiếp')).toBe('Kích hoạt. Màn hình đầu. Tiếp');
    expect(markdownToText('<ScreenSketch fields={["Số định danh", "Số điện thoại"]} />')).toBe('Số định danh. Số điện thoại.');
    expect(markdownToText("<ScreenSketch fields={['Mật khẩu', \"Nhập lại\"]} label='x' />")).toBe('Mật khẩu. Nhập lại.');
    expect(markdownToText('<Callout kind="note">Lưu ý</Callout>')).toBe('Lưu ý');
    // A tag that shows no text still separates the words on either side.
    expect(markdownToText('Số định danh<br/>Mật khẩu')).toBe('Số định danh Mật khẩu');
  });

  it('keeps headings and list items as lines, without their marks', () => {
    expect(markdownToText('# Tiêu đề\n## Mang theo\n   ### Thụt lề\n#### Bốn')).toBe('Tiêu đề\nMang theo\nThụt lề\nBốn');
    expect(markdownToText('- Thẻ căn cước\n* Điện thoại\n+ Sim\n  - Lồng nhau\n1. Bước một\n10. Bước mười')).toBe(
      'Thẻ căn cước\nĐiện thoại\nSim\nLồng nhau\nBước một\nBước mười',
    );
    // A "#" or a dash inside a line is text: keypad keys, hours.
    expect(markdownToText('Nhấn phím # để kết thúc, giờ làm việc 7 - 17 giờ')).toBe('Nhấn phím # để kết thúc, giờ làm việc 7 - 17 giờ');
  });

  it('drops emphasis, code marks, table bars and quote marks, and tidies spaces and lines', () => {
    expect(markdownToText('**Chú ý**: mã `OTP` chỉ dùng *một* lần')).toBe('Chú ý: mã OTP chỉ dùng một lần');
    expect(markdownToText('| Cột A | Cột B |\n> Trích dẫn')).toBe('Cột A Cột B\nTrích dẫn');
    expect(markdownToText('|Cột A|Cột B|\n>Trích dẫn')).toBe('Cột A Cột B\nTrích dẫn');
    expect(markdownToText('Dòng   một  \n   dòng\t\thai\n\n\nDòng ba')).toBe('Dòng một\ndòng hai\nDòng ba');
    // A hard line break (two spaces at the end) and an indented continuation line.
    expect(markdownToText('Dòng một  \ndòng hai\n   dòng ba')).toBe('Dòng một\ndòng hai\ndòng ba');
  });
});

describe('headingsOf', () => {
  it('lists section headings (levels 2 to 4) as text, then step titles', () => {
    const body = [
      '# Tiêu đề trang',
      '## Mang theo [giấy tờ](/giay-to/)',
      '  ### Ở **Công an** phường',
      '#### Nhỏ hơn',
      '##### Quá nhỏ',
      'Nhấn ## rồi gọi',
      '<Step n={1} title="Mang thẻ căn cước">x</Step>',
      '<Step title="Chụp ảnh" n={2}>y</Step>',
    ].join('\n');
    expect(headingsOf(body)).toEqual(['Mang theo giấy tờ', 'Ở Công an phường', 'Nhỏ hơn', 'Mang thẻ căn cước', 'Chụp ảnh']);
    expect(headingsOf('Không có tiêu đề')).toEqual([]);
  });
});

describe('synonym groups', () => {
  it('fold each form once, drop forms with no words, longest form first', () => {
    expect(foldSynonyms([['căn cước', 'Căn cước công dân', 'CCCD', 'căn  cước', '…']])).toEqual([
      [['can', 'cuoc', 'cong', 'dan'], ['can', 'cuoc'], ['cccd']],
    ]);
    // Forms of one length keep their order.
    expect(foldSynonyms([['sđt', 'SĐT', 'sdt', 'số điện thoại', 'đt', 'di động']])).toEqual([[['so', 'dien', 'thoai'], ['di', 'dong'], ['sdt'], ['dt']]]);
    // Two spellings that differ only by a space are two forms.
    expect(foldSynonyms([['mật khẩu', 'matkhau']])).toEqual([[['mat', 'khau'], ['matkhau']]]);
    expect(foldSynonyms([])).toEqual([]);
  });

  it('name each group by a token that no folded word can be mistaken for', () => {
    expect(synonymToken(0)).toBe('zs0');
    expect(synonymToken(12)).toBe('zs12');
    for (const token of ['zs0', 'zs7', 'zs12']) expect(isSynonymToken(token), token).toBe(true);
    for (const word of ['zs', 'zsa', 'zs1a', 'azs1', 'xzs12', 'zs 1', 'sdt']) expect(isSynonymToken(word), word).toBe(false);
  });

  it('find every form in a text, the longest first, each word at most once', () => {
    const groups = foldSynonyms([['số điện thoại', 'sđt'], ['mật khẩu', 'mk'], ['căn cước', 'căn cước công dân', 'cccd']]);
    expect(synonymMatches(searchWords('đổi sđt mk căn cước công dân mới'), groups)).toEqual([
      { token: 'zs0', at: 1, length: 1 },
      { token: 'zs1', at: 2, length: 1 },
      { token: 'zs2', at: 3, length: 4 },
    ]);
    expect(synonymMatches(searchWords('Quên mật khẩu, số điện thoại và căn cước cũ'), groups)).toEqual([
      { token: 'zs1', at: 1, length: 2 },
      { token: 'zs0', at: 3, length: 3 },
      { token: 'zs2', at: 7, length: 2 },
    ]);
    expect(synonymTokens(searchWords('sđt sđt số điện thoại'), groups)).toEqual(['zs0', 'zs0', 'zs0']);
  });

  it('want every word of a form: a form that only starts the same does not match', () => {
    const groups = foldSynonyms([['số mới'], ['số điện thoại']]);
    expect(synonymMatches(['so', 'moi'], groups)).toEqual([{ token: 'zs0', at: 0, length: 2 }]);
    expect(synonymMatches(['so', 'dien', 'thoai'], groups)).toEqual([{ token: 'zs1', at: 0, length: 3 }]);
    expect(synonymMatches(['so', 'dien'], groups)).toEqual([]);
    expect(synonymMatches(['so'], groups)).toEqual([]);
    expect(synonymMatches(['dien', 'thoai'], groups)).toEqual([]);
    expect(synonymTokens([], groups)).toEqual([]);
  });

  it('give a form listed in two groups to the first one', () => {
    const groups = foldSynonyms([['mk', 'mật khẩu'], ['mk', 'mã khóa']]);
    expect(synonymTokens(['mk'], groups)).toEqual(['zs0']);
    expect(synonymTokens(['ma', 'khoa'], groups)).toEqual(['zs1']);
  });

  it('give the same answer when the same groups are used again', () => {
    const groups = foldSynonyms([['số điện thoại', 'sđt']]);
    const first = synonymMatches(['doi', 'sdt'], groups);
    expect(synonymMatches(['doi', 'sdt'], groups)).toEqual(first);
    expect(synonymMatches(['doi', 'sdt'], foldSynonyms([['mật khẩu', 'sđt']]))).toEqual([{ token: 'zs0', at: 1, length: 1 }]);
  });
});

describe('echo', () => {
  it('repeats a short query on one line, spaces collapsed', () => {
    expect(echo('quen mat khau')).toBe('quen mat khau');
    expect(echo('  quên   mật\n\nkhẩu\t ')).toBe('quên mật khẩu');
  });

  it('cuts a long query at the limit with an ellipsis, without a space before it', () => {
    const forty = 'a'.repeat(40);
    expect(echo(forty)).toBe(forty);
    expect(echo(`${forty}b`)).toBe(`${forty}…`);
    expect(echo('abc def', 4)).toBe('abc…');
    expect(echo('abc def', 7)).toBe('abc def');
    // Letters with their marks count as one character each, even when decomposed.
    expect(echo('Điện thoại'.normalize('NFD'), 5)).toBe('Điện…'.normalize('NFD'));
  });
});
