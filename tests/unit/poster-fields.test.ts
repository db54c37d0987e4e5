// The print sheet's fields read straight from an address, one rule at a time: the exact refusal a
// staff member sees (which field, what is wrong, the fix), what is taken and what is ignored, the
// limits at and one over, and which library checks a sheet must load for its address. The phone and
// QR-size checks are stubs here (their own tests are phone.test.ts and print-fields.test.ts), so each
// case shows what readSheetParams itself decides.
import { describe, expect, it } from 'vitest';
import { checkSession, checksNeeded, cleanText, cutGraphemes, readSheetParams, type FieldChecks, type SessionInput } from '../../src/lib/poster-fields';
import { POSTER_LIMITS } from '../../src/lib/poster-limits';
import type { PrintFormat } from '../../src/lib/print-formats';
import type { QrAllowlist } from '../../src/lib/qr-allowlist';

const allowlist: QrAllowlist = { exactUrls: ['https://apps.apple.com/vn/app/vneid/id1582750372'], officialHosts: ['vneid.gov.vn', 'dichvucong.gov.vn'], siteUrl: null };
const now = new Date('2026-12-01T03:00:00Z'); // 10:00 on Tuesday 1 December 2026 in Vietnam

/** A phone check that takes only "0903858668" (spaces allowed) and a QR check that takes every address at 0.5 mm. */
const stubs = (): Required<FieldChecks> => ({
  checkPhone: (input) => (input.replace(/\s/g, '') === '0903858668' ? { ok: true, digits: '0903858668' } : { ok: false, reason: `"${input}" bị từ chối. Sửa: ghi số khác.` }),
  checkQrPrintable: (_url, printedMm) => ({ ok: true, modules: 20, moduleMm: printedMm / 20 }),
});
const read = (format: PrintFormat, params: Record<string, string>, checks: FieldChecks = stubs(), options: { siteUrl?: string; at?: Date } = {}) =>
  readSheetParams(new URLSearchParams(params), { format, allowlist: { ...allowlist, siteUrl: options.siteUrl ?? null }, now: options.at ?? now }, checks);
const session = (change: SessionInput) => checkSession({ date: '2026-12-12', start: '07:30', end: '11:00', place: 'Nhà văn hóa', ...change }, { now });

describe('echoing what someone typed (cleanText) and cutting by whole characters', () => {
  it('gives an empty text for nothing at all', () => {
    expect(cleanText(null, 10)).toBe('');
    expect(cleanText(undefined, 10)).toBe('');
    expect(cleanText('', 10)).toBe('');
  });
  it('shows an invisible character as a space, so the words around it stay apart', () => {
    expect(cleanText('ab\u200bcd', 10)).toBe('ab cd');
  });
  it('drops spaces before counting, and never ends on a space after cutting', () => {
    expect(cleanText('  abc', 2)).toBe('ab');
    expect(cleanText('ab cd', 3)).toBe('ab');
  });
  it('keeps a text at the limit whole and cuts one over to the limit', () => {
    expect(cutGraphemes('ệệ👍🏽', 3)).toBe('ệệ👍🏽');
    expect(cutGraphemes('ệệ👍🏽x', 3)).toBe('ệệ👍🏽');
  });
});

