import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { expectNoHorizontalScroll, walkBudget } from './helpers';
import { decodeAllQrs } from './qr-decode';

// Every guide in content/guides/, read from the folder: a new guide is tested without editing this list.
const GUIDES = readdirSync('content/guides').filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')).sort();
const APP_STORE = 'https://apps.apple.com/vn/app/vneid/id1582750372';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.vnid';
const A4 = { width: 595.28, height: 841.89 };

// Steps before notes: on a phone, step 1 of every guide with steps starts within 1.5 screens at
// 360×780 and within 2 screens at 320×640, so a resident reads what to do before any note. At
// 360 px, with JavaScript, every step is also open on load and its title is a heading, not a
// button or a link; at 320 px nothing scrolls sideways.
for (const [width, height, screens] of [[360, 780, 1.5], [320, 640, 2]] as const) {
  test.describe(`on a ${width}×${height} phone`, () => {
    test.use({ viewport: { width, height } });
    const also = width === 360 ? 'every step is open on load and titled by a heading' : 'nothing scrolls sideways';
    test(`in every guide, step 1 is within ${screens} screens; ${also}`, async ({ page }) => {
      test.setTimeout(walkBudget(GUIDES.length));
      for (const slug of GUIDES) {
        await test.step(slug, async () => {
          await page.goto(`huong-dan/${slug}/`);
          const first = page.locator('.sbs-steps > li').first();
          // A guide without numbered steps (a list of error messages) opens with its first answer.
          const start = (await first.count()) === 0 ? page.locator('article h2').first() : first;
          const top = await start.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
          expect(top, `${slug}: bước 1 ở ${Math.round(top)} px`).toBeLessThanOrEqual(height * screens);
          if (width === 360) {
            for (const panel of await page.locator('.sbs-panel').all()) await expect(panel).toBeVisible();
            await expect(page.locator('.sbs-title a, .sbs-title button')).toHaveCount(0);
          } else {
            await expectNoHorizontalScroll(page);
          }
        });
      }
    });
  });
}

test.describe('every guide, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every guide shows its sources, review date and every step', async ({ page }) => {
    test.setTimeout(walkBudget(GUIDES.length));
    for (const slug of GUIDES) {
      await test.step(slug, async () => {
        expect((await page.goto(`huong-dan/${slug}/`))?.status(), slug).toBe(200);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByText('Rà soát lần cuối:')).toBeVisible();
        await expect(page.locator('.source-list li').first()).toBeVisible();
        await expect(page.locator('article.guide')).toHaveCount(1);
        // With JS off no step is folded and no toggle button shows.
        await expect(page.locator('.sbs button:visible')).toHaveCount(0);
        const panels = await page.locator('.sbs-panel').all();
        for (const panel of panels) await expect(panel).toBeVisible();
        // A guide without steps still has its body: the check above must not pass on an empty page.
        if (panels.length === 0) await expect(page.locator('article h2').first()).toBeVisible();
      });
    }
  });

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

  test('the overview lists every guide and the journey steps', async ({ page }) => {
    await page.goto('huong-dan/');
    for (const slug of GUIDES) await expect(page.locator(`.guide-list a[href$="/huong-dan/${slug}/"]`)).toHaveCount(1);
    await expect(page.locator('.sbs-step')).toHaveCount(7);
    await expect(page.locator('.sbs-step-logic .sbs-marker')).toHaveText(['hoặc', 'hoặc']);
  });
});

test.describe('step-by-step navigation with JavaScript', () => {
  test('folding is the reader’s choice, by mouse or keyboard, and is remembered per guide', async ({ page }) => {
    await page.goto('huong-dan/kich-hoat-tren-may-tinh/');
    const folds = page.locator('.sbs-step .sbs-fold');
    const panels = page.locator('.sbs-panel');
    await expect(folds).toHaveCount(6);
    await expect(folds.nth(2)).toHaveAttribute('aria-expanded', 'true');
    await expect(folds.nth(2)).toHaveAttribute('aria-controls', /^buoc-/);
    await folds.nth(2).click();
    await expect(panels.nth(2)).toBeHidden();
    await expect(folds.nth(2)).toHaveAttribute('aria-expanded', 'false');
    await folds.nth(4).focus();
    await page.keyboard.press('Enter');
    await expect(panels.nth(4)).toBeHidden();
    // Remembered after a reload, for this guide only.
    await page.reload();
    await expect(panels.nth(2)).toBeHidden();
    await expect(panels.nth(4)).toBeHidden();
    await expect(panels.nth(0)).toBeVisible();
    await page.goto('huong-dan/kich-hoat-tren-dien-thoai/');
    for (const panel of await page.locator('.sbs-panel').all()) await expect(panel).toBeVisible();
    // Open all, and the memory is cleared.
    await page.goto('huong-dan/kich-hoat-tren-may-tinh/');
    await page.getByRole('button', { name: 'Thu gọn tất cả các bước' }).click();
    for (let i = 0; i < 6; i++) await expect(panels.nth(i)).toBeHidden();
    await page.getByRole('button', { name: 'Mở tất cả các bước' }).click();
    for (let i = 0; i < 6; i++) await expect(panels.nth(i)).toBeVisible();
    await page.reload();
    for (let i = 0; i < 6; i++) await expect(panels.nth(i)).toBeVisible();
  });

  test('"hoặc"/"và" markers never overlap their step title', async ({ page }) => {
    let checked = 0;
    for (const width of [320, 360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const slug of ['dang-ky-muc-2', '']) {
        await page.goto(`huong-dan/${slug}${slug ? '/' : ''}`);
        const steps = await page.locator('.sbs-step-logic').all();
        for (const step of steps) {
          const marker = (await step.locator('.sbs-marker').boundingBox())!;
          const title = (await step.locator('[data-step-title]').boundingBox())!;
          expect(marker.x + marker.width, `${slug} ${width}px`).toBeLessThanOrEqual(title.x);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9); // 3 markers × 3 widths
  });
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
  test('every guide prints on one or two A4 pages with the store codes and the hotline', async ({ page, baseURL }) => {
    test.setTimeout(walkBudget(GUIDES.length, 8_000));
    expect(baseURL).toBeTruthy();
    for (const slug of GUIDES) {
      await test.step(slug, async () => {
        await page.goto(`huong-dan/${slug}/in/`);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
        await expect(page.locator('a[href="tel:19000368"]').first()).toBeVisible();
        // This build keeps the placeholder siteUrl: no code to a dead address is printed, a box says why.
        // (A configured build's printouts carry the guide's address: tests/e2e/print.spec.ts.)
        for (const code of await decodeAllQrs(page)) expect([APP_STORE, GOOGLE_PLAY], code ?? 'mã không đọc được').toContain(code);
        await expect(page.getByText('Chưa cấu hình địa chỉ trang (siteUrl)').first()).toBeVisible();
        const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
        expect(pdf.getPageCount(), slug).toBeGreaterThanOrEqual(1);
        expect(pdf.getPageCount(), slug).toBeLessThanOrEqual(2);
        const { width, height } = pdf.getPage(0).getSize();
        expect(Math.abs(width - A4.width)).toBeLessThan(1);
        expect(Math.abs(height - A4.height)).toBeLessThan(1);
      });
    }
  });
});
