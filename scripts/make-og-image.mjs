#!/usr/bin/env node
// Draws public/og-image.png (1200×630), the picture Zalo and Facebook show beside a shared link.
// Run after changing siteName/locality in content/settings/site.yaml: `node scripts/make-og-image.mjs`.
// Rendered by Chromium from HTML so Vietnamese text uses a real shaping engine; committed as a PNG
// because link-preview crawlers do not read SVG.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { launchOptions } from './lib/browser.mjs';

const settings = /** @type {{ siteName?: unknown, locality?: unknown }} */ (parse(readFileSync('content/settings/site.yaml', 'utf8')));
const escape = (/** @type {unknown} */ text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(`<!doctype html><html lang="vi"><body style="margin:0;width:1200px;height:630px;background:#a50e0e;color:#fff;font-family:system-ui,'Noto Sans',Roboto,Arial,sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 80px;box-sizing:border-box">
  <div style="font-size:40px;font-weight:700;opacity:.9">${escape(settings.siteName)} · ${escape(settings.locality)}</div>
  <div style="font-size:76px;font-weight:800;line-height:1.1;margin:24px 0">Tài khoản định danh điện tử VNeID</div>
  <div style="font-size:40px">Tải đúng ứng dụng · Đăng ký · Kích hoạt · Cảnh giác lừa đảo</div>
</body></html>`);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log('Đã vẽ public/og-image.png');