describe('a session, field by field', () => {
  it('names every missing field with an example of what to write', () => {
    expect(checkSession({}, { now })).toEqual({
      ok: false,
      errors: [
        { field: 'date', message: 'Chưa ghi ngày. Sửa: ghi ngày của buổi đăng ký, ví dụ 2026-12-12.' },
        { field: 'start', message: 'Chưa ghi giờ bắt đầu. Sửa: ghi giờ:phút, ví dụ 07:30.' },
        { field: 'end', message: 'Chưa ghi giờ kết thúc. Sửa: ghi giờ:phút, ví dụ 11:00.' },
        { field: 'place', message: 'Chưa ghi địa điểm. Sửa: ghi nơi tổ chức, ví dụ "Nhà văn hóa khu phố 2, số 10 đường …".' },
      ],
    });
  });
  it('counts a field of spaces only as missing', () => {
    expect(checkSession({ date: '  ', start: ' ', end: '\t', place: '  ' }, { now })).toMatchObject({
      ok: false,
      errors: [
        { field: 'date', message: expect.stringMatching(/^Chưa ghi ngày\./) },
        { field: 'start', message: expect.stringMatching(/^Chưa ghi giờ bắt đầu\./) },
        { field: 'end', message: expect.stringMatching(/^Chưa ghi giờ kết thúc\./) },
        { field: 'place', message: expect.stringMatching(/^Chưa ghi địa điểm\./) },
      ],
    });
  });
  it('quotes a time it cannot read, with a 24-hour example', () => {
    expect(session({ start: '7 rưỡi', end: '25:00' })).toEqual({
      ok: false,
      errors: [
        { field: 'start', message: '"7 rưỡi" không phải giờ hợp lệ. Sửa: ghi giờ:phút theo 24 giờ, ví dụ 07:30.' },
        { field: 'end', message: '"25:00" không phải giờ hợp lệ. Sửa: ghi giờ:phút theo 24 giờ, ví dụ 14:00.' },
      ],
    });
  });
  it('gives the day that has passed and today in Vietnam, both as written on the sheet', () => {
    expect(session({ date: '2026-11-30' })).toEqual({
      ok: false,
      errors: [{ field: 'date', message: 'Ngày 30/11/2026 đã qua (hôm nay ở Việt Nam là 01/12/2026). Sửa: ghi ngày sắp tới của buổi đăng ký.' }],
    });
  });
  it('takes a day with spaces around it and an audience, and prints the weekday', () => {
    expect(checkSession({ date: ' 2026-12-13 ', start: '13:00', end: '16:30', place: 'A', audience: ' Người từ 14 tuổi ' }, { now })).toEqual({
      ok: true,
      session: { date: '2026-12-13', dateText: 'Chủ nhật, 13/12/2026', start: '13:00', end: '16:30', timeText: '13:00 – 16:30', place: 'A', audience: 'Người từ 14 tuổi' },
    });
  });
  it('reports a time it cannot read once, and no time range with it', () => {
    expect(session({ end: 'chiều' })).toEqual({ ok: false, errors: [{ field: 'end', message: expect.stringMatching(/^"chiều" không phải giờ hợp lệ/) }] });
    expect(session({ start: 'sáng' })).toEqual({ ok: false, errors: [{ field: 'start', message: expect.stringMatching(/^"sáng" không phải giờ hợp lệ/) }] });
  });
  it('refuses a place or an audience over its limit under its own field, and does not also call the place missing', () => {
    const long = 'x'.repeat(POSTER_LIMITS.sessionPlace + 1);
    expect(session({ place: long })).toEqual({ ok: false, errors: [{ field: 'place', message: `Địa điểm (place) dài ${POSTER_LIMITS.sessionPlace + 1} ký tự, quá giới hạn ${POSTER_LIMITS.sessionPlace}. Sửa: viết ngắn lại (không cắt bớt tự động).` }] });
    expect(session({ audience: 'y'.repeat(POSTER_LIMITS.sessionAudience + 1) })).toEqual({ ok: false, errors: [{ field: 'audience', message: expect.stringMatching(/^Dành cho \(audience\) dài 121 ký tự, quá giới hạn 120\./) }] });
    expect(session({ audience: 'y'.repeat(POSTER_LIMITS.sessionAudience) })).toMatchObject({ ok: true, session: { audience: 'y'.repeat(POSTER_LIMITS.sessionAudience) } });
  });
});

describe('the ward code (ma)', () => {
  it('takes exactly five digits, spaces around them ignored', () => {
    expect(read('a4', { ma: ' 27664 ' })).toEqual({ code: '27664', problems: [] });
  });
  it.each(['x27664', '276645', '2766'])('refuses %s, quoting it, with the fix', (code) => {
    expect(read('a4', { ma: code })).toEqual({
      problems: [{ field: 'ma', message: `Mã phường/xã "${code}" không đúng: cần đúng 5 chữ số. Sửa: chọn lại phường/xã ở trang Tạo ấn phẩm.` }],
    });
  });
});

