#!/usr/bin/env node
// `npm run docs:screenshots` (after `npm run build`): the pictures of the Vietnamese staff guide
// (docs/vi/quan-tri.md), taken from the built editing app on a phone-sized screen against Decap's
// local proxy over a throwaway copy of content/, so the guide shows exactly what staff will see.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from './lib/browser.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { loadDeploySettings } from '../src/build/deploy-settings.ts';

const deploy = loadDeploySettings();
const out = 'docs/vi/anh';
const work = mkdtempSync(join(tmpdir(), 'vneid-docs-'));
cpSync(deploy.contentDir, join(work, 'content'), { recursive: true });
execFileSync('git', ['init', '-q'], { cwd: work });
const proxy = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], { env: { ...process.env, GIT_REPO_DIRECTORY: work, PORT: '8081', MODE: 'fs', LOG_LEVEL: 'error' }, stdio: 'ignore' });
const server = await startStaticServer({ root: deploy.outDir, base: deploy.base });
const browser = await chromium.launch(launchOptions());
try {
  await new Promise((r) => setTimeout(r, 1500));
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'vi-VN' });
  const shot = (/** @type {string} */ name) => page.screenshot({ path: join(out, `${name}.png`) });
  const field = (/** @type {string} */ label) => page.getByLabel(new RegExp(`^${label}( \\(không bắt buộc\\))?$`)).filter({ visible: true });
  await page.goto(`${server.url}quan-tri/`);
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
  await shot('1-dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Phường/xã: liên hệ và buổi đăng ký').first().waitFor();
  await shot('2-danh-muc');
  await page.goto(`${server.url}quan-tri/#/collections/wards/new`);
  await page.getByPlaceholder('Gõ tên phường/xã, ví dụ Xuân Hòa hoặc xuan hoa').fill('ban co');
  await page.getByRole('button', { name: 'Phường Bàn Cờ, Thành phố Hồ Chí Minh' }).waitFor();
  await shot('3-chon-phuong-xa');
  await page.getByRole('button', { name: 'Phường Bàn Cờ, Thành phố Hồ Chí Minh' }).click();
  await page.getByRole('button', { name: /Thêm buổi đăng ký/ }).click();
  await field('Ngày').fill('2026-12-12');
  await field('Giờ bắt đầu').fill('07:30');
  await field('Giờ kết thúc').fill('11:00');
  await field('Địa điểm').fill('Nhà văn hóa khu phố 3');
  await field('Địa điểm').scrollIntoViewIfNeeded();
  await shot('4-buoi-dang-ky');
  await field('Giờ kết thúc').fill('06:00');
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay').click();
  await page.getByText('không sau giờ bắt đầu').first().scrollIntoViewIfNeeded().catch(() => {});
  await page.waitForTimeout(500);
  await shot('5-bao-loi');
  console.log(`Đã chụp 5 ảnh vào ${out}/.`);
} finally {
  await browser.close();
  proxy.kill();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
