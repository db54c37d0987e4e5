// The generator's and the sheets' logic on small fixtures: the formats, the fields an address may
// carry (limits on whole characters, the phone check shared with the data, sessions in Vietnam's
// calendar, the QR allowlist and the 0.4 mm module rule), and the ready-to-post texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkVietnamesePhone } from '../../src/lib/phone';
import { checkSession, cleanText, cutGraphemes, graphemes, parseTime, readSheetParams } from '../../src/lib/poster-fields';
import { POSTER_LIMITS } from '../../src/lib/poster-limits';
import { checkPostText, fillPostText, UNCONFIGURED_PAGE } from '../../src/lib/poster-posts';
import { shortSourceTitle } from '../../src/lib/poster-ward';
import { MIN_QR_MODULE_MM, PRINT_FORMAT_IDS, PRINT_FORMATS, printPath, SAFE_AREA_MM } from '../../src/lib/print-formats';
import { checkQrPrintable } from '../../src/lib/qr-modules';
import { checkQrTarget, type QrAllowlist } from '../../src/lib/qr-allowlist';

const allowlist: QrAllowlist = {
  exactUrls: ['https://apps.apple.com/vn/app/vneid/id1582750372', 'https://play.google.com/store/apps/details?id=com.vnid'],
  officialHosts: ['vneid.gov.vn', 'dichvucong.gov.vn'],
  siteUrl: null,
};
const checks = { checkPhone: checkVietnamesePhone, checkQrPrintable };
const now = new Date('2026-12-01T03:00:00Z'); // 10:00 on 1 December 2026 in Vietnam
const read = (format: Parameters<typeof printPath>[0], params: Record<string, string>) => readSheetParams(new URLSearchParams(params), { format, allowlist, now }, checks);

describe('print formats', () => {
  it('are the four sheets and the two session notices, each at one address with the ward in ?ma=', () => {
    expect(PRINT_FORMAT_IDS).toEqual(['a4', 'a3', 'a5', 'nhan-dan', 'thong-bao-a4', 'thong-bao-a5']);
    expect(printPath('a4')).toBe('/in-an/a4/');
    expect(printPath('thong-bao-a5', '27664')).toBe('/in-an/thong-bao-a5/?ma=27664');
  });
  it('print the ward code at least 30 mm on A4 and 25 mm on A5, inside a 10 mm safe area', () => {
    expect(SAFE_AREA_MM).toBe(10);
    for (const id of PRINT_FORMAT_IDS) {
      const f = PRINT_FORMATS[id];
      expect(f.qr.main, id).toBeGreaterThanOrEqual(f.minWardQrMm);
      if (f.kind !== 'stickers') expect(f.minWardQrMm, id).toBe(f.face.width < 200 ? 25 : 30);
      expect(f.paper.width * f.paper.height, id).toBeGreaterThanOrEqual(f.face.width * f.face.height * f.faces - 1);
    }
  });
});

describe('text over its limit or with invisible characters is refused, never cut or stripped', () => {
  it('counts a letter with its tone mark and an emoji as one', () => {
    expect(graphemes('Việt 👍🏽 🇻🇳')).toHaveLength(8);
    expect(cutGraphemes('ab👍🏽', 3)).toBe('ab👍🏽');
    expect(cutGraphemes('ab👍🏽c', 3)).toBe('ab👍🏽');
  });
  it('takes a headline at its limit, counted as a reader counts, and refuses one character more with the count', () => {
    // g + a combining tilde has no precomposed form: one character as a reader counts, two code points.
    const at = `${'ệ'.repeat(POSTER_LIMITS.headline - 1)}g\u0303`;
    expect(read('a4', { 'tieu-de': at })).toMatchObject({ headline: at, problems: [] });
    const over = read('a4', { 'tieu-de': `${at}x` });
    expect(over.headline).toBeUndefined();
    expect(over.problems).toEqual([{ field: 'tieu-de', message: expect.stringContaining(`dài ${POSTER_LIMITS.headline + 1} ký tự, quá giới hạn ${POSTER_LIMITS.headline}`) }]);
  });
  it.each([
    ['tieu-de', 'Tải \u202EDIENEV', 'U+202E'],
    ['lh-noi', 'Công\u200b an phường', 'khoảng trắng không độ rộng'],
    ['lh-dt', '0903\u200e858668', 'U+200E'],
    ['lh-dia-chi', 'Số 1<script>', 'có ký tự "<"'],
  ])('refuses %s with an invisible or markup character, naming it', (field, text, phrase) => {
    const result = read('a4', { [field]: text, ...(field.startsWith('lh-') && field !== 'lh-noi' ? { 'lh-noi': 'Công an phường X' } : {}) });
    expect(result.problems.find((p) => p.field === field)?.message).toContain(phrase);
  });
  it('cleanText (only for echoing what was typed in a message) normalises, blanks invisible characters, collapses spaces', () => {
    expect(cleanText('  Vie\u0323\u0302t\u0000  Nam \u202e ', 50)).toBe('Việt Nam');
  });
});

