// Print sheets as staff print them: every format, every field at its maximum, with a contact
// block, an extra QR code and a session notice, printed to PDF by Chromium and rendered at 150 dpi
// with pdftoppm (poppler-utils). Each test asserts one page of the right paper, nothing inside the
// 10 mm margin office printers cannot print, and every QR code decoded from the rendered page (as a
// phone would read the paper) to its expected address. The default build (placeholder siteUrl)
// must print no code to this site at all; a configured build (a ward's own deployment with a
// fictional test address) must print the ward's code at least 30 mm (A4) / 25 mm (A5).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { POSTER_LIMITS } from '../../src/lib/poster-limits';
import { PRINT_FORMAT_IDS, PRINT_FORMATS, SAFE_AREA_MM, type PrintFormat } from '../../src/lib/print-formats';
import { checkQrPrintable } from '../../src/lib/qr-modules';
import { isPlaceholderHost } from '../../src/lib/site-url';
import { todayInVietnam } from '../../src/lib/dates';
import { CONTACT_WARD, DEPLOYMENT_SITE, OTHER_WARD, VERIFIED_CONTACT, wardDeployment } from '../support/ward-deployment';
import { walkBudget } from './helpers';

const APP_STORE = 'https://apps.apple.com/vn/app/vneid/id1582750372';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=com.vnid';
const PX_PER_MM = 96 / 25.4;
const DPI = 150;
const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// What "every field at its maximum" means: widest capitals with Vietnamese marks, to the limit.

