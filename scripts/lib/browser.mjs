// Browser launch settings for the tests and scripts (posters, bench, screenshots).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-sandbox', '--disable-gpu', '--no-first-run'];

// Debian packages the same Chromium twice: the whole browser, and the headless shell (the engine
// without the browser around it, what Playwright itself runs headless). The shell does the same
// layout, scripts and PDF printing at about half the CPU: on 2 cores the 162 browser tests took
// 167 s with it and 300 s with the whole browser (worker time 287 s against 538 s).
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const WHOLE_BROWSER = '/usr/bin/chromium';

/**
 * The whole browser, for Lighthouse, which measures what a visitor's Chrome does: CHROMIUM_PATH,
 * else Debian's /usr/bin/chromium, else undefined (the caller's default).
 */
export function chromiumExecutable(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (existsSync(WHOLE_BROWSER)) return WHOLE_BROWSER;
  return undefined;
}

/**
 * The browser Playwright launches: CHROMIUM_PATH, else Debian's headless shell, else Debian's whole
 * browser, else undefined (Playwright's own downloaded browser).
 */
export function headlessExecutable(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
  return chromiumExecutable(env);
}

/** Launch options for Playwright's chromium.launch() and the test config. */
export function launchOptions() {
  const executablePath = headlessExecutable();
  return { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };
}
