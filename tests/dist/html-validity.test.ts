import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../scripts/lib/templates.mjs';
import { requireBuild } from './site-files';

// The W3C Nu HTML Checker (vnu-jar, needs Java) over every template plus a spread of real pages.
// CSS messages are filtered: its CSS grammar predates @property and other CSS that Tailwind 4
// emits and every current browser supports; this gate is about the HTML.
const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
const dir = 'dist';

function fileFor(path: string, status?: number) {
  if (status === 404) return join(dir, '404.html');
  return join(dir, path.split('?')[0]!, 'index.html');
}

function sample(folder: string, count: number) {
  const names = readdirSync(join(dir, folder)).filter((name) => existsSync(join(dir, folder, name, 'index.html'))).sort();
  const step = Math.max(1, Math.floor(names.length / count));
  return names.filter((_, i) => i % step === 0).slice(0, count).map((name) => join(dir, folder, name, 'index.html'));
}

describe('HTML validity (W3C Nu checker)', () => {
  it('finds no error on any template or sampled page', () => {
    requireBuild(dir);
    const files = [
      ...TEMPLATES.map((t) => fileFor(t.path, t.status)),
      ...sample('huong-dan', 20),
      ...readdirSync(join(dir, 'huong-dan')).map((g) => join(dir, 'huong-dan', g, 'in', 'index.html')).filter(existsSync),
      ...sample('hoi-dap', 8),
      ...sample('phuong-xa', 8),
      ...sample('phuong-xa/tinh', 4),
      ...['a4', 'a3', 'a5', 'nhan-dan', 'thong-bao-a4', 'thong-bao-a5'].map((f) => join(dir, 'in-an', f, 'index.html')),
    ];
    const svgs = readdirSync(join(dir, 'qr')).map((name) => join(dir, 'qr', name));
    const unique = [...new Set(files)];
    for (const file of unique) expect(existsSync(file), file).toBe(true);
    let report = '';
    try {
      execFileSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', '--also-check-svg', '--filterpattern', 'CSS: .*', ...unique, ...svgs], { stdio: 'pipe' });
    } catch (error) {
      report = String((error as { stderr?: Buffer }).stderr ?? error);
    }
    const messages = report ? (JSON.parse(report) as { messages: { type: string; url: string; lastLine?: number; message: string }[] }).messages : [];
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map((m) => `${m.url.replace(/^file:.*?dist\//, 'dist/')}:${m.lastLine ?? ''} ${m.message}`);
    expect(errors).toEqual([]);
    expect(unique.length).toBeGreaterThan(50);
  });
});