describe('headline and subtitle', () => {
  it('are taken on posters and leaflets, spaces tidied', () => {
    expect(read('a5', { 'tieu-de': ' Đăng ký  mức 2 ', 'dong-phu': 'Tại Công an phường' })).toEqual({ headline: 'Đăng ký mức 2', subtitle: 'Tại Công an phường', problems: [] });
  });
  it('are ignored on stickers and notices, which have no room for them', () => {
    expect(read('nhan-dan', { 'tieu-de': 'A', 'dong-phu': 'B' })).toEqual({ problems: [] });
    expect(read('thong-bao-a4', { 'tieu-de': 'A' })).toEqual({ problems: [] });
  });
  it('take a subtitle at its limit and refuse one character more under its own field', () => {
    const at = 'ệ'.repeat(POSTER_LIMITS.subtitle);
    expect(read('a4', { 'dong-phu': at })).toEqual({ subtitle: at, problems: [] });
    expect(read('a4', { 'dong-phu': `${at}x` })).toEqual({
      problems: [{ field: 'dong-phu', message: `Dòng phụ dài ${POSTER_LIMITS.subtitle + 1} ký tự, quá giới hạn ${POSTER_LIMITS.subtitle}. Sửa: viết ngắn lại (không cắt bớt tự động).` }],
    });
  });
});

describe('the contact block', () => {
  it('is left out when every contact field is empty or spaces, and the default contact prints', () => {
    expect(read('a4', { 'lh-noi': ' ', 'lh-dia-chi': '  ', 'lh-dt': ' ', 'lh-gio': ' ' }, {})).toEqual({ problems: [] });
  });
  it('takes a place with an address only, without asking for a phone check', () => {
    expect(read('a4', { 'lh-noi': 'Công an phường X', 'lh-dia-chi': 'Số 1 đường Y', 'lh-dt': '  ' }, {})).toEqual({ contact: { place: 'Công an phường X', address: 'Số 1 đường Y' }, problems: [] });
  });
  it('takes a place with a phone only, and hours', () => {
    expect(read('nhan-dan', { 'lh-noi': 'Công an phường X', 'lh-dt': '0903 858 668', 'lh-gio': '7:30–17:00' })).toEqual({
      contact: { place: 'Công an phường X', phone: '0903858668', hours: '7:30–17:00' },
      problems: [],
    });
  });
  it('passes the phone check’s refusal on under the phone field', () => {
    expect(read('a4', { 'lh-noi': 'A', 'lh-dia-chi': 'B', 'lh-dt': '12345' })).toEqual({ problems: [{ field: 'lh-dt', message: '"12345" bị từ chối. Sửa: ghi số khác.' }] });
  });
  it('names the phone field when the phone has an invisible character, and checks nothing more of it', () => {
    expect(read('a4', { 'lh-noi': 'A', 'lh-dia-chi': 'B', 'lh-dt': '0903\u200e858668' })).toEqual({
      problems: [{ field: 'lh-dt', message: expect.stringMatching(/^Số điện thoại liên hệ có dấu chỉ hướng trái sang phải \(LRM\) U\+200E ở ký tự thứ 5, .*Sửa: gõ lại/) }],
    });
  });
  it('asks for the place when it is spaces only', () => {
    expect(read('a4', { 'lh-noi': '   ', 'lh-dt': '0903858668' }).problems).toEqual([
      { field: 'lh-noi', message: 'Chưa ghi tên nơi liên hệ. Sửa: ghi ví dụ "Công an phường …, bộ phận tiếp dân", hoặc xóa hết các ô liên hệ để in liên hệ mặc định.' },
    ]);
  });
  it('refuses a place over its limit once, without also calling it missing', () => {
    expect(read('a4', { 'lh-noi': 'x'.repeat(POSTER_LIMITS.contactPlace + 1), 'lh-dt': '0903858668' })).toEqual({
      problems: [{ field: 'lh-noi', message: `Nơi liên hệ dài ${POSTER_LIMITS.contactPlace + 1} ký tự, quá giới hạn ${POSTER_LIMITS.contactPlace}. Sửa: viết ngắn lại (không cắt bớt tự động).` }],
    });
  });
  it('asks for a phone or an address, and prints no half-checked block', () => {
    expect(read('a4', { 'lh-noi': 'A', 'lh-gio': '8:00' })).toEqual({ problems: [{ field: 'lh-dt', message: 'Liên hệ cần ít nhất số điện thoại hoặc địa chỉ. Sửa: ghi một trong hai.' }] });
  });
  it('refuses an address over its limit once, without also asking for a phone or an address', () => {
    expect(read('a4', { 'lh-noi': 'A', 'lh-dia-chi': 'x'.repeat(POSTER_LIMITS.contactAddress + 1) })).toEqual({
      problems: [{ field: 'lh-dia-chi', message: `Địa chỉ liên hệ dài ${POSTER_LIMITS.contactAddress + 1} ký tự, quá giới hạn ${POSTER_LIMITS.contactAddress}. Sửa: viết ngắn lại (không cắt bớt tự động).` }],
    });
  });
  it('cannot check a phone without the phone check, and says so', () => {
    expect(() => read('a4', { 'lh-noi': 'A', 'lh-dt': '0903858668' }, {})).toThrow('readSheetParams: thiếu checkPhone cho ô số điện thoại.');
  });
});

