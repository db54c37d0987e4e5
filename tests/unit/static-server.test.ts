// The static server that `npm start` and the browser tests use answers like a static host: reads
// only, and no redirect ever leaves the site, whatever the address looks like.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameSiteLocation, startStaticServer } from '../../scripts/lib/static-server.mjs';
import { headersFile, siteHeaders } from '../../src/lib/security-headers';
import { connect } from 'node:net';

let root = '';
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'vneid-server-'));
  mkdirSync(join(root, 'huong-dan'));
  writeFileSync(join(root, 'index.html'), '<p>trang chủ</p>');
  writeFileSync(join(root, 'huong-dan/index.html'), '<p>hướng dẫn</p>');
  writeFileSync(join(root, '404.html'), '<p>không có</p>');
  writeFileSync(join(root, '_redirects'), '/cu/ /huong-dan/ 301\n/ngoai/ //evil.example/x 301\n/tuyet-doi/ https://evil.example/x 301\n');
  writeFileSync(join(root, 'chi-muc.json'), JSON.stringify({ words: Array.from({ length: 90_000 }, (_, i) => `tu-${i}`) }));
  writeFileSync(join(root, '_headers'), headersFile({ base: '/', host: 'cloudflare-pages', scoped: [{ path: '/quan-tri/', policy: { 'default-src': ["'self'"], 'connect-src': ["'self'", 'https://api.github.com'] } }] }));
  mkdirSync(join(root, 'quan-tri'));
  writeFileSync(join(root, 'quan-tri/index.html'), '<p>quản trị</p>');
  server = await startStaticServer({ root });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request, so the path is sent exactly as written (fetch would normalise it). */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; location?: string; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers, ...(res.headers.location ? { location: res.headers.location } : {}) });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server', () => {
  it('serves GET and HEAD', async () => {
    expect((await raw('GET', '/')).status).toBe(200);
    expect((await raw('HEAD', '/huong-dan/')).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405', async (method) => {
    expect((await raw(method, '/')).status).toBe(405);
  });

  it.each([
    ['/.//evil.com/..%2F..%2F', undefined],
    ['//evil.com/huong-dan', undefined],
    ['/huong-dan', '/huong-dan/'],
    ['/\\\\evil.com/', undefined],
  ])('answers %s without sending the browser to another host', async (path, expected) => {
    const { status, location } = await raw('GET', path);
    if (location) {
      const target = new URL(location, 'http://site.test/');
      expect(target.host, `${path} → ${location}`).toBe('site.test');
      if (expected) expect(location).toBe(expected);
    } else {
      expect([400, 404]).toContain(status);
    }
  });

  it('keeps _redirects targets on the site', async () => {
    expect(await raw('GET', '/cu/')).toMatchObject({ status: 301, location: '/huong-dan/' });
    expect((await raw('GET', '/ngoai/')).location).toBe('/evil.example/x');
    expect((await raw('GET', '/tuyet-doi/')).location).toBe('/');
  });

  it('never reads outside its folder', async () => {
    expect((await raw('GET', '/../../etc/passwd')).status).toBe(404);
    expect((await raw('GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('sameSiteLocation collapses slashes and refuses schemes', () => {
    expect(sameSiteLocation('//evil.example/x')).toBe('/evil.example/x');
    expect(sameSiteLocation('/\\evil.example/x')).toBe('/evil.example/x');
    expect(sameSiteLocation('javascript:alert(1)')).toBe('/');
    expect(sameSiteLocation('/phuong-xa/27154/#cu-x')).toBe('/phuong-xa/27154/#cu-x');
  });

  const SITE_CSP = siteHeaders()[0]![1];

  it.each([
    ['a page', 'GET', '/huong-dan/', 200],
    ['a missing page', 'GET', '/khong-co/', 404],
    ['a method a static site refuses', 'POST', '/', 405],
    ['a malformed escape', 'GET', '/%E0%A4%A/', 400],
    ['a redirect', 'GET', '/cu/', 301],
  ])('sends the security headers on %s (%s %s → %i)', async (_what, method, path, status) => {
    const answer = await raw(method, path);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-security-policy']).toBe(SITE_CSP);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('sends the security headers on a 431 (header too large), written before any handler runs', async () => {
    const url = new URL(server.url);
    const text = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('close', () => resolve(data));
      socket.on('error', () => resolve(data));
    });
    expect(text).toMatch(/^HTTP\/1\.1 431/);
    expect(text).toContain(`Content-Security-Policy: ${SITE_CSP}`);
  });

  it('closes a connection that sends nothing in time without writing an answer into it (a browser would read it as the next request\'s)', async () => {
    const quick = await startStaticServer({ root, timeouts: { headersMs: 300, requestMs: 300, checkEveryMs: 100 } });
    try {
      const url = new URL(quick.url);
      const text = await new Promise<string>((resolve) => {
        const socket = connect(Number(url.port), url.hostname);
        let data = '';
        socket.on('data', (chunk) => (data += chunk));
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
      });
      expect(text).toBe('');
    } finally {
      await quick.close();
    }
  });

  it('scopes a path\'s own policy: the site policy is detached there, kept everywhere else', async () => {
    const admin = await raw('GET', '/quan-tri/');
    expect(admin.headers['content-security-policy']).toBe("default-src 'self'; connect-src 'self' https://api.github.com");
    expect((await raw('GET', '/huong-dan/')).headers['content-security-policy']).toBe(SITE_CSP);
  });

  it('serves JSON gzipped from a cache, not compressed again per request', async () => {
    const first = await raw('GET', '/chi-muc.json', { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(Number(first.headers['content-length'])).toBeLessThan(400_000);
  });

  it('stays up under 500 concurrent connections: every one is answered, none reset', async () => {
    const url = new URL(server.url);
    const results = await Promise.all(
      Array.from({ length: 500 }, () =>
        new Promise<number | string>((resolve) => {
          const req = request({ host: url.hostname, port: url.port, path: '/chi-muc.json', headers: { 'accept-encoding': 'gzip' }, agent: false }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', (error) => resolve((error as { code?: string }).code ?? 'lỗi'));
          req.end();
        }),
      ),
    );
    expect(results.filter((r) => r !== 200)).toEqual([]);
  }, 60_000);
});