describe('the contact block', () => {
  it('takes a place, an address, a Vietnamese phone (same check as the data) and hours', () => {
    const result = read('a4', { 'lh-noi': 'Công an phường X', 'lh-dia-chi': 'Số 1 đường Y', 'lh-dt': '0903 858 668', 'lh-gio': '7:30–17:00' });
    expect(result.problems).toEqual([]);
    expect(result.contact).toEqual({ place: 'Công an phường X', address: 'Số 1 đường Y', phone: '0903858668', hours: '7:30–17:00' });
  });
  it.each([
    [{ 'lh-noi': 'A', 'lh-dt': '12345' }, 'lh-dt', 'không phải số điện thoại Việt Nam'],
    [{ 'lh-noi': 'A', 'lh-dt': '0903 858 668, 0912 000 000' }, 'lh-dt', 'có 2 số'],
    [{ 'lh-dt': '0903 858 668' }, 'lh-noi', 'Chưa ghi tên nơi liên hệ'],
    [{ 'lh-noi': 'A' }, 'lh-dt', 'ít nhất số điện thoại hoặc địa chỉ'],
  ])('refuses %j (%s)', (params, field, message) => {
    const result = read('a5', params);
    expect(result.contact).toBeUndefined();
    expect(result.problems.some((p) => p.field === field && p.message.includes(message)), JSON.stringify(result.problems)).toBe(true);
    expect(result.problems.every((p) => p.message.includes('Sửa:'))).toBe(true);
  });
});

describe('sessions', () => {
  it('take a day in Vietnam (future allowed), a time range and a place', () => {
    expect(checkSession({ date: '2026-12-12', start: '7h30', end: '11:00', place: ' Nhà văn hóa  khu phố 2 ' }, { now })).toEqual({
      ok: true,
      session: { date: '2026-12-12', dateText: 'Thứ Bảy, 12/12/2026', start: '07:30', end: '11:00', timeText: '7:30 – 11:00', place: 'Nhà văn hóa khu phố 2' },
    });
    // 23:30 UTC on 30 November is already 1 December in Vietnam: "today" is allowed.
    expect(checkSession({ date: '2026-12-01', start: '19:00', end: '21:00', place: 'A' }, { now: new Date('2026-11-30T23:30:00Z') }).ok).toBe(true);
  });
  it.each([
    [{ date: '2026-11-30' }, 'date', 'đã qua'],
    [{ date: '2026-02-30' }, 'date', 'không có trên lịch'],
    [{ date: '12/12/2026' }, 'date', 'NĂM-THÁNG-NGÀY'],
    [{ start: '25:00' }, 'start', 'không phải giờ hợp lệ'],
    [{ start: '14:00', end: '13:00' }, 'end', 'không sau giờ bắt đầu'],
    [{ place: '   ' }, 'place', 'Chưa ghi địa điểm'],
  ])('refuses %j (%s)', (change, field, message) => {
    const result = checkSession({ date: '2026-12-12', start: '07:30', end: '11:00', place: 'A', ...change }, { now });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.some((e) => e.field === field && e.message.includes(message)), JSON.stringify(result.errors)).toBe(true);
      expect(result.errors.every((e) => e.message.includes('Sửa:'))).toBe(true);
    }
  });
  it('reads Vietnamese ways of writing a time', () => {
    expect(['7:30', '07:30', '7h30', '7g30', '7h', '19 giờ 05'].map(parseTime)).toEqual([450, 450, 450, 450, 420, 1145]);
    expect(parseTime('7.5')).toBeUndefined();
  });
  it('are only read on the notices, and posters ignore them', () => {
    expect(read('thong-bao-a5', { ngay: '2026-12-12', tu: '07:30', den: '11:00', 'dia-diem': 'A' }).session?.place).toBe('A');
    expect(read('a4', { ngay: 'x' })).toEqual({ problems: [] });
  });
});

