import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, type Page } from '@playwright/test';
import { TEMPLATES } from '../../scripts/lib/templates.mjs';
import { findSensitiveFields, SENSITIVE_WORDS } from '../sensitive-fields';
import { collectForeignRequests, walkBudget } from './helpers';

// Every template, on a small phone (its scripts arriving late) and on a desktop: nothing jumps when
// the scripts arrive, axe-core's WCAG 2.2 A/AA rules find nothing, the page asks nothing of any
// other origin, the Content-Security-Policy the static server sends from dist/_headers
// (src/lib/security-headers.ts) is never violated, and no field asks for a password, OTP or ID number.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

const [PHONE] = VIEWPORTS;
// Templates that load scripts: on them the late-script check must have held something back.
const SCRIPTED = ['guide', 'download', 'ward-lookup', 'search', 'generator'];

// On slow mobile data the page paints before its scripts arrive; whatever the scripts then add or
// change must not push the text a resident is reading (CLS "good" is at most 0.1). On the phone
// width every script is held back 700 ms, so the first paint really happens without them; on the
// desktop they run at once. Every layout shift from the first paint on is summed.
function recordLayoutShifts() {
  const shifts: { value: number; sources: string[] }[] = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
      shifts.push({
        value: shift.hadRecentInput ? 0 : shift.value,
        sources: (shift.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function holdScriptsBack(page: Page) {
  let held = 0;
  await page.route(/\.(js|mjs)(\?|$)/, async (route) => {
    held += 1;
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  return { count: () => held };
}

async function expectNoLayoutShift(page: Page) {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
  const total = shifts.reduce((sum, s) => sum + s.value, 0);
  expect(total, `dịch chuyển bố cục (CLS) ${JSON.stringify(shifts, null, 1)}`).toBeLessThanOrEqual(0.1);
}

/** Waits for what JavaScript adds, so axe also sees the enhanced page. */
async function settle(page: Page, id: string) {
  if (id === 'search' || id === 'en-search') await expect(page.locator('[data-results] li').first()).toBeVisible();
  if (id === 'en-ward') await expect(page.locator('[data-en-ward-heading]')).not.toHaveText('Your ward');
  if (id === 'ward-lookup') {
    await page.getByLabel(/tên phường/i).first().fill('can gio');
    await expect(page.getByRole('link', { name: /Cần Giờ/ }).first()).toBeVisible();
  }
  if (id === 'generator') await expect(page.frameLocator('iframe').locator('.sheet')).toBeVisible();
  if (/^(poster|leaflet|stickers|session)/.test(id)) await expect(page.locator('html')).toHaveAttribute('data-print-state', /^(ready|incomplete|refused)$/);
  if (id === 'former-unit') await page.waitForURL(/\/phuong-xa\/\d+\//);
}

test.describe('quality gates on every template', () => {
  for (const template of TEMPLATES) {
    // Both widths in one tab, each a fresh load at its width (one browser context per template).
    test(`${template.id} at ${VIEWPORTS.map((v) => `${v.width}px`).join(' and ')}`, async ({ page, baseURL }) => {
      test.setTimeout(walkBudget(VIEWPORTS.length, 15_000));
      const foreign = collectForeignRequests(page, new URL(baseURL!).origin);
      const cspConsole: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) cspConsole.push(message.text());
      });
      // Runs before any page script and outside the page's CSP, in every frame of every load.
      await page.addInitScript(() => {
        const log: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = log;
        document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.addInitScript(recordLayoutShifts);
      for (const viewport of VIEWPORTS) await test.step(`${viewport.width}px`, async () => {
        foreign.length = 0;
        cspConsole.length = 0;
        await page.setViewportSize(viewport);
        // On the phone, scripts arrive late (see below); on the desktop, at once.
        const late = viewport === PHONE ? await holdScriptsBack(page) : undefined;
        const response = await page.goto(template.path);
        expect(response?.status()).toBe(template.status ?? 200);
        const headers = response!.headers();
        expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(headers['x-content-type-options']).toBe('nosniff');
        await settle(page, template.id);
        if (!template.redirects) {
          // Until every held-back script has arrived and run (a page that asked for none by its
          // load event asks for none later: only a script could).
          if (late?.count()) await page.waitForLoadState('networkidle');
          await expectNoLayoutShift(page);
        }
        if (late) {
          // The test held scripts back where the template has any (it measured something real).
          if (SCRIPTED.includes(template.id)) expect(late.count(), 'số tệp script bị giữ lại').toBeGreaterThan(0);
          await page.unrouteAll();
        }

        await page.evaluate(axeSource);
        const results = await page.evaluate(
          (tags) =>
            (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(
              document,
              { runOnly: { type: 'tag', values: tags }, iframes: false, resultTypes: ['violations'] },
            ),
          WCAG_TAGS,
        );
        const violations = results.violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(violations, `axe trên /${template.path} (${viewport.width}px)`).toEqual([]);

        const sensitive = await page.evaluate(findSensitiveFields, SENSITIVE_WORDS);
        expect(sensitive, 'ô nhập hỏi mật khẩu, OTP hoặc số giấy tờ').toEqual([]);

        const cspEvents: string[] = [];
        // Every frame has the listener (addInitScript runs in each); a frame that cannot be read fails the test.
        for (const frame of page.frames()) {
          const events = await frame.evaluate(() => (window as unknown as { __csp?: string[] }).__csp);
          expect(events, `khung ${frame.url()} không có bộ ghi vi phạm CSP`).toBeDefined();
          cspEvents.push(...events!);
        }
        expect(cspEvents, 'vi phạm Content-Security-Policy').toEqual([]);
        expect(cspConsole, 'vi phạm Content-Security-Policy (console)').toEqual([]);
        expect(foreign, 'yêu cầu ra ngoài trang').toEqual([]);
      });
    });
  }
});

// The CSP stops foreign requests where the host sends it; residents may be served by a host that
// does not (GitHub Pages sends no custom headers), so the pages themselves must ask for nothing.
test('no template requests another origin even when no CSP is sent', async ({ browser, baseURL }) => {
  test.setTimeout(walkBudget(TEMPLATES.length));
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const foreign = collectForeignRequests(page, new URL(baseURL!).origin);
  for (const template of TEMPLATES) {
    await page.goto(new URL(template.path, baseURL).href);
    await settle(page, template.id);
  }
  expect(foreign).toEqual([]);
  await context.close();
});
