#!/usr/bin/env node
// `npm run cms`: the staff editing app on this computer, saving straight into content/ (for a
// deployer or a ward officer with the repository checked out; no Git host or sign-in needed).
// Starts Decap's local proxy on port 8081 over this folder (files only, no commit: review with
// `git diff`, then commit) and the development server; open http://localhost:4321/quan-tri/.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], { env: { ...process.env, GIT_REPO_DIRECTORY: process.cwd(), PORT: '8081', MODE: 'fs', BIND_HOST: '127.0.0.1' }, stdio: 'inherit' }),
  spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', 'localhost'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'inherit' }),
];
console.log('Trang quản trị: http://localhost:4321/quan-tri/ (Ctrl+C để dừng). Lưu xong, xem lại bằng git diff rồi commit.');
const stop = () => children.forEach((c) => c.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => (stop(), process.exit(code ?? 0)));