describe('the extra QR code', () => {
  it('must pass the allowlist, which has no site while siteUrl is the placeholder', () => {
    expect(read('a4', { qr: 'https://vneid-guide.example.vn/phuong-xa/' }).problems[0]?.message).toContain('chưa cấu hình địa chỉ trang (siteUrl');
    expect(read('a4', { qr: 'https://dichvucong.gov.vn/' }).extraQr?.url).toBe('https://dichvucong.gov.vn/');
  });
  it('is refused when its modules would print under 0.4 mm, and for an address too long for any code', () => {
    const long = (n: number) => `https://dichvucong.gov.vn/?q=${'a'.repeat(n)}`;
    expect(read('a4', { qr: long(1200) }).problems[0]?.message).toMatch(/mỗi ô chỉ 0\.\d+ mm \(cần ít nhất 0\.4 mm\)/);
    expect(read('a4', { qr: long(1990) }).problems[0]?.message).toContain('quá dài cho một mã QR');
    expect(read('a4', { qr: long(2500) }).problems[0]?.message).toContain('quá dài cho một mã QR');
    // The same address can fit A4 and not A5.
    const url = long(150);
    expect(checkQrPrintable(url, PRINT_FORMATS.a4.qr.extra).ok).toBe(true);
    expect(checkQrPrintable(url, PRINT_FORMATS.a5.qr.extra).ok).toBe(false);
    const ok = checkQrPrintable('https://vneid.gov.vn/', PRINT_FORMATS.a5.qr.extra);
    expect(ok.ok && ok.moduleMm).toBeGreaterThanOrEqual(MIN_QR_MODULE_MM);
  });
  it('refuses a code to this site while unconfigured, and accepts it once configured', () => {
    expect(checkQrTarget('https://vneid.phuong.example/phuong-xa/', { ...allowlist, siteUrl: null }).ok).toBe(false);
  });
});

describe('ready-to-post texts (content/print/messages.yaml)', () => {
  const posts = parse(readFileSync('content/print/messages.yaml', 'utf8')) as Record<string, { label: string; medium: 'zalo' | 'loa'; text: string; sources: string[] }>;
  it('hold only the ward page address (the loudspeaker none), and the words in force today', () => {
    expect(Object.keys(posts).sort()).toEqual(['loa', 'zalo']);
    for (const [id, post] of Object.entries(posts)) {
      expect(checkPostText(post.text, post.medium), id).toEqual([]);
      expect(post.text, id).toMatch(/thẻ căn cước/);
      expect(post.text, id).toMatch(/Công an xã[/,] phường|Công an xã\/phường/);
      expect(post.text, id).toContain('{tong-dai}');
      expect(post.text, id).not.toMatch(/chứng minh|CMND|cấp huyện|Công an (quận|huyện)/);
      expect(post.sources, id).toEqual(expect.arrayContaining(['nd-69-2024', 'luat-can-cuoc-2023']));
    }
    expect(posts.loa!.text).not.toContain('{trang}');
  });
  it('are filled in per ward, and say the address is not configured instead of a dead link', () => {
    const text = fillPostText('Nơi đăng ký của {don-vi}: {trang}. Gọi {tong-dai}.', 'zalo', { wardName: 'Xã Cần Giờ', pageUrl: 'https://p.gov.vn/phuong-xa/27664/', hotline: '1900 0368' });
    expect(text).toBe('Nơi đăng ký của Xã Cần Giờ: https://p.gov.vn/phuong-xa/27664/. Gọi 1900 0368.');
    expect(fillPostText('{don-vi}: {trang}', 'zalo', { pageUrl: null, hotline: '1900 0368' })).toBe(`phường, xã của bạn: ${UNCONFIGURED_PAGE}`);
  });
  it('carry the day and the contact typed or published, written for Zalo and spoken for the loudspeaker, and drop their lines when there are none', () => {
    const session = { date: '2026-12-12', start: '07:30', end: '11:00', place: 'Nhà văn hóa khu phố 3' };
    const contact = { place: 'Công an phường X', phone: '0692326555' };
    const template = 'A\nBuổi: {buoi}.\nLiên hệ: {lien-he}.\nB';
    expect(fillPostText(template, 'zalo', { pageUrl: null, hotline: '1900 0368', session, contact })).toBe('A\nBuổi: Thứ Bảy 12/12/2026, 7:30–11:00, tại Nhà văn hóa khu phố 3.\nLiên hệ: Công an phường X, điện thoại 069 232 6555.\nB');
    expect(fillPostText(template, 'loa', { pageUrl: null, hotline: '1900 0368', session })).toBe('A\nBuổi: Thứ Bảy, ngày 12 tháng 12, từ 7 giờ 30 đến 11 giờ, tại Nhà văn hóa khu phố 3.\nB');
    expect(fillPostText(template, 'zalo', { pageUrl: null, hotline: '1900 0368' })).toBe('A\nB');
  });
  it('refuse a template with another link, an unknown blank, no page address in a written post, or one in a spoken one', () => {
    expect(checkPostText('Tải tại https://vneid.gov.vn {trang}', 'zalo')[0]).toContain('đường link');
    expect(checkPostText('Xem zalo.me/abc {trang}', 'zalo')[0]).toContain('zalo.me');
    expect(checkPostText('Xem {trang} {ten}', 'zalo')[0]).toContain('{ten}');
    expect(checkPostText('Không có địa chỉ', 'zalo')[0]).toContain('Thiếu {trang}');
    expect(checkPostText('Xem trang {trang}', 'loa')[0]).toContain('người nghe không bấm được');
  });
});

