import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { expectNoHorizontalScroll } from './helpers';
import { decodeAllQrs } from './qr-decode';

const GUIDES = [
  'tai-khoan-dinh-danh-dien-tu-la-gi',
  'tai-ung-dung-vneid',
  'dang-ky-muc-1',
  'dang-ky-muc-2',
  'kich-hoat-tren-dien-thoai',
  'kich-hoat-tren-may-tinh',
  'dang-nhap-dich-vu-cong',
  'tich-hop-giay-to',
  'canh-giac-lua-dao',
  'danh-cho-nguoi-ho-tro',
];
const APP_STORE = 'https://apps.apple.com/vn/app/vneid/id1582750372';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.vnid';
const A4 = { width: 595.28, height: 841.89 };

test.describe('every guide, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const slug of GUIDES) {
    test(`${slug}: sources, review date and every step readable`, async ({ page }) => {
      expect((await page.goto(`huong-dan/${slug}/`))?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByText('Rà soát lần cuối:')).toBeVisible();
      await expect(page.locator('.source-list li').first()).toBeVisible();
      await expect(page.locator('article.guide')).toHaveCount(1);
      // With JS off no step is collapsed and no toggle button exists.
      await expect(page.locator('.sbs-step button')).toHaveCount(0);
      for (const panel of await page.locator('.sbs-panel').all()) await expect(panel).toBeVisible();
    });
  }

  test('the web-activation guide states every step and rule from the Cần Giờ appendix', async ({ page }) => {
    await page.goto('huong-dan/kich-hoat-tren-may-tinh/');
    const text = (await page.locator('article').innerText()).replace(/\s+/g, ' ');
    for (const phrase of [
      'https://vneid.gov.vn',
      'Kích hoạt tài khoản',
      'số định danh cá nhân',
      'số điện thoại đã đăng ký',
      'Gửi yêu cầu',
      'mã OTP',
      'Tài khoản của bạn đã thực hiện kích hoạt',
      '8 đến 20 ký tự',
      'chữ số',
      'chữ viết hoa',
      'chữ viết thường',
      'ký tự đặc biệt',
      '6 chữ số',
      'Câu hỏi bảo mật',
      'ghi nhớ câu trả lời',
      'kích hoạt thành công',
      'Đăng nhập',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    await expect(page.locator('.sbs-step')).toHaveCount(6);
  });

  test('the overview lists all ten guides and the journey steps', async ({ page }) => {
    await page.goto('huong-dan/');
    for (const slug of GUIDES) await expect(page.locator(`.guide-list a[href$="/huong-dan/${slug}/"]`)).toHaveCount(1);
    await expect(page.locator('.sbs-step')).toHaveCount(7);
    await expect(page.locator('.sbs-step-logic .sbs-marker')).toHaveText(['hoặc', 'hoặc']);
  });
});

test('step-by-step navigation collapses and expands with JavaScript and the keyboard', async ({ page }) => {
  await page.goto('huong-dan/kich-hoat-tren-may-tinh/');
  const buttons = page.locator('.sbs-step h3 button');
  await expect(buttons).toHaveCount(6);
  const panels = page.locator('.sbs-panel');
  await expect(buttons.nth(0)).toHaveAttribute('aria-expanded', 'true');
  await expect(panels.nth(0)).toBeVisible();
  await expect(buttons.nth(2)).toHaveAttribute('aria-expanded', 'false');
  await expect(panels.nth(2)).toBeHidden();

  await buttons.nth(2).click();
  await expect(buttons.nth(2)).toHaveAttribute('aria-expanded', 'true');
  await expect(panels.nth(2)).toContainText('Gửi yêu cầu');

  await buttons.nth(4).focus();
  await page.keyboard.press('Enter');
  await expect(panels.nth(4)).toContainText('8 đến 20 ký tự');

  const all = page.getByRole('button', { name: 'Hiện tất cả các bước' });
  await all.click();
  for (let i = 0; i < 6; i++) await expect(panels.nth(i)).toBeVisible();
  await page.getByRole('button', { name: 'Ẩn tất cả các bước' }).click();
  for (let i = 0; i < 6; i++) await expect(panels.nth(i)).toBeHidden();
  await expect(buttons.nth(0)).toHaveAttribute('aria-controls', /^buoc-/);
});

test.describe('QR codes', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the download guide shows QR codes that decode to the two official store listings', async ({ page }) => {
  await page.goto('huong-dan/tai-ung-dung-vneid/');
  expect(await decodeAllQrs(page)).toEqual([APP_STORE, GOOGLE_PLAY]);
  await expect(page.getByText('Trung tâm dữ liệu quốc gia về dân cư').first()).toBeVisible();
  });
});

test('the approval SMS is shown as residents receive it, with **** explained', async ({ page }) => {
  await page.goto('huong-dan/dang-ky-muc-2/');
  const sms = page.locator('.sms-bubble');
  await expect(sms).toContainText('Cuc Canh sat QLHC ve TTXH thong bao: Ho so dang ky tai khoan dinh danh dien tu cua cong dan **** da duoc phe duyet');
  await expect(page.locator('.sms-note')).toContainText('họ và tên đầy đủ');
});

test.describe('print views', () => {
  // Phone cameras resolve more than one CSS pixel per module; so does the decoder at scale 2.
  test.use({ deviceScaleFactor: 2 });
  for (const slug of GUIDES) {
    test(`${slug} prints on one or two A4 pages with a QR back to the guide and the hotline`, async ({ page, baseURL }) => {
      await page.goto(`huong-dan/${slug}/in/`);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('a[href="tel:19000368"]').first()).toBeVisible();
      const [qr] = await decodeAllQrs(page);
      // The QR carries the public site URL of this guide; its path is the guide's path.
      expect(new URL(qr!).pathname).toBe(new URL(`huong-dan/${slug}/`, baseURL).pathname);
      const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
      expect(pdf.getPageCount()).toBeLessThanOrEqual(2);
      const { width, height } = pdf.getPage(0).getSize();
      expect(Math.abs(width - A4.width)).toBeLessThan(1);
      expect(Math.abs(height - A4.height)).toBeLessThan(1);
    });
  }
});

test('guides do not scroll sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const slug of GUIDES) {
    await page.goto(`huong-dan/${slug}/`);
    await expectNoHorizontalScroll(page);
  }
});
