// The staff editing app, driven as a ward officer would: open /quan-tri/ in Chromium against a local
// Git backend (Decap's proxy over a throwaway copy of content/), choose the ward by typing its name,
// add a contact and a registration day, save. The test reads the YAML written, runs the content
// preflight on it, builds a site from it and opens the ward page on a 360×780 phone: the day is on
// the first screen. Then a refused value: the form says what the schema says, and nothing is written.
import { test, expect, type Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { findContentProblems } from '../../src/lib/content-preflight';
import { checkField, checkTimeRange } from '../../src/lib/field-rules';
import { todayInVietnam } from '../../src/lib/dates';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { walkBudget } from './helpers';

test.describe.configure({ mode: 'serial' });

const work = resolve('.content-test-cms');
const content = join(work, 'content');
const WARD = '27154'; // Phường Bàn Cờ, Thành phố Hồ Chí Minh: no ward file in content/ yet
let proxy: ChildProcess | undefined;

/** Days in Vietnam, so the test holds in any time zone: the session is the day after tomorrow. */
const dayAfter = (days: number) => new Date(Date.parse(`${todayInVietnam()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const SESSION_DAY = dayAfter(2);
const VERIFIED = dayAfter(-1);

test.beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync('content', content, { recursive: true });
  expect(existsSync(join(content, 'wards', `${WARD}.yaml`)), 'chọn một phường/xã chưa có tệp').toBe(false);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: work });
  // Decap's local proxy: the address the built app uses on localhost (src/build/cms-config.ts).
  proxy = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, GIT_REPO_DIRECTORY: work, PORT: '8081', MODE: 'fs', LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch('http://localhost:8081/api/v1', { method: 'POST', body: JSON.stringify({ action: 'info' }), headers: { 'Content-Type': 'application/json' } });
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('decap-server không chạy trên cổng 8081 (cổng đang bận?).');
});

test.afterAll(() => {
  proxy?.kill();
  rmSync(work, { recursive: true, force: true });
});

async function signIn(page: Page) {
  await page.goto('quan-tri/');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Phường/xã: liên hệ và buổi đăng ký').first()).toBeVisible();
}

/** The form's own field, by its label (Decap renders <label for>, adding "(không bắt buộc)" to optional ones). */
const field = (scope: Page | ReturnType<Page['locator']>, label: string) => scope.getByLabel(new RegExp(`^${label}( \\(không bắt buộc\\))?$`)).filter({ visible: true });

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay').click();
}

test('a ward officer publishes a contact and a registration day, and the ward page shows the day on its first screen', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // The app talks to the site itself and to the configured Git host only (here: the local proxy).
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await signIn(page);
  await page.goto('quan-tri/#/collections/wards/new');
  // Choose the ward by typing its name without diacritics.
  await page.getByPlaceholder('Gõ tên phường/xã, ví dụ Xuân Hòa hoặc xuan hoa').fill('ban co');
  await page.getByRole('button', { name: 'Phường Bàn Cờ, Thành phố Hồ Chí Minh' }).click();
  await expect(page.getByText(`(mã ${WARD})`)).toBeVisible();

  await page.getByRole('button', { name: /Thêm buổi đăng ký/ }).click();
  const session = page;
  await field(session, 'Ngày').fill(SESSION_DAY);
  await field(session, 'Giờ bắt đầu').fill('07:30');
  await field(session, 'Giờ kết thúc').fill('11:00');
  await field(session, 'Địa điểm').fill('Nhà văn hóa khu phố 3');

  await page.getByRole('button', { name: /Thêm nơi liên hệ/ }).click();
  const contact = page;
  await field(contact, 'Tên nơi liên hệ').fill('Công an phường Bàn Cờ');
  await field(contact, 'Địa chỉ').fill('Số 1 đường Thử Nghiệm');
  await field(contact, 'Số điện thoại').fill('069 232 6555');
  await field(contact, 'Ngày xác minh').fill(VERIFIED);

  await publish(page);
  const file = join(content, 'wards', `${WARD}.yaml`);
  await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);

  // The YAML written, read back.
  const data = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(data).toMatchObject({
    code: WARD,
    name: 'Phường Bàn Cờ',
    sessions: [{ date: SESSION_DAY, start: '07:30', end: '11:00', place: 'Nhà văn hóa khu phố 3' }],
    contacts: [{ name: 'Công an phường Bàn Cờ', address: 'Số 1 đường Thử Nghiệm', phone: '069 232 6555', source: 'phuong-xa-cong-bo', verified: VERIFIED }],
  });
  expect([...origins].filter((o) => o !== new URL(page.url()).origin && o !== 'http://localhost:8081')).toEqual([]);
  // What the app wrote passes the same checks as everything else.
  expect(findContentProblems(content)).toEqual([]);

  // The next build shows the day on the ward page's first screen (a province-scoped build, for speed).
  writeFileSync(join(content, 'settings', 'site.yaml'), `${readFileSync(join(content, 'settings', 'site.yaml'), 'utf8')}\nscope:\n  provinces: [ho-chi-minh]\n`);
  const out = join(work, 'dist');
  execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, VNEID_CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024 });
  const server = await startStaticServer({ root: out });
  try {
    const phone = await browser.newPage({ viewport: { width: 360, height: 780 } });
    await phone.goto(`${server.url}phuong-xa/${WARD}/`);
    const when = phone.locator('[data-when] [data-when-option]:visible');
    await expect(when).toContainText('7:30–11:00, Nhà văn hóa khu phố 3');
    const box = await when.boundingBox();
    expect(box!.y + box!.height, 'trên màn hình đầu tiên (780 px)').toBeLessThanOrEqual(780);
    await expect(phone.locator('#buoi-dang-ky')).toBeVisible();
    await expect(phone.getByText('Số 1 đường Thử Nghiệm').first()).toBeVisible();
  } finally {
    await server.close();
  }
});

// One signed-in tab for every refused value: each case opens a new entry inside the app (no reload
// of the app per case, which was most of this block's time).
test('the form refuses what the schema refuses, with the same message, and writes nothing', async ({ page }) => {
  const cases: [string, 'session' | 'contact', string, string, Parameters<typeof checkField>[0]][] = [
    ['a phone that is not Vietnamese', 'contact', 'Số điện thoại', '0123 456', 'contact.phone'],
    ['a verification day in the future', 'contact', 'Ngày xác minh', dayAfter(30), 'contact.verified'],
    ['a name with a zero-width space', 'contact', 'Tên nơi liên hệ', 'Công an\u200b phường', 'contact.name'],
    ['a place over its limit', 'session', 'Địa điểm', 'Nhà văn hóa '.repeat(12), 'session.place'],
    ['HTML in a place', 'session', 'Địa điểm', '<b>Nhà văn hóa</b>', 'session.place'],
  ];
  test.setTimeout(walkBudget(cases.length + 1, 15_000));
  const file = join(content, 'wards', '27142.yaml');
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const before = read();
  const nothingWritten = async () => {
    await page.waitForTimeout(500);
    expect(read(), 'không được ghi tệp nào').toBe(before);
  };
  // Leaving an entry with unsaved changes asks first; each case starts a new one on purpose.
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page);
  /** A new, unsaved entry for Phường Nhiêu Lộc with one empty item of the list. */
  const newEntry = async (list: 'session' | 'contact') => {
    // Through the list, which closes the last entry and drops its draft (the app keeps a draft
    // while the address stays on /new).
    await page.goto('quan-tri/#/collections/wards');
    await expect(page.getByRole('button', { name: 'Công bố', exact: true })).toBeHidden();
    await page.goto('quan-tri/#/collections/wards/new');
    await page.getByPlaceholder('Gõ tên phường/xã, ví dụ Xuân Hòa hoặc xuan hoa').fill('nhieu loc');
    await page.getByRole('button', { name: /^Phường Nhiêu Lộc, / }).click();
    await page.getByRole('button', { name: list === 'session' ? /Thêm buổi đăng ký/ : /Thêm nơi liên hệ/ }).click();
  };
  for (const [what, list, label, value, rule] of cases) {
    await test.step(what, async () => {
      await newEntry(list);
      await field(page, label).fill(value);
      await publish(page);
      const expected = checkField(rule, value);
      expect(expected.ok, 'giá trị này phải bị quy tắc từ chối').toBe(false);
      await expect(page.getByText((expected as { reason: string }).reason, { exact: true }).first()).toBeVisible();
      await nothingWritten();
    });
  }
  await test.step('a day that ends before it starts (a rule across two fields)', async () => {
    await newEntry('session');
    await field(page, 'Ngày').fill(SESSION_DAY);
    await field(page, 'Giờ bắt đầu').fill('11:00');
    await field(page, 'Giờ kết thúc').fill('07:30');
    await field(page, 'Địa điểm').fill('Nhà văn hóa');
    await publish(page);
    await expect(page.getByText(checkTimeRange('11:00', '07:30')!, { exact: true }).first()).toBeVisible();
    await nothingWritten();
  });
});