describe('the words on every sheet (content/print/poster.yaml)', () => {
  const poster = parse(readFileSync('content/print/poster.yaml', 'utf8')) as {
    steps: { text: string; sources: string[] }[];
    notice: { bring: string[]; bringSources: string[]; audienceSources: string[] };
  };
  it('name the thẻ căn cước (a chip CCCD still valid) and Công an xã/phường, citing current law', () => {
    const step = poster.steps.find((s) => /thẻ căn cước/.test(s.text))!;
    expect(step.text).toContain('thẻ căn cước công dân gắn chip còn hạn');
    expect(step.text).toContain('Công an xã/phường');
    expect(step.sources).toEqual(expect.arrayContaining(['nd-69-2024', 'luat-can-cuoc-2023']));
    expect(poster.notice.bring).toEqual(['Thẻ căn cước (hoặc thẻ căn cước công dân gắn chip còn hạn)', 'Điện thoại có số đứng tên bạn']);
    expect(poster.notice.bringSources).toEqual(expect.arrayContaining(['nd-69-2024', 'luat-can-cuoc-2023']));
    const all = JSON.stringify(poster);
    expect(all).not.toMatch(/cấp huyện|Công an (quận|huyện)|chứng minh nhân dân|59\/2022/);
  });
  it('cite sources by a short title on the sheet', () => {
    expect(shortSourceTitle({ title: 'Nghị định số 69/2024/NĐ-CP quy định về định danh', issuer: 'Chính phủ', kind: 'nghi-dinh' })).toBe('Nghị định số 69/2024/NĐ-CP');
    expect(shortSourceTitle({ title: 'Procedures for …', issuer: 'LawNet (Thư Viện Pháp Luật)', kind: 'bao-chi' })).toBe('LawNet');
  });
});

describe('the English line (posters and leaflets)', () => {
  it('is asked for with tieng-anh=1 on posters and leaflets, and ignored on formats without an extra code', () => {
    for (const format of ['a4', 'a3', 'a5'] as const) expect(read(format, { ma: '27139', 'tieng-anh': '1' })).toMatchObject({ english: true, problems: [] });
    expect(read('nhan-dan', { 'tieng-anh': '1' }).english).toBeUndefined();
    expect(read('thong-bao-a4', { 'tieng-anh': '1' }).english).toBeUndefined();
  });

  it('takes the extra code’s place, so asking for both is refused with the fix', () => {
    const both = read('a4', { 'tieng-anh': '1', qr: 'https://vneid.gov.vn/' });
    expect(both.english).toBeUndefined();
    expect(both.problems).toEqual([{ field: 'tieng-anh', message: expect.stringContaining('bỏ mã QR thêm, hoặc bỏ dòng tiếng Anh') }]);
  });

  it('refuses any other value instead of guessing', () => {
    expect(read('a4', { 'tieng-anh': 'yes' }).problems[0]).toMatchObject({ field: 'tieng-anh', message: expect.stringContaining('ghi 1') });
  });
});

describe('characters print fonts cannot draw', () => {
  it('are named before printing, with the field and the fix; ordinary symbols pass', () => {
    const emoji = read('a4', { 'tieu-de': 'Đăng ký mức 2 👍 tại phường' });
    expect(emoji.problems).toEqual([{ field: 'tieu-de', message: expect.stringMatching(/Tiêu đề có ký tự "👍" \(biểu tượng cảm xúc hoặc hình vẽ, U\+1F44D, ở vị trí 15\).*Sửa: xóa ký tự này/) }]);
    expect(read('a4', { 'dong-phu': 'Khu phố 3 🇻🇳' }).problems[0]?.message).toContain('ký tự cờ');
    expect(read('thong-bao-a4', { ngay: '2026-12-12', tu: '07:30', den: '11:00', 'dia-diem': 'Nhà văn hóa ⏰' }).problems[0]).toMatchObject({ field: 'dia-diem', message: expect.stringContaining('phông chữ khi in không vẽ được') });
    expect(read('a4', { 'tieu-de': 'Đăng ký mức 2 – 7:30 © № 5 & "tại chỗ"' }).problems).toEqual([]);
  });
});
