// Where code may import from, judged by parsing every module's imports (es-module-lexer, the parser
// Vite uses), and what an entry point says on a Node.js too old for the project.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { init, parse } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';

beforeAll(async () => {
  await init;
});

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));

/** The relative specifiers a module imports (static and dynamic with a literal), resolved to repository paths. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const [imports] = parse(source, file);
  return imports.flatMap((i) => (i.n && i.n.startsWith('.') ? [normalize(join(dirname(file), i.n))] : []));
}

describe('import directions', () => {
  it('nothing in src/ imports scripts/ or tests/ (data flows content/ → src/ → dist/; scripts use src/)', () => {
    const wrong = files('src').flatMap((f) => importsOf(f).filter((target) => /^(scripts|tests)\//.test(target)).map((target) => `${f} → ${target}`));
    expect(wrong).toEqual([]);
  });

  it('astro.config.mjs only wires the project integration', () => {
    const targets = importsOf('astro.config.mjs');
    expect(targets).toEqual(['src/build/integration.ts']);
    expect(readFileSync('astro.config.mjs', 'utf8')).not.toMatch(/process\.exit/);
  });

  it('the parser sees what it must (the rule above can fail)', () => {
    expect(importsOf('scripts/build.mjs').some((t) => t.startsWith('src/'))).toBe(true);
    expect(relative('.', 'src/lib/routes.ts')).toBe('src/lib/routes.ts');
  });
});

describe('on a Node.js older than the project needs', () => {
  const source = readFileSync('scripts/lib/require-node.mjs', 'utf8');
  const run = (version: string) => {
    let written = '';
    let code: number | undefined;
    runInNewContext(source, { process: { versions: { node: version }, stderr: { write: (t: string) => (written += t) }, exit: (c: number) => (code = c) } });
    return { written, code };
  };
  it('says in Vietnamese and English which version is needed and how to get it, and stops', () => {
    const { written, code } = run('20.20.2');
    expect(code).toBe(1);
    expect(written).toContain('Cần Node.js 22.19 trở lên; máy này đang dùng Node.js 20.20.2.');
    expect(written).toContain('This project needs Node.js 22.19 or newer');
    expect(written).toContain('npm install --prefix ~/.cache/node22 node@22');
  });
  it('lets 22.19 and newer through', () => {
    expect(run('22.19.0')).toEqual({ written: '', code: undefined });
    expect(run('24.1.0')).toEqual({ written: '', code: undefined });
    expect(run('22.18.9').code).toBe(1);
  });
  it('every npm script that runs Node code loads the check first', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const direct = Object.entries(scripts).filter(([, cmd]) => /(^|\s)(node|astro|vitest|playwright)\s/.test(cmd) && !cmd.includes('--import ./scripts/lib/require-node.mjs'));
    expect(direct).toEqual([]);
  });
});
