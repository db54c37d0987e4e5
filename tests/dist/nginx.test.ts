// The nginx recipe runs: the generated server block (npm run nginx:conf) passes `nginx -t`, and a
// real nginx serving each build sends the security headers on every answer, gzips the ward index,
// hides its version, redirects with relative addresses and serves the 404 page. CI installs nginx
// (.ci/run); on a machine without it this file says so and skips.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxServerBlock, siteHeaders } from '../../src/lib/security-headers';
import { BUILDS, requireBuild } from './site-files';

const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
if (!nginx) console.warn('nginx không có trên máy này: bỏ qua kiểm thử cấu hình nginx (CI cài nginx).');

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const running: { child: ChildProcess; dir: string }[] = [];
afterAll(() => {
  for (const { child, dir } of running) {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});

/** nginx.conf around the generated block, with every path nginx writes inside a scratch folder. */
async function startNginx(build: (typeof BUILDS)[number]) {
  const dir = mkdtempSync(join(tmpdir(), 'vneid-nginx-'));
  const root = join(dir, 'www');
  mkdirSync(root);
  // dist/ copied (here: linked) to <root><base>, as the README says.
  if (build.base === '/') symlinkSync(resolve(build.dir), join(root, 'site'));
  else {
    mkdirSync(join(root, 'site'));
    symlinkSync(resolve(build.dir), join(root, 'site', build.base.replace(/\//g, '')));
  }
  const port = await freePort();
  const block = nginxServerBlock({ base: build.base, root: join(root, 'site'), serverName: 'localhost', port });
  const conf = join(dir, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n');
  writeFileSync(conf, `pid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nuser root;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n${temp}\n${block}}\n`);
  const check = execFileSync(nginx!, ['-t', '-c', conf, '-p', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  void check;
  const child = spawn(nginx!, ['-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: 'ignore' });
  running.push({ child, dir });
  for (let i = 0; i < 100; i++) {
    try {
      await get(port, build.base);
      return port;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('nginx không chạy được');
}

describe.skipIf(!nginx).each(BUILDS)('nginx serving $dir (base $base)', (build) => {
  it('passes nginx -t, and answers with the headers, gzip, relative redirects and the 404 page', async () => {
    requireBuild(build.dir);
    const port = await startNginx(build);
    const [policy] = siteHeaders();
    for (const path of [build.base, `${build.base}khong-co-trang-nay/`]) {
      const answer = await get(port, path);
      expect(answer.headers['content-security-policy'], path).toBe(policy![1]);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers.server).toBe('nginx');
    }
    const missing = await get(port, `${build.base}khong-co-trang-nay/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('lang="vi"');
    const index = await get(port, `${build.base}tim-kiem/chi-muc.json`, { 'accept-encoding': 'gzip' });
    expect(index.headers['content-encoding']).toBe('gzip');
    expect(index.body.length).toBeLessThan(gunzipSync(index.body).length / 3);
    const redirect = await get(port, `${build.base}in-an/27664/a4/`, { host: 'evil.example' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`${build.base}in-an/a4/?ma=27664`);
    const folder = await get(port, `${build.base}huong-dan`, { host: 'evil.example' });
    expect(folder.status).toBe(301);
    expect(String(folder.headers.location)).toMatch(/^\//);
  }, 60_000);
});