const WIDE = 'ĐĂNG KÝ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ MỨC HAI WWW NGƯỜI DÂN PHƯỜNG XÃ MỸ HƯNG ';
const max = (n: number, text = WIDE) => text.repeat(Math.ceil(n / text.length) + 1).slice(0, n - 1) + 'M';
const tomorrow = () => new Date(new Date(`${todayInVietnam()}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);

/** The longest allowed address whose code still prints with modules of at least 0.4 mm on this format. */
function longestQr(format: PrintFormat): string {
  const url = (n: number) => `https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?q=${'a'.repeat(n)}`;
  let [lo, hi] = [0, 2000];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (checkQrPrintable(url(mid), PRINT_FORMATS[format].qr.extra).ok) lo = mid;
    else hi = mid - 1;
  }
  return url(lo);
}

function maxParams(format: PrintFormat, code: string, { contact = true } = {}): Record<string, string> {
  const f = PRINT_FORMATS[format].fields;
  return {
    ma: code,
    ...(f.text ? { 'tieu-de': max(POSTER_LIMITS.headline), 'dong-phu': max(POSTER_LIMITS.subtitle) } : {}),
    ...(f.extraQr ? { qr: longestQr(format) } : {}),
    ...(f.contact && contact
      ? { 'lh-noi': max(POSTER_LIMITS.contactPlace), 'lh-dia-chi': max(POSTER_LIMITS.contactAddress), 'lh-dt': '0903 858 668', 'lh-gio': max(POSTER_LIMITS.contactHours) }
      : {}),
    ...(f.session ? { ngay: tomorrow(), tu: '07:30', den: '11:30', 'dia-diem': max(POSTER_LIMITS.sessionPlace), 'doi-tuong': max(POSTER_LIMITS.sessionAudience) } : {}),
  };
}
const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

// ---------------------------------------------------------------------------------------------
// Measuring a printed sheet.

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('data-print-state', /^(ready|incomplete|refused)$/, { timeout: 15_000 });
  return (await page.locator('html').getAttribute('data-print-state'))!;
}

async function problems(page: Page) {
  return page.locator('[data-print-problems] li').allTextContents();
}

/** Everything that reaches into the safe margin of its face (or of the sheet), measured in print layout. */
async function outsideSafeArea(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate((safeMm) => {
    const px = (safeMm * 96) / 25.4;
    const out: string[] = [];
    const check = (container: Element, skip: (el: Element) => boolean) => {
      const box = container.getBoundingClientRect();
      for (const el of container.querySelectorAll('*')) {
        if (skip(el) || el.closest('[hidden]')) continue;
        const rects = [...el.getClientRects()];
        for (const r of rects) {
          if (!r.width && !r.height) continue;
          if (r.left < box.left + px - 0.5 || r.top < box.top + px - 0.5 || r.right > box.right - px + 0.5 || r.bottom > box.bottom - px + 0.5) {
            out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}" at ${[r.left - box.left, r.top - box.top, box.right - r.right, box.bottom - r.bottom].map((v) => (v / (96 / 25.4)).toFixed(1)).join('/')} mm`);
            break;
          }
        }
      }
      // Text cut off inside a one-line box is outside too.
      for (const el of container.querySelectorAll<HTMLElement>('[data-fit-line]:not([data-fit-line="ellipsis"])')) {
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} "${el.textContent}" is cut (${el.scrollWidth} > ${el.clientWidth})`);
      }
    };
    const sheet = document.querySelector('.sheet')!;
    check(sheet, (el) => el.matches('.half, [data-face]'));
    for (const face of document.querySelectorAll('[data-face]')) check(face, () => false);
    return out;
  }, SAFE_AREA_MM);
  await page.emulateMedia({ media: null });
  return [...new Set(found)];
}

/** A binary PGM (P5, 8-bit) as pdftoppm -gray writes it: header "P5 width height 255", then a byte per pixel. */
function readPgm(file: Buffer): { width: number; height: number; data: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm không ghi ảnh PGM 8 bit như mong đợi.');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), data: file.subarray(whole.length) };
}

interface PrintedQr {
  url: string | null;
  widthMm: number;
}

/**
 * Prints the page to PDF (one page, the format's paper), renders it at 150 dpi and decodes every
 * QR code from the rendered image, where the print layout puts it.
 */
async function printAndDecode(page: Page, format: PrintFormat): Promise<PrintedQr[]> {
  const spec = PRINT_FORMATS[format];
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const doc = await PDFDocument.load(pdf);
  expect(doc.getPageCount(), 'một trang').toBe(1);
  const { width, height } = doc.getPage(0).getSize();
  expect(Math.abs(width - (spec.paper.width * 72) / 25.4), 'khổ giấy (rộng)').toBeLessThan(1);
  expect(Math.abs(height - (spec.paper.height * 72) / 25.4), 'khổ giấy (cao)').toBeLessThan(1);

  const dir = mkdtempSync(join(tmpdir(), 'sheet-'));
  writeFileSync(join(dir, 'sheet.pdf'), pdf);
  // Grey levels (PGM) rather than PNG: nothing to compress or inflate, a third of the time.
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-singlefile', join(dir, 'sheet.pdf'), join(dir, 'sheet')]);
  const image = readPgm(readFileSync(join(dir, 'sheet.pgm')));
  rmSync(dir, { recursive: true, force: true });

  await page.emulateMedia({ media: 'print' });
  const boxes = await page.evaluate(() => {
    const sheet = document.querySelector('.sheet')!.getBoundingClientRect();
    return [...document.querySelectorAll('.qr-code')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - sheet.left, y: r.top - sheet.top, w: r.width, h: r.height };
    });
  });
  await page.emulateMedia({ media: null });
  const scale = DPI / 96;
  return boxes.map((box) => {
    const margin = 2 * PX_PER_MM; // a little white around the code's own quiet zone
    const x0 = Math.max(0, Math.floor((box.x - margin) * scale));
    const y0 = Math.max(0, Math.floor((box.y - margin) * scale));
    const x1 = Math.min(image.width, Math.ceil((box.x + box.w + margin) * scale));
    const y1 = Math.min(image.height, Math.ceil((box.y + box.h + margin) * scale));
    // jsQR reads RGBA: each grey level three times, opaque.
    const crop = new Uint8ClampedArray((x1 - x0) * (y1 - y0) * 4);
    for (let y = y0, i = 0; y < y1; y++) {
      for (let x = x0; x < x1; x++, i += 4) {
        crop[i] = crop[i + 1] = crop[i + 2] = image.data[y * image.width + x]!;
        crop[i + 3] = 255;
      }
    }
    return { url: jsQR(crop, x1 - x0, y1 - y0)?.data ?? null, widthMm: box.w / PX_PER_MM };
  });
}

// ---------------------------------------------------------------------------------------------
// A configured build: the ward's own deployment of the build tests (tests/support/ward-deployment.ts:
// Lai Châu, a fictional configured address and a fictional verified contact for one ward).

const TEST_SITE = DEPLOYMENT_SITE;
const WARD = CONTACT_WARD.code;
const WARD_NO_CONTACT = OTHER_WARD.code;

const QRS_PER_FACE = { poster: 3, notice: 3, stickers: 12 } as const;

test.use({ deviceScaleFactor: 1, viewport: { width: 1400, height: 1000 } });

test.describe('a configured site, every field at its maximum', () => {
  let server: { url: string; close: () => Promise<void> };
  test.beforeAll(async () => {
    test.setTimeout(600_000);
    server = await startStaticServer({ root: await wardDeployment(), base: '/' });
  });
  test.afterAll(async () => server?.close());

  for (const format of PRINT_FORMAT_IDS) {
    const spec = PRINT_FORMATS[format];
    for (const variant of spec.fields.contact && spec.kind !== 'stickers' ? (['all fields', 'the ward’s verified contact'] as const) : (['all fields'] as const)) {
      test(`${format}, ${variant}: one page, inside the safe area, every code decodes; the ward code is at least ${spec.minWardQrMm || '–'} mm`, async ({ page }) => {
        const params = maxParams(format, WARD, { contact: variant === 'all fields' });
        expect(await open(page, `${server.url}in-an/${format}/${query(params)}`), (await problems(page)).join('\n')).toBe('ready');
        expect(await outsideSafeArea(page)).toEqual([]);
        const qrs = await printAndDecode(page, format);
        const ward = `${TEST_SITE}/phuong-xa/${WARD}/`;
        const perFace = spec.kind === 'stickers' ? [...Array(12)].map(() => `${TEST_SITE}/tai-ung-dung/`) : [APP_STORE, GOOGLE_PLAY, ward, ...(params.qr ? [params.qr] : [])];
        expect(qrs.map((q) => q.url).sort()).toEqual([...Array(spec.faces)].flatMap(() => perFace).sort());
        expect(qrs).toHaveLength(QRS_PER_FACE[spec.kind] * spec.faces + (params.qr ? spec.faces : 0));
        for (const qr of qrs.filter((q) => q.url === ward)) expect(qr.widthMm, 'mã QR phường/xã').toBeGreaterThanOrEqual(spec.minWardQrMm);
        if (spec.kind !== 'stickers') {
          const face = page.locator('[data-face]').first();
          await expect(face.locator('.face-headline')).toHaveCSS('text-wrap-style', 'balance');
          // Each address under a code is on one line (never broken inside it), the extra code's aside.
          for (const line of await face.locator('.qr-fig .addr').all()) {
            const { lines } = await line.evaluate((el) => ({ lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)) }));
            expect(lines, (await line.textContent()) ?? '').toBe(1);
          }
          if (variant === 'all fields') {
            await expect(face.locator('.contact-place')).toHaveText(params['lh-noi']!);
            await expect(face.locator('.contact-phone')).toHaveText('0903 858 668');
            await expect(face.locator('.contact-hotline')).toContainText('1900 0368');
          } else {
            await expect(face.locator('.contact-place')).toHaveText(VERIFIED_CONTACT.name);
            await expect(face.locator('.contact-note')).toHaveText('Đã xác minh 01/11/2026');
            await expect(face.locator('.face-sources')).toContainText('Công văn số 4998');
          }
          await expect(face.locator('[data-field="place-name"]')).toHaveText(CONTACT_WARD.name);
        }
        if (spec.kind === 'notice') {
          const face = page.locator('[data-face]').first();
          await expect(face.locator('[data-field="session-time"]')).toHaveText('7:30 – 11:30');
          await expect(face.locator('.notice-bring li')).toHaveText(['Thẻ căn cước (hoặc thẻ căn cước công dân gắn chip còn hạn)', 'Điện thoại có số đứng tên bạn']);
        }
      });
    }
  }

  test('long words and a unit without a verified contact still fit every poster format', async ({ page }) => {
    for (const format of ['a4', 'a3', 'a5'] as const) {
      const params = { ...maxParams(format, WARD_NO_CONTACT, { contact: false }), 'tieu-de': 'M'.repeat(POSTER_LIMITS.headline), 'dong-phu': 'W'.repeat(POSTER_LIMITS.subtitle) };
      expect(await open(page, `${server.url}in-an/${format}/${query(params)}`), (await problems(page)).join('\n')).toBe('ready');
      expect(await outsideSafeArea(page), format).toEqual([]);
      await expect(page.locator('.contact-phone').first()).toHaveText('1900 0368');
    }
  });

  for (const format of ['a4', 'a3', 'a5'] as const) {
    test(`${format} with the English line: inside the safe area, its code decodes to the ward's English page`, async ({ page }) => {
      const { qr: _extra, ...params } = maxParams(format, WARD, { contact: true });
      expect(await open(page, `${server.url}in-an/${format}/${query({ ...params, 'tieng-anh': '1' })}`), (await problems(page)).join('\n')).toBe('ready');
      expect(await outsideSafeArea(page)).toEqual([]);
      const spec = PRINT_FORMATS[format];
      const english = `${TEST_SITE}/en/ward/?code=${WARD}`;
      const qrs = await printAndDecode(page, format);
      expect(qrs.map((q) => q.url).sort()).toEqual([...Array(spec.faces)].flatMap(() => [APP_STORE, GOOGLE_PLAY, `${TEST_SITE}/phuong-xa/${WARD}/`, english]).sort());
      await expect(page.locator('[data-field="english-line"]').first()).toHaveText('Foreign residents: scan for the English guide');
      await expect(page.locator('[data-field="english-line"]').first()).toHaveAttribute('lang', 'en');
    });
  }

  test('the English line and an extra code together are refused with the fix', async ({ page }) => {
    expect(await open(page, `${server.url}in-an/a4/?ma=${WARD}&tieng-anh=1&qr=${encodeURIComponent('https://vneid.gov.vn/')}`)).toBe('refused');
    expect((await problems(page)).join('\n')).toContain('bỏ mã QR thêm, hoặc bỏ dòng tiếng Anh');
  });

  test('the national sheet without JavaScript prints a code to the ward lookup, from a shared file', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${server.url}in-an/a4/`);
    await expect(page.locator('img.qr-code')).toHaveCount(3);
    await expect(page.locator('[data-slot="ward-qr"] img')).toHaveAttribute('src', '/qr/phuong-xa.svg');
    const qrs = await printAndDecode(page, 'a4');
    expect(qrs.map((q) => q.url)).toEqual([APP_STORE, GOOGLE_PLAY, `${TEST_SITE}/phuong-xa/`]);
    await context.close();
  });
});

test.describe('the default build (placeholder siteUrl)', () => {
  for (const format of PRINT_FORMAT_IDS) {
    for (const place of ['', '27664']) {
      test(`${format}${place ? ` for ${place}` : ''}: no code to an example domain; the store codes still print, and the sheet is never called ready`, async ({ page }) => {
        const spec = PRINT_FORMATS[format];
        const state = await open(page, `in-an/${format}/${place ? `?ma=${place}` : ''}`);
        if (spec.kind === 'stickers') {
          // Twelve boxes and no code: nothing worth printing, and the sheet says why.
          expect(state).toBe('refused');
          expect((await problems(page)).join('\n')).toContain('không có mã QR nào');
          await expect(page.locator('[data-qr-missing]')).toHaveCount(12);
          return;
        }
        expect(state, (await problems(page)).join('\n')).toBe('incomplete');
        const qrs = await printAndDecode(page, format);
        for (const { url } of qrs) {
          expect(url, 'mã QR đọc được').not.toBeNull();
          expect(isPlaceholderHost(new URL(url!).hostname), url!).toBe(false);
        }
        const boxes = page.locator('[data-qr-missing]');
        expect(qrs.map((q) => q.url)).toEqual([...Array(spec.faces)].flatMap(() => [APP_STORE, GOOGLE_PLAY]));
        await expect(boxes).toHaveCount(spec.faces);
        await expect(boxes.first()).toContainText('Chưa cấu hình địa chỉ trang (siteUrl)');
        expect(await outsideSafeArea(page)).toEqual([]);
        expect(await page.content()).not.toContain('vneid-guide.example.vn/phuong-xa');
        if (place) await expect(page.locator('[data-field="place-name"]').first()).toHaveText('Xã Cần Giờ');
      });
    }
  }

  test('the English line is refused while siteUrl is the placeholder: "scan" is never printed without a code', async ({ page }) => {
    expect(await open(page, 'in-an/a4/?ma=27664&tieng-anh=1')).toBe('refused');
    expect((await problems(page)).join('\n')).toContain('Dòng tiếng Anh: chưa cấu hình địa chỉ trang (siteUrl)');
    await expect(page.locator('[data-field="english-line"]')).toHaveCount(0);
  });

  test('no shared QR file leads to this site while it is not configured', async ({ request }) => {
    expect((await request.get('qr/app-store.svg')).status()).toBe(200);
    expect((await request.get('qr/phuong-xa.svg')).status()).toBe(404);
    expect((await request.get('qr/tai-ung-dung.svg')).status()).toBe(404);
  });

  test('the guide printout shows the box instead of a code to this site', async ({ page }) => {
    await page.goto('huong-dan/dang-ky-muc-2/in/');
    await expect(page.locator('.qr-missing')).toContainText('Chưa cấu hình địa chỉ trang (siteUrl)');
    await expect(page.locator('.qr-code')).toHaveCount(0);
  });
});

test.describe('sheets that would not print right are refused before printing, with the reason', () => {
  const long = (n: number) => `https://dichvucong.gov.vn/?q=${'a'.repeat(n)}`;
  const cases: [string, string, string, RegExp][] = [
    ['a 1,200-character address (modules under 0.4 mm)', 'a4', query({ qr: long(1200) }), /mỗi ô chỉ 0\.\d+ mm \(cần ít nhất 0\.4 mm\)/],
    ['a 3,000-character address', 'a4', query({ qr: long(3000) }), /quá dài cho một mã QR/],
    ['an address that fits A4 but not A5', 'a5', query({ qr: long(300) }), /cần ít nhất 0\.4 mm.*chọn khổ giấy lớn hơn/],
    ['a phone that is not Vietnamese', 'a4', query({ 'lh-noi': 'Công an xã', 'lh-dt': '12345' }), /Số điện thoại liên hệ: "12345" không phải số điện thoại Việt Nam/],
    ['a session already past', 'thong-bao-a4', query({ ngay: '2020-01-01', tu: '07:30', den: '11:00', 'dia-diem': 'A' }), /Ngày: Ngày 01\/01\/2020 đã qua/],
    ['a unit that does not exist', 'a4', query({ ma: '99999' }), /không có đơn vị mã 99999/],
    ['a lookalike host', 'a4', query({ qr: 'https://vneid.gov.vn.example.com/' }), /không nằm trong danh sách chính thức/],
  ];
  test('each case, with its reason and a fix; printed, the page carries the reasons, never the sheet', async ({ page }) => {
    test.setTimeout(walkBudget(cases.length));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const [name, format, params, reason] of cases) {
      await test.step(`${format}: ${name}`, async () => {
        errors.length = 0;
        await page.emulateMedia({ media: 'screen' });
        expect(await open(page, `in-an/${format}/${params}`), name).toBe('refused');
        expect((await problems(page)).join('\n'), name).toMatch(reason);
        expect((await problems(page)).every((p) => p.includes('Sửa:')), name).toBe(true);
        await expect(page.locator('[data-slot="extra-qr"] .qr-code')).toHaveCount(0);
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.sheet')).toBeHidden();
        await expect(page.locator('[data-print-problems]')).toBeVisible();
        expect(errors, name).toEqual([]);
      });
    }
  });

  test('text beyond its limit or with markup is refused with the reason, never cut or rendered', async ({ page }) => {
    const headline = `${'a'.repeat(POSTER_LIMITS.headline)}x`;
    expect(await open(page, `in-an/a4/${query({ 'tieu-de': headline, 'dong-phu': '<img src=x onerror=alert(1)>' })}`)).not.toBe('ready');
    const problems = page.locator('[data-print-problems]');
    await expect(problems).toContainText(`quá giới hạn ${POSTER_LIMITS.headline}`);
    await expect(problems).toContainText('có ký tự "<"');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the national poster shows both store codes, three steps, the hotline and the anti-scam line', async ({ page }) => {
    await page.goto('in-an/a4/?ma=27664');
    const face = page.locator('.face');
    await expect(face).toContainText('Cả nước');
    await expect(face.locator('.qr-title')).toHaveText(['iPhone', 'Android', 'Tìm phường/xã của bạn']);
    await expect(face.locator('.face-steps li')).toHaveCount(3);
    await expect(face.locator('.face-steps li').nth(1)).toContainText('thẻ căn cước (hoặc thẻ căn cước công dân gắn chip còn hạn) đến Công an xã/phường');
    await expect(face.locator('.contact-phone')).toHaveText('1900 0368');
    await expect(face.locator('.face-warning')).toContainText('không hướng dẫn kích hoạt qua điện thoại');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute('href', '/in-an/an-pham.css');
  });
  test('the session notice has lines to fill in by hand', async ({ page }) => {
    await page.goto('in-an/thong-bao-a5/');
    await expect(page.locator('.notice-when dd.blank')).toHaveCount(6);
    await expect(page.locator('.notice-bring li').first()).toHaveText('Thẻ căn cước (hoặc thẻ căn cước công dân gắn chip còn hạn)');
  });
});

