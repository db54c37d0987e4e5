// A copy of content/ to break one thing in, and the assertions every bad-input case shares. The
// copy is made from the real content (about 1 MB, a few milliseconds), so a case proves that the
// mistake is refused in the site as it is, not in a toy folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, expect } from 'vitest';
import { findContentProblems } from '../../src/lib/content-preflight';

const made: string[] = [];
// Each test's copies go when the test ends: removing a hundred of them at the end of the file took
// longer than a hook may on a busy machine (a CI run failed on it).
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vneid-content-'));
  made.push(dir);
  cpSync('content', dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of the copy; a pattern that matches nothing is a broken test, not a pass. */
export function edit(dir: string, file: string, change: (text: string) => string) {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`Ca kiểm thử không sửa được ${file}: mẫu thay thế không khớp.`);
  writeFileSync(path, after);
}

export const write = (dir: string, file: string, text: string) => writeFileSync(join(dir, file), text);

/** Adds text to the body of a Markdown/MDX file, after its frontmatter. */
export const appendBody = (dir: string, file: string, text: string) => edit(dir, file, (t) => `${t.trimEnd()}\n\n${text}\n`);

/** Replaces one frontmatter line (`key: …`) or adds it when absent. */
export const setFrontmatter = (dir: string, file: string, key: string, value: string | undefined) =>
  edit(dir, file, (t) => {
    const line = new RegExp(`^${key}:.*$`, 'm');
    if (value === undefined) return t.replace(new RegExp(`^${key}:.*\\n`, 'm'), '');
    return line.test(t) ? t.replace(line, `${key}: ${value}`) : t.replace(/^---\n/, `---\n${key}: ${value}\n`);
  });

/** Problems of a copy, with its folder written as "content" so messages read as staff see them. */
export function problemsOf(dir: string): string[] {
  const shown = relative(process.cwd(), dir);
  return findContentProblems(dir).map((p) => p.split(dir).join('content').split(shown).join('content'));
}

/**
 * What every refusal must be: at least one problem holding every phrase, every problem saying how
 * to fix it, none in English. The preflight is what stops `npm run build`, `astro dev` and the
 * importers, so a problem found here means nothing is published (tests/build proves that wiring).
 */
export function expectRefused(problems: string[], phrases: string[]) {
  const text = problems.join('\n');
  expect(problems.length, 'phải bị từ chối').toBeGreaterThan(0);
  expect(problems.some((p) => phrases.every((phrase) => p.includes(phrase))), `cần một lỗi chứa: ${phrases.join(' | ')}\n${text}`).toBe(true);
  for (const p of problems) expect(p, 'mỗi lỗi nói cách sửa').toContain('Sửa:');
  expect(text).not.toMatch(/\bRequired\b|Invalid input|Too big|Too small|Unrecognized key|expected (string|number)/);
}

/** Every file of a folder, to assert that a refused import wrote nothing. */
export function snapshotFolder(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}
