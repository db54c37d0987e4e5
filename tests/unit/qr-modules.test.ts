// Before a sheet prints a code, this says whether a phone can read it at its printed width: modules
// (squares, quiet zone included) of at least 0.4 mm, else a refusal staff can act on. The sheets draw
// their codes with qrSvgMarkup, which must match the build's shared codes exactly.
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { MIN_QR_MODULE_MM, PRINT_FORMATS } from '../../src/lib/print-formats';
import { checkQrPrintable, QR_OPTIONS, qrSvgMarkup } from '../../src/lib/qr-modules';
import { qrSvg } from '../../src/lib/qr-svg';
import { reasonOf } from '../support/refusal';

const PORTAL = 'https://vneid.gov.vn/'; // 21 characters: a 29×29 code at level Q (25×25 at M).

describe('QR_OPTIONS', () => {
  it('are error correction Q and the full 4-module quiet zone', () => {
    expect(QR_OPTIONS).toEqual({ errorCorrectionLevel: 'Q', margin: 4 });
  });
});

describe('checkQrPrintable', () => {
  it('counts the modules of the level Q code plus 4 on each side, and their printed width', () => {
    expect(checkQrPrintable(PORTAL, 50)).toEqual({ ok: true, modules: 37, moduleMm: 50 / 37 });
    expect(checkQrPrintable('https://vneid.phuong-ban-co.gov.vn/phuong-xa/27664/', PRINT_FORMATS.a5.qr.extra)).toEqual({ ok: true, modules: 45, moduleMm: (40 * 0.7071) / 45 });
  });

  it('accepts modules of exactly 0.4 mm and refuses anything smaller, saying the size, the width and the fix', () => {
    expect(MIN_QR_MODULE_MM).toBe(0.4);
    expect(checkQrPrintable(PORTAL, 14.8)).toEqual({ ok: true, modules: 37, moduleMm: 0.4 });
    expect(reasonOf(checkQrPrintable(PORTAL, 14.7))).toBe(
      // Just under the minimum reads as under it: the width as given, the size rounded down.
      'Địa chỉ dài 21 ký tự cần mã QR 29×29 ô; in rộng 14.7 mm thì mỗi ô chỉ 0.39 mm (cần ít nhất 0.4 mm), điện thoại khó quét. Sửa: dùng địa chỉ ngắn hơn, hoặc chọn khổ giấy lớn hơn.',
    );
    expect(reasonOf(checkQrPrintable(PORTAL, 10))).toBe(
      'Địa chỉ dài 21 ký tự cần mã QR 29×29 ô; in rộng 10 mm thì mỗi ô chỉ 0.27 mm (cần ít nhất 0.4 mm), điện thoại khó quét. Sửa: dùng địa chỉ ngắn hơn, hoặc chọn khổ giấy lớn hơn.',
    );
  });

  it('counts characters, not UTF-16 units, in the length it reports', () => {
    // "😀" is one character but two UTF-16 units.
    expect(reasonOf(checkQrPrintable('https://x.vn/😀', 5))).toBe(
      'Địa chỉ dài 14 ký tự cần mã QR 25×25 ô; in rộng 5 mm thì mỗi ô chỉ 0.15 mm (cần ít nhất 0.4 mm), điện thoại khó quét. Sửa: dùng địa chỉ ngắn hơn, hoặc chọn khổ giấy lớn hơn.',
    );
    expect(reasonOf(checkQrPrintable(`https://x.vn/${'😀'.repeat(500)}`, 500))).toBe(
      'Địa chỉ dài 513 ký tự, quá dài cho một mã QR. Sửa: dùng địa chỉ ngắn hơn (trang chính của mục đó).',
    );
  });

  it('takes the longest address a level Q code holds (1,663 bytes, 177×177), and refuses one byte more as too long for any code', () => {
    const longest = `https://x.vn/${'a'.repeat(1663 - 13)}`;
    expect(checkQrPrintable(longest, 74)).toEqual({ ok: true, modules: 185, moduleMm: 0.4 });
    // Level M would still hold it (up to 2,331 bytes): the refusal comes from choosing Q.
    expect(reasonOf(checkQrPrintable(`${longest}a`, 1000))).toBe('Địa chỉ dài 1664 ký tự, quá dài cho một mã QR. Sửa: dùng địa chỉ ngắn hơn (trang chính của mục đó).');
    expect(QRCode.create(`${longest}a`, { errorCorrectionLevel: 'M' }).modules.size).toBe(153);
  });

  it('lets the same address fit the 40 mm A4 extra code and refuses it printed 20 mm wide', () => {
    const url = `https://dichvucong.gov.vn/?q=${'a'.repeat(150)}`;
    expect(checkQrPrintable(url, PRINT_FORMATS.a4.qr.extra)).toEqual({ ok: true, modules: 73, moduleMm: 40 / 73 });
    expect(reasonOf(checkQrPrintable(url, 20))).toBe(
      'Địa chỉ dài 179 ký tự cần mã QR 65×65 ô; in rộng 20 mm thì mỗi ô chỉ 0.27 mm (cần ít nhất 0.4 mm), điện thoại khó quét. Sửa: dùng địa chỉ ngắn hơn, hoặc chọn khổ giấy lớn hơn.',
    );
  });
});

describe('qrSvgMarkup', () => {
  it.each([PORTAL, 'https://apps.apple.com/vn/app/vneid/id1582750372', 'https://vneid.phuong-ban-co.gov.vn/phuong-xa/27664/'])(
    'draws %s exactly as the build draws the shared code',
    async (url) => {
      expect(await qrSvgMarkup(url)).toBe(await qrSvg(url));
    },
  );

  it('draws a level Q code with a 4-module quiet zone in black on white', async () => {
    const svg = await qrSvgMarkup(PORTAL);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37" shape-rendering="crispEdges"><path fill="#ffffff" d="M0 0h37v37H0z"/><path stroke="#000000" d="M4 4.5h7m')).toBe(true);
    expect(svg.endsWith('"/></svg>\n')).toBe(true);
  });
});