test('old sheet addresses lead to the sheet of the same format and ward', async ({ request }) => {
  const old = await request.get('in-an/27664/a5/', { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toBe('/in-an/a5/?ma=27664');
  const chung = await request.get('in-an/chung/nhan-dan/', { maxRedirects: 0 });
  expect(chung.status()).toBe(301);
  expect(chung.headers().location).toBe('/in-an/nhan-dan/');
  expect((await request.get('in-an/phuong-xa-27.json')).status()).toBe(200);
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
    ['https://vneid-guide.example.vn/phuong-xa/', 'chưa cấu hình địa chỉ trang'],
    [`https://vneid.gov.vn/?q=${'a'.repeat(1200)}`, 'cần ít nhất 0.4 mm'],
  ];
  test('refuses every address that is not official, safe or printable, with the reason', async ({ page }) => {
    test.setTimeout(walkBudget(bad.length));
    for (const [url, message] of bad) {
      await test.step(url.slice(0, 60), async () => {
        await page.goto('in-an/');
        await page.getByLabel(/Địa chỉ một trang/).fill(url);
        await expect(page.locator('#qr-message')).toContainText('Không thêm mã QR: ');
        await expect(page.locator('#qr-message'), url.slice(0, 60)).toContainText(message);
        // The preview is the sheet, which refuses it too, and the print button stays off.
        await expect(page.locator('iframe')).toHaveAttribute('data-state', 'refused');
        await expect(page.getByRole('button', { name: 'In ấn phẩm' })).toBeDisabled();
      });
    }
  });

  test('makes a ward poster with a contact block and an extra code; titles are text, never HTML', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('in-an/');
    await page.getByLabel('Gõ tên phường/xã').fill('xa can gio');
    await page.getByRole('button', { name: 'Xã Cần Giờ, Thành phố Hồ Chí Minh' }).click();
    // Focus moves to what changed: the line naming the ward chosen.
    await expect(page.locator('[data-ward-chosen]')).toBeFocused();
    await expect(page.locator('[data-ward-chosen]')).toHaveText('Đã chọn: Xã Cần Giờ, Thành phố Hồ Chí Minh');
    // HTML and an over-long title are refused with the reason, never cut, stripped or rendered.
    await page.getByLabel(/Tiêu đề/).fill('<script>alert(1)</script><img src=x onerror=alert(2)> and more than sixty characters here');
    await expect(page.getByLabel(/Tiêu đề/)).toHaveValue('<script>alert(1)</script><img src=x onerror=alert(2)> and more than sixty characters here');
    await expect(page.locator('[data-error-for="tieu-de"]')).toContainText('có ký tự "<"');
    await expect(page.locator('[data-count-for="tieu-de"]')).toContainText('89/60 ký tự: quá 29 ký tự');
    await expect(page.getByRole('button', { name: 'In ấn phẩm' })).toBeDisabled();
    await page.getByLabel(/Tiêu đề/).fill('Đăng ký định danh mức 2 & "kích hoạt" tại chỗ');
    await page.getByLabel(/Dòng phụ/).fill('Khu phố 3');
    await page.getByLabel(/Nơi liên hệ/).fill('Công an xã Cần Giờ');
    await page.getByLabel('Số điện thoại').fill('12345');
    await expect(page.locator('[data-error-for="lh-dt"]')).toContainText('không phải số điện thoại Việt Nam');
    await expect(page.getByRole('button', { name: 'In ấn phẩm' })).toBeDisabled();
    await page.getByLabel('Số điện thoại').fill('0903 858 668');
    await page.getByLabel(/Địa chỉ một trang/).fill('https://dichvucong.gov.vn/');
    await expect(page.locator('#qr-message')).toContainText('Sẽ thêm mã QR tới https://dichvucong.gov.vn/');
    // The example build has no siteUrl: printable, but the status names the missing ward code instead of "ready".
    await expect(page.locator('iframe')).toHaveAttribute('data-state', 'incomplete');
    await expect(page.getByRole('button', { name: 'In ấn phẩm' })).toBeEnabled();
    await expect(page.locator('[data-preview-status]')).toContainText('Thiếu mã QR: mã "Nơi đăng ký, liên hệ"');
    await expect(page.locator('[data-preview-status]')).not.toContainText('Sẵn sàng in');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.face-headline')).toHaveText('Đăng ký định danh mức 2 & "kích hoạt" tại chỗ');
    await expect(frame.locator('script:not([src]):not([type="application/json"]), img[src="x"]')).toHaveCount(0);
    await expect(frame.locator('.face-subtitle')).toContainText('Khu phố 3 · Xã Cần Giờ');
    await expect(frame.locator('.contact-place')).toHaveText('Công an xã Cần Giờ');
    await expect(frame.locator('.contact-phone')).toHaveText('0903 858 668');
    await expect(frame.locator('[data-slot="extra-qr"] .qr-code')).toHaveCount(1);
    expect(dialogs).toEqual([]);
    const src = await page.locator('iframe').getAttribute('data-src');
    expect(src).toContain('/in-an/a4/?ma=27664');
    await expect(page.getByRole('link', { name: 'Mở trang in riêng' })).toHaveAttribute('href', src!);
  });

  test('offers the English line, and says why it cannot print it while siteUrl is the placeholder', async ({ page }) => {
    await page.goto('in-an/?ma=27664');
    await page.getByLabel(/Thêm dòng tiếng Anh/).check();
    await expect(page.locator('iframe')).toHaveAttribute('data-src', /tieng-anh=1/);
    await expect(page.locator('iframe')).toHaveAttribute('data-state', 'refused');
    await expect(page.locator('[data-preview-status]')).toContainText('Dòng tiếng Anh: chưa cấu hình địa chỉ trang (siteUrl)');
    await page.getByLabel(/Địa chỉ một trang/).fill('https://dichvucong.gov.vn/');
    await expect(page.locator('[data-error-for="tieng-anh"]')).toContainText('bỏ mã QR thêm, hoặc bỏ dòng tiếng Anh');
  });

  test('names a character the print fonts cannot draw before printing', async ({ page }) => {
    await page.goto('in-an/');
    await page.getByLabel(/Tiêu đề/).fill('Đăng ký mức 2 👍');
    await expect(page.locator('[data-error-for="tieu-de"]')).toContainText('"👍" (biểu tượng cảm xúc hoặc hình vẽ, U+1F44D');
    await expect(page.getByRole('button', { name: 'In ấn phẩm' })).toBeDisabled();
  });

  test('the preview shows the whole sheet, scaled to fit the frame', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('in-an/');
    for (const format of ['Áp phích A3', 'Tờ rơi A5', 'Nhãn dán']) {
      await page.getByLabel(new RegExp(format)).check();
      await expect(page.locator('iframe')).toHaveAttribute('data-state', /^(incomplete|refused)$/);
      const frame = page.frameLocator('iframe');
      const fits = await frame.locator('.sheet').evaluate((sheet) => {
        const r = sheet.getBoundingClientRect();
        return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth + 0.5 && r.bottom <= window.innerHeight + 0.5 && r.width > 100;
      });
      expect(fits, format).toBe(true);
    }
  });

  test('makes a session notice and refuses a day already past', async ({ page }) => {
    await page.goto('in-an/?ma=27664');
    await expect(page.locator('[data-ward-chosen]')).toContainText('Xã Cần Giờ');
    await page.getByLabel(/Thông báo buổi đăng ký A4/).check();
    await expect(page.locator('fieldset[data-for="text"]')).toBeHidden();
    await page.getByLabel('Ngày').fill('2020-01-01');
    await page.getByLabel(/^Từ/).fill('07:30');
    await page.getByLabel(/^Đến/).fill('11:00');
    await page.getByLabel(/^Địa điểm/).fill('Nhà văn hóa ấp An Nghĩa');
    await expect(page.locator('[data-error-for="ngay"]')).toContainText('đã qua');
    await page.getByLabel('Ngày').fill(tomorrow());
    await expect(page.locator('[data-error-for="ngay"]')).toBeEmpty();
    await expect(page.locator('iframe')).toHaveAttribute('data-state', 'incomplete');
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-field="session-place"]')).toHaveText('Nhà văn hóa ấp An Nghĩa');
    await expect(frame.locator('[data-field="session-time"]')).toHaveText('7:30 – 11:00');
    await expect(frame.locator('[data-field="place-name"]')).toHaveText('Xã Cần Giờ');
  });

  test('offers ready-to-post texts for the ward, with no dead link while siteUrl is the placeholder', async ({ page }) => {
    await page.goto('in-an/?ma=27664');
    const zalo = page.getByLabel('Tin nhắn cho nhóm Zalo');
    await expect(zalo).toHaveJSProperty('readOnly', true);
    await expect(zalo).toHaveValue(/Nơi đăng ký, liên hệ của Xã Cần Giờ: \(chưa cấu hình địa chỉ trang\)/);
    await expect(page.getByLabel('Bài đọc trên loa phát thanh')).toHaveValue(/bà con Xã Cần Giờ.*tổng đài 1900 0368/s);
    for (const text of [await zalo.inputValue(), await page.getByLabel('Bài đọc trên loa phát thanh').inputValue()]) {
      expect(text).not.toMatch(/https?:|www\.|example/);
      expect(text).toContain('thẻ căn cước');
    }
  });
});

