import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { launchOptions } from './scripts/lib/browser.mjs';

/** Two ports the system has free right now (listening on port 0 and reading what it gave). */
const FREE_PORTS = `const net=require('net');const a=net.createServer().listen(0,'127.0.0.1',()=>{const b=net.createServer().listen(0,'127.0.0.1',()=>{console.log(a.address().port+' '+b.address().port);a.close();b.close();});});`;

// Two builds of the same content: dist/ at the domain root (the whole country) and dist-subpath/
// under /vneid-guide/ (one province, as a ward's own deployment: npm run build:subpath), each served
// on loopback by the same static server `npm start` uses. Ports are free ones the system gives
// (E2E_PORT / E2E_SUBPATH_PORT to choose): a port already taken never fails the run. They are
// chosen once, in the runner, and reach the workers through the environment.
if (!process.env.E2E_PORT || !process.env.E2E_SUBPATH_PORT) {
  const [a, b] = execFileSync(process.execPath, ['-e', FREE_PORTS], { encoding: 'utf8' }).trim().split(' ');
  process.env.E2E_PORT ??= a;
  process.env.E2E_SUBPATH_PORT ??= b;
}
const ROOT_PORT = Number(process.env.E2E_PORT);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT);
export const SUBPATH = '/vneid-guide/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One worker more than cores: a worker's page often waits (a load, a PDF, a short pause), leaving
  // its core part idle. Measured on 2 cores with the headless shell, four runs each: 3 workers
  // 146–184 s, 2 workers 167–192 s (4 workers, once: 171 s).
  workers: availableParallelism() + 1,
  reporter: process.env.CI ? 'line' : 'list',
  forbidOnly: !!process.env.CI,
  globalTeardown: './tests/support/e2e-teardown.ts',
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
