import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Decodes a QR code from a screenshot of the element, as a phone camera would read it. */
export async function decodeQr(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.screenshot({ scale: 'device' }));
  const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return result?.data ?? null;
}

/** Every QR code rendered on the page (elements with class "qr-code"), decoded. */
export async function decodeAllQrs(page: Page): Promise<(string | null)[]> {
  const codes = page.locator('.qr-code');
  const decoded: (string | null)[] = [];
  for (let i = 0; i < (await codes.count()); i++) decoded.push(await decodeQr(codes.nth(i)));
  return decoded;
}
