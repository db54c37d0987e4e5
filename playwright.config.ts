import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/browser.mjs';

// Two builds of the same content: dist/ at the domain root and dist-subpath/ under /vneid-guide/,
// each served on loopback by the same static server `npm start` uses.
const ROOT_PORT = 4400;
const SUBPATH_PORT = 4401;
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
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs dist-subpath --base ${SUBPATH} --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
