import QRCode from 'qrcode';

/**
 * QR code as an SVG string. Error correction "Q" (25 %) survives a poster that is scuffed, folded or
 * printed on a cheap printer; margin 4 is the full quiet zone the QR standard asks for, which cheap
 * phone cameras need to find the code.
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'Q', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