describe('a session on a notice', () => {
  it('is left out when every session field is spaces', () => {
    expect(read('thong-bao-a4', { ngay: ' ', tu: ' ', den: ' ', 'dia-diem': ' ', 'doi-tuong': ' ' })).toEqual({ problems: [] });
  });
  it('is judged against the clock it is given, not the computer’s', () => {
    const later = new Date('2031-01-01T03:00:00Z');
    expect(read('thong-bao-a5', { ngay: '2030-06-01', tu: '07:30', den: '11:00', 'dia-diem': 'A' }, stubs(), { at: later }).problems).toEqual([
      { field: 'ngay', message: 'Ngày 01/06/2030 đã qua (hôm nay ở Việt Nam là 01/01/2031). Sửa: ghi ngày sắp tới của buổi đăng ký.' },
    ]);
  });
  it('reports each session problem under the address field of the generator', () => {
    expect(read('thong-bao-a4', { ngay: '2026-12-12', tu: 'x', den: 'y', 'doi-tuong': 'z'.repeat(121) }).problems.map((p) => p.field)).toEqual(['tu', 'den', 'doi-tuong', 'dia-diem']);
  });
});

describe('the English line and the extra QR code', () => {
  it('take spaces around their values', () => {
    expect(read('a4', { 'tieng-anh': ' 1 ', qr: '  ' })).toEqual({ english: true, problems: [] });
    expect(read('a4', { qr: ' https://vneid.gov.vn/ ' })).toEqual({ extraQr: { url: 'https://vneid.gov.vn/', moduleMm: 2 }, problems: [] });
  });
  it('quote a value other than 1 for the English line', () => {
    expect(read('a4', { 'tieng-anh': 'có' }).problems).toEqual([{ field: 'tieng-anh', message: 'Giá trị "có" không dùng được. Sửa: bỏ trống, hoặc ghi 1 để in dòng tiếng Anh.' }]);
  });
  it('ignore an extra code on formats without one', () => {
    expect(read('thong-bao-a4', { qr: 'https://vneid.gov.vn/' }, {})).toEqual({ problems: [] });
  });
  it('take an address of exactly the limit to the size check, and refuse one over before drawing, counting characters', () => {
    const address = (length: number) => `https://vneid.gov.vn/?q=${'ệ'.repeat(length - 24)}`;
    expect([...address(POSTER_LIMITS.qrInput)]).toHaveLength(POSTER_LIMITS.qrInput);
    expect(read('a4', { qr: address(POSTER_LIMITS.qrInput) }).extraQr?.moduleMm).toBe(2);
    const over = address(POSTER_LIMITS.qrInput + 1);
    const noDrawing = { checkQrPrintable: () => { throw new Error('drawn'); } };
    expect(read('a4', { qr: over }, noDrawing).problems).toEqual([
      { field: 'qr', message: `Địa chỉ dài ${POSTER_LIMITS.qrInput + 1} ký tự, quá dài cho một mã QR. Sửa: dùng địa chỉ ngắn hơn (trang chính của mục đó).` },
    ]);
  });
  it('refuse an address off the allowlist with the reason and the places allowed, naming this site once it is configured', () => {
    const unconfigured = read('a4', { qr: 'https://evil.example/' }).problems;
    expect(unconfigured).toEqual([{ field: 'qr', message: expect.stringMatching(/^Không thêm mã QR: Tên miền "evil\.example" không nằm trong/) }]);
    expect(unconfigured[0]?.message).toMatch(/ Sửa: dùng một trang của vneid\.gov\.vn, dichvucong\.gov\.vn, đúng link VNeID trên App Store, CH Play; hoặc để trống\.$/);
    expect(read('a4', { qr: 'https://evil.example/' }, stubs(), { siteUrl: 'https://p.gov.vn/vneid/' }).problems[0]?.message).toMatch(/ Sửa: dùng một trang của vneid\.gov\.vn, dichvucong\.gov\.vn, đúng link VNeID trên App Store, CH Play, hoặc một trang của trang này; hoặc để trống\.$/);
  });
  it('pass on the size check’s refusal, and cannot check the size without it', () => {
    const small = { checkQrPrintable: () => ({ ok: false as const, reason: 'mỗi ô chỉ 0.3 mm.' }) };
    expect(read('a4', { qr: 'https://vneid.gov.vn/' }, small).problems).toEqual([{ field: 'qr', message: 'Không thêm mã QR: mỗi ô chỉ 0.3 mm.' }]);
    expect(() => read('a4', { qr: 'https://vneid.gov.vn/' }, {})).toThrow('readSheetParams: thiếu checkQrPrintable cho mã QR thêm.');
  });
});

