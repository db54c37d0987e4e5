import QRCode from 'qrcode';

/**
 * QR code as an SVG string. Error correction "Q" (25 %) survives a poster that is scuffed, folded or
 * printed on a cheap printer; margin 4 is the full quiet zone the QR standard asks for, which cheap
 * phone cameras need to find the code.
 */
export function qrSvg(url: string): Promise<string> {
  let svg = drawn.get(url);
  if (!svg) {
    svg = QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'Q', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
    drawn.set(url, svg);
  }
  return svg;
}

// Each unit's code appears on four print faces (A4, A3, two A5 leaflets): drawing it once per
// build keeps a build of every unit within its time target (see the build-scale benchmark).
const drawn = new Map<string, Promise<string>>();
