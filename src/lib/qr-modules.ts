import QRCode from 'qrcode';
import { MIN_QR_MODULE_MM } from './print-formats.ts';

/**
 * Whether an address makes a QR code a phone can read at its printed size. The longer the address,
 * the more modules (squares) the code needs; printed in a fixed width they get smaller. Below
 * MIN_QR_MODULE_MM a cheap phone camera fails, so such an address is refused before printing
 * rather than printed as a code nobody can scan. Same options as every code the site draws.
 */
export const QR_OPTIONS = { errorCorrectionLevel: 'Q', margin: 4 } as const;

export type QrPrintCheck = { ok: true; modules: number; moduleMm: number } | { ok: false; reason: string };

export function checkQrPrintable(url: string, printedMm: number): QrPrintCheck {
  let size: number;
  try {
    size = QRCode.create(url, { errorCorrectionLevel: QR_OPTIONS.errorCorrectionLevel }).modules.size;
  } catch {
    return { ok: false, reason: `Địa chỉ dài ${[...url].length} ký tự, quá dài cho một mã QR. Sửa: dùng địa chỉ ngắn hơn (trang chính của mục đó).` };
  }
  const modules = size + 2 * QR_OPTIONS.margin;
  const moduleMm = printedMm / modules;
  if (moduleMm < MIN_QR_MODULE_MM) {
    // Rounded down, and the width as given: a size just under the minimum must never read as the
    // minimum itself ("0.40 mm (cần ít nhất 0.4 mm)" for 14.7 mm would contradict the refusal).
    const width = Number.isInteger(printedMm) ? String(printedMm) : printedMm.toFixed(1);
    const perModule = (Math.floor(moduleMm * 100) / 100).toFixed(2);
    return {
      ok: false,
      reason: `Địa chỉ dài ${[...url].length} ký tự cần mã QR ${size}×${size} ô; in rộng ${width} mm thì mỗi ô chỉ ${perModule} mm (cần ít nhất ${MIN_QR_MODULE_MM} mm), điện thoại khó quét. Sửa: dùng địa chỉ ngắn hơn, hoặc chọn khổ giấy lớn hơn.`,
    };
  }
  return { ok: true, modules, moduleMm };
}

/** The SVG of a code, exactly as the build draws the shared ones (src/lib/qr-svg.ts). */
export function qrSvgMarkup(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', ...QR_OPTIONS, color: { dark: '#000000', light: '#ffffff' } });
}