describe('which library checks a sheet loads (checksNeeded)', () => {
  const needs = (format: PrintFormat, params: Record<string, string>) => checksNeeded(new URLSearchParams(params), format);
  it('loads nothing for an address without a phone, an extra code or the English line', () => {
    expect(needs('a4', {})).toEqual({ phone: false, qr: false });
    expect(needs('a4', { 'lh-dt': '  ', qr: ' ', 'tieng-anh': ' ', 'tieu-de': 'A' })).toEqual({ phone: false, qr: false });
  });
  it('loads the phone check for a phone, on every format with a contact block', () => {
    expect(needs('a4', { 'lh-dt': '0903858668' })).toEqual({ phone: true, qr: false });
    expect(needs('thong-bao-a5', { 'lh-dt': '0903858668' })).toEqual({ phone: true, qr: false });
  });
  it('loads the QR check for an extra code or the English line, only where a format has one', () => {
    expect(needs('a3', { qr: 'https://vneid.gov.vn/' })).toEqual({ phone: false, qr: true });
    expect(needs('a4', { 'tieng-anh': '1' })).toEqual({ phone: false, qr: true });
    expect(needs('nhan-dan', { qr: 'https://vneid.gov.vn/', 'tieng-anh': '1' })).toEqual({ phone: false, qr: false });
  });
  it('loads every check readSheetParams then asks for', () => {
    const params = { 'lh-noi': 'A', 'lh-dt': '0903858668', qr: 'https://vneid.gov.vn/' };
    const { phone, qr } = needs('a4', params);
    const all = stubs();
    expect(read('a4', params, { ...(phone ? { checkPhone: all.checkPhone } : {}), ...(qr ? { checkQrPrintable: all.checkQrPrintable } : {}) }).problems).toEqual([]);
  });
});
