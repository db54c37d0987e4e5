// The static server that `npm start` and the browser tests use answers like a static host: reads
// only, and no redirect ever leaves the site, whatever the address looks like.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameSiteLocation, startStaticServer } from '../../scripts/lib/static-server.mjs';

let root = '';
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'vneid-server-'));
  mkdirSync(join(root, 'huong-dan'));
  writeFileSync(join(root, 'index.html'), '<p>trang chủ</p>');
  writeFileSync(join(root, 'huong-dan/index.html'), '<p>hướng dẫn</p>');
  writeFileSync(join(root, '404.html'), '<p>không có</p>');
  writeFileSync(join(root, '_redirects'), '/cu/ /huong-dan/ 301\n/ngoai/ //evil.example/x 301\n/tuyet-doi/ https://evil.example/x 301\n');
  server = await startStaticServer({ root });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw request, so the path is sent exactly as written (fetch would normalise it). */
function raw(method: string, path: string): Promise<{ status: number; location?: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, ...(res.headers.location ? { location: res.headers.location } : {}) });
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
    expect(await raw('GET', '/cu/')).toEqual({ status: 301, location: '/huong-dan/' });
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
});
