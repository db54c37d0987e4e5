// Every shared QR code (store listings, portals, ward pages) is drawn here: what it draws must scan
// back to the very address, with error correction Q for scuffed posters and the full 4-module quiet
// zone cheap phone cameras need, and each address is drawn once per build.
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr-svg';

/** The exact markup the code writes: a square viewBox, a white square under it all, one black path of rows. */
const SHAPE = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1" shape-rendering="crispEdges"><path fill="#ffffff" d="M0 0h\1v\1H0z"\/><path stroke="#000000" d="([^"]*)"\/><\/svg>\n$/;

/** The modules the black path paints, as rows of booleans over the whole viewBox (quiet zone included). */
function paintedModules(svg: string): boolean[][] {
  const shape = SHAPE.exec(svg);
  if (!shape) throw new Error(`not the expected SVG: ${svg.slice(0, 200)}`);
  const side = Number(shape[1]);
  const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of shape[2]!.matchAll(/([Mmh])(\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?/g)) {
    const n = Number(a);
    if (cmd === 'M') [x, y] = [n, Number(b) - 0.5];
    else if (cmd === 'm') x += n;
    else for (let end = x + n; x < end; x++) grid[y]![x] = true;
  }
  return grid;
}

/** What a phone camera reads from the code, drawn 4 px per module. */
function scan(grid: boolean[][]): string | undefined {
  const px = 4;
  const side = grid.length * px;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < px; dy++) for (let dx = 0; dx < px; dx++) rgba.fill(0, ((y * px + dy) * side + x * px + dx) * 4, ((y * px + dy) * side + x * px + dx) * 4 + 3);
    }),
  );
  return jsQR(rgba, side, side, { inversionAttempts: 'dontInvert' })?.data;
}

/**
 * The error correction level the code declares in its format information (the copy beside the
 * top-left finder, read down column 8), checked against the copy along row 8.
 */
function declaredLevel(grid: boolean[][], margin = 4): string {
  const size = grid.length - 2 * margin;
  const at = (row: number, col: number) => (grid[row + margin]![col + margin] ? 1 : 0);
  let vertical = 0;
  let horizontal = 0;
  for (let i = 0; i < 15; i++) {
    vertical |= at(i < 6 ? i : i < 8 ? i + 1 : size - 15 + i, 8) << i;
    horizontal |= at(8, i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i) << i;
  }
  expect(horizontal).toBe(vertical);
  return ['M', 'L', 'H', 'Q'][((vertical ^ 0b101010000010010) >> 13) & 0b11]!;
}

const ADDRESSES = [
  'https://vneid.gov.vn/',
  'https://vneid.phuong-ban-co.gov.vn/phuong-xa/27664/',
  'https://apps.apple.com/vn/app/vneid/id1582750372',
  'https://play.google.com/store/apps/details?id=com.vnid',
];

describe('qrSvg', () => {
  it.each(ADDRESSES)('draws a code for %s that scans back to that very address', async (url) => {
    expect(scan(paintedModules(await qrSvg(url)))).toBe(url);
  });

  it('draws the portal address as 29×29 modules inside a 37×37 viewBox, with no fixed width', async () => {
    const svg = await qrSvg('https://vneid.gov.vn/');
    expect(SHAPE.exec(svg)?.[1]).toBe('37');
    expect(svg).not.toContain('width=');
    // At level M the same address would need only 25×25 modules: Q costs a version, on purpose.
    expect(QRCode.create('https://vneid.gov.vn/', { errorCorrectionLevel: 'M' }).modules.size).toBe(25);
  });

  it.each(ADDRESSES)('declares error correction Q in the code drawn for %s', async (url) => {
    expect(declaredLevel(paintedModules(await qrSvg(url)))).toBe('Q');
  });

  it.each(ADDRESSES)('leaves a blank quiet zone of exactly 4 modules on every side of the code for %s', async (url) => {
    const grid = paintedModules(await qrSvg(url));
    const side = grid.length;
    const dark = grid.flatMap((row, y) => row.flatMap((on, x) => (on ? [[x, y]] : [])));
    const xs = dark.map(([x]) => x!);
    const ys = dark.map(([, y]) => y!);
    // The finder patterns fill the corners, so the code itself reaches module 4 and side − 5 on each edge.
    expect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]).toEqual([4, 4, side - 5, side - 5]);
  });

  it('paints exactly the modules of the level Q code, module for module', async () => {
    const url = 'https://vneid.phuong-ban-co.gov.vn/phuong-xa/27664/';
    const { size, data } = QRCode.create(url, { errorCorrectionLevel: 'Q' }).modules;
    const inner = paintedModules(await qrSvg(url)).slice(4, -4).map((row) => row.slice(4, -4));
    expect(inner.length).toBe(size);
    expect(inner.flat()).toEqual([...data].map((bit) => bit === 1));
  });

  it('draws each address once: asking again returns the same drawing, another address another one', async () => {
    const first = qrSvg('https://dichvucong.gov.vn/');
    expect(qrSvg('https://dichvucong.gov.vn/')).toBe(first);
    const other = qrSvg('https://vneid.gov.vn/');
    expect(other).not.toBe(first);
    expect(await other).not.toBe(await first);
    expect(scan(paintedModules(await other))).toBe('https://vneid.gov.vn/');
  });
});
