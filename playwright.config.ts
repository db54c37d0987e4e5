import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/browser.mjs';

// Two builds of the same content: dist/ at the domain root and dist-subpath/ under /vneid-guide/,
// each served on loopback by the same static server `npm start` uses.
// E2E_PORT lets several checkouts run their tests at once on one machine.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4400);
const SUBPATH_PORT = ROOT_PORT + 1;
export const SUBPATH = '/vneid-guide/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  forbidOnly: !!process.env.CI,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: launchOptions(),
    locale: 'vi-VN',
  },
  projects: [
    {
      name: 'root',
      testIgnore: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
    },
    {
      name: 'subpath',
      testMatch: /base-path\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist --base / --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs dist-subpath --base ${SUBPATH} --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: false,
    },
  ],
});
