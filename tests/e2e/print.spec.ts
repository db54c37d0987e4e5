import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { checkQrTarget } from '../../src/lib/qr-allowlist';
import { decodeAllQrs } from './qr-decode';

const APP_STORE = 'https://apps.apple.com/vn/app/vneid/id1582750372';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.vnid';
const MM = 72 / 25.4;
const SIZES = { a4: [210, 297], a3: [297, 420], a5: [297, 210], 'nhan-dan': [210, 297] } as const;
const QR_COUNT = { a4: 3, a3: 3, a5: 6, 'nhan-dan': 12 } as const;

/** The page's own allowlist (official listings, portal hosts, this site). */
async function allowlistOf(page: import('@playwright/test').Page) {
  return JSON.parse((await page.locator('#qr-allowlist').textContent())!);
}

test.use({ deviceScaleFactor: 2 });

for (const place of ['27664', 'chung']) {
  for (const format of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    test(`${place}/${format}: every QR decodes to an allowlisted address; the PDF is one ${format} page`, async ({ page }) => {
      expect((await page.goto(`in-an/${place}/${format}/`))?.status()).toBe(200);
      const decoded = await decodeAllQrs(page);
      expect(decoded).toHaveLength(QR_COUNT[format]);
      const allowlist = await allowlistOf(page);
      for (const url of decoded) {
        expect(url, 'mã QR đọc được').not.toBeNull();
        expect(checkQrTarget(url!, allowlist), url!).toMatchObject({ ok: true });
      }
      if (format !== 'nhan-dan') {
        expect(decoded).toContain(APP_STORE);
        expect(decoded).toContain(GOOGLE_PLAY);
        const wardQr = decoded.find((u) => u !== APP_STORE && u !== GOOGLE_PLAY)!;
        expect(new URL(wardQr).pathname).toMatch(place === 'chung' ? /\/phuong-xa\/$/ : /\/phuong-xa\/27664\/$/);
      } else {
        for (const url of decoded) expect(new URL(url!).pathname).toMatch(/\/tai-ung-dung\/$/);
      }
      await page.screenshot({ fullPage: true });
      const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      const [w, h] = SIZES[format];
      expect(Math.abs(width - w * MM)).toBeLessThan(1);
      expect(Math.abs(height - h * MM)).toBeLessThan(1);
    });
  }
}

test('an A5 leaflet is exactly half an A4 sheet, with a cut line between the two', async ({ page }) => {
  await page.goto('in-an/27664/a5/');
  const boxes = await page.locator('.leaflet').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.width, r.height]));
  const px = 96 / 25.4;
  expect(boxes).toHaveLength(2);
  for (const [w, h] of boxes) {
    expect(Math.abs(w! - 148.5 * px)).toBeLessThan(2);
    expect(Math.abs(h! - 210 * px)).toBeLessThan(2);
  }
  await expect(page.locator('.leaflet + .leaflet')).toHaveCSS('border-left-style', 'dashed');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a ward poster shows the ward, both store codes, three steps, the hotline and the anti-scam line', async ({ page }) => {
    await page.goto('in-an/27664/a4/');
    const face = page.locator('.face');
    await expect(face).toContainText('Xã Cần Giờ');
    await expect(face.locator('.store-qr figcaption')).toHaveText(['iPhone', 'Android']);
    await expect(face.locator('.face-steps li')).toHaveCount(3);
    await expect(face.locator('.face-phone')).toHaveText('1900 0368');
    await expect(face.locator('.face-warning')).toContainText('không hướng dẫn kích hoạt qua điện thoại');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

test.describe('the generator', () => {
  const bad: [string, string][] = [
    ['https://vneid.gov.vn.example.com/', 'không nằm trong danh sách chính thức'],
    ['https://vneid-gov.vn/', 'không nằm trong danh sách chính thức'],
    ['https://vneid.gov.vn@evil.tld/', 'dấu @'],
    ['javascript:alert(1)', 'Không tạo mã QR cho loại địa chỉ này'],
    ['data:text/html,<script>alert(1)</script>', 'Không tạo mã QR cho loại địa chỉ này'],
    ['https://vnеid.gov.vn/', 'giả mạo'],
    ['http://vneid.gov.vn/', 'https://'],
    ['https://apps.apple.com/vn/app/vneid-gia/id1', 'ứng dụng VNeID chính thức'],
  ];
  for (const [url, message] of bad) {
    test(`refuses ${url}`, async ({ page }) => {
      await page.goto('in-an/');
      await page.getByLabel(/Địa chỉ một trang/).fill(url);
      await expect(page.locator('#qr-message')).toContainText(`Không thêm mã QR: `);
      await expect(page.locator('#qr-message')).toContainText(message);
      const frameUrl = await page.locator('iframe').getAttribute('data-src');
      expect(frameUrl).not.toContain('qr=');
      // The poster page refuses it too when the address is forged by hand.
      await page.goto(`in-an/chung/a4/?qr=${encodeURIComponent(url)}`);
      await expect(page.locator('[data-field="extra-qr-error"]')).toContainText('Không thêm mã QR');
      await expect(page.locator('.extra-qr-code')).toHaveCount(0);
    });
  }

  test('adds an allowed extra QR code and shows titles as text, never as HTML', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('in-an/');
    await page.getByLabel('Gõ tên phường/xã').fill('xa can gio');
    await page.getByRole('button', { name: 'Xã Cần Giờ, Thành phố Hồ Chí Minh' }).click();
    await page.getByLabel(/Tiêu đề/).fill('<script>alert(1)</script><img src=x onerror=alert(2)>');
    await page.getByLabel(/Dòng phụ/).fill('Khu phố 3');
    await page.getByLabel(/Địa chỉ một trang/).fill('https://dichvucong.gov.vn/');
    await expect(page.locator('#qr-message')).toContainText('Sẽ thêm mã QR tới https://dichvucong.gov.vn/');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.face-headline')).toHaveText('<script>alert(1)</script><img src=x onerror=alert(2)>'.slice(0, 60));
    await expect(frame.locator('.face-headline script, .face-headline img')).toHaveCount(0);
    await expect(frame.locator('.face-subtitle')).toContainText('Khu phố 3 · Xã Cần Giờ');
    await expect(frame.locator('.extra-qr-code')).toHaveCount(1);
    expect(dialogs).toEqual([]);
    const src = await page.locator('iframe').getAttribute('data-src');
    expect(src).toContain('/in-an/27664/a4/');
  });

  test('the printed extra QR decodes to the address that was allowed', async ({ page }) => {
    await page.goto(`in-an/chung/a4/?qr=${encodeURIComponent('https://vneid.gov.vn/')}`);
    await expect(page.locator('.extra-qr-code')).toHaveCount(1);
    expect(await decodeAllQrs(page)).toContain('https://vneid.gov.vn/');
  });
});

test('npm run posters writes one PDF per format for a ward', async () => {
  const out = mkdtempSync(join(tmpdir(), 'posters-'));
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/posters.mjs', '--ward', '27664', '--out', out]);
  expect(stdout).toContain('4/4');
  expect(readdirSync(join(out, '27664')).sort()).toEqual(['a3.pdf', 'a4.pdf', 'a5.pdf', 'nhan-dan.pdf']);
  const a3 = await PDFDocument.load(readFileSync(join(out, '27664', 'a3.pdf')));
  expect(a3.getPageCount()).toBe(1);
  expect(Math.round(a3.getPage(0).getSize().width / MM)).toBe(297);
});
