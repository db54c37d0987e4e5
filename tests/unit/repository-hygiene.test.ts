// The repository must build on any machine: no tracked file may name a path on one machine
// (a home folder, a CI workspace, a drive letter). Reference data outside the repository is found
// relative to it (../shared) or through an environment variable, and skipped when absent.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Absolute paths that only exist on one machine. */
export const MACHINE_PATH = /(?<![\w.:/-])(\/(work|home|root|Users|mnt|srv|tmp\/[\w.-]+)\/[\w.@-]+|[A-Za-z]:\\\\(Users|work)\\\\)/;

describe('tracked files', () => {
  it('name no absolute path of a machine', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      // This file holds sample paths to test the pattern itself.
      if (/\.(png|jpg|ico|pdf|woff2?)$/.test(file) || file === 'package-lock.json' || file === 'tests/unit/repository-hygiene.test.ts') continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (MACHINE_PATH.test(line)) found.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the pattern recognises machine paths and leaves site paths alone', () => {
    for (const bad of ['const dir = "/work/shared/data"', "find('/home/ci/repo')", 'C:\\\\Users\\\\an\\\\x', 'cat /root/.cache/x', 'at /tmp/vneid-123/file']) expect(bad, bad).toMatch(MACHINE_PATH);
    for (const ok of ['/phuong-xa/27154/', 'https://vneid.gov.vn/work/x', 'href="/huong-dan/"', '../shared/data/dvhcvn-2025', 'node_modules/.astro']) expect(ok, ok).not.toMatch(MACHINE_PATH);
  });
});