test.describe('npm run posters', () => {
  test('writes one PDF per format for a ward', async () => {
    test.setTimeout(120_000);
    const out = mkdtempSync(join(tmpdir(), 'posters-'));
    // The example build has no siteUrl: the sticker sheet would print no code at all, so it is refused
    // with the reason (and the run fails); the five sheets with the store codes are written.
    const failed = await run(process.execPath, ['scripts/posters.mjs', '--ward', '27664', '--out', out]).then(() => null, (error: { stdout: string }) => error);
    expect(failed?.stdout).toContain('6/6');
    expect(failed?.stdout).toContain('27664/nhan-dan: Ấn phẩm này không có mã QR nào');
    expect(readdirSync(join(out, '27664')).sort()).toEqual(PRINT_FORMAT_IDS.filter((f) => f !== 'nhan-dan').map((f) => `${f}.pdf`).sort());
    const a3 = await PDFDocument.load(readFileSync(join(out, '27664', 'a3.pdf')));
    expect(a3.getPageCount()).toBe(1);
    expect(Math.round(a3.getPage(0).getSize().width / (72 / 25.4))).toBe(297);
    rmSync(out, { recursive: true, force: true });
  });

  test('writes one notice per session of a CSV', async () => {
    test.setTimeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'sessions-'));
    const csv = join(dir, 'buoi.csv');
    writeFileSync(
      csv,
      `code,date,start,end,place,audience,format,contact_place,contact_address,contact_phone,contact_hours\n27664,${tomorrow()},07:30,11:00,"Nhà văn hóa ấp An Nghĩa",,a4,,,,\n27664,${tomorrow()},13:30,16:30,"${max(POSTER_LIMITS.sessionPlace)}","${max(POSTER_LIMITS.sessionAudience)}",a5,"${max(POSTER_LIMITS.contactPlace)}","${max(POSTER_LIMITS.contactAddress)}",0903 858 668,"${max(POSTER_LIMITS.contactHours)}"\n`,
    );
    const { stdout } = await run(process.execPath, ['scripts/posters.mjs', '--sessions', csv, '--out', join(dir, 'out')]);
    expect(stdout).toContain('2 hàng dữ liệu: 2 hợp lệ, 0 bị từ chối, 0 bỏ qua');
    const files = readdirSync(join(dir, 'out', 'thong-bao')).sort();
    expect(files).toEqual([`27664-${tomorrow()}-0730-a4.pdf`, `27664-${tomorrow()}-1330-a5.pdf`]);
    for (const file of files) expect((await PDFDocument.load(readFileSync(join(dir, 'out', 'thong-bao', file)))).getPageCount()).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
