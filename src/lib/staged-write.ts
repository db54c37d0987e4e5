import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * All-or-nothing writes into content/ (the contacts import, and any tool that writes several
 * files). Every new file is first written in full beside its target as "<name>.tmp"; then a
 * journal listing them is put in place with one rename; then each file is renamed over its target;
 * then the journal goes. A process killed at any point leaves either the old content with stray
 * temporary files, or a journal from which the write can be finished: the content preflight
 * refuses to build in both cases and says how to recover, so a half-applied import is never
 * published.
 */

/** The journal of a write in progress, in content/. */
export const JOURNAL_FILE = '.ghi-dang-do.json';
const TMP = '.tmp';
export const RECOVER_COMMAND = 'npm run wards:import -- --khoi-phuc';

interface Journal {
  what: string;
  started: string;
  files: string[];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const show = (contentDir: string, file: string) => join(contentDir, relative(contentDir, file)).split(sep).join('/');

/** What the preflight reports: an unfinished write, or temporary files left behind. */
export function findUnfinishedWrites(contentDir: string): string[] {
  const journal = join(contentDir, JOURNAL_FILE);
  if (existsSync(journal)) {
    let detail = '';
    try {
      const j = JSON.parse(readFileSync(journal, 'utf8')) as Journal;
      detail = ` (${j.what}, bắt đầu ${j.started}, ${j.files.filter((f) => existsSync(join(contentDir, f) + TMP)).length}/${j.files.length} tệp chưa thay)`;
    } catch {
      // an unreadable journal is reported all the same
    }
    return [`${show(contentDir, journal)}: lần ghi nội dung trước bị ngắt giữa chừng${detail}, nội dung đang nửa cũ nửa mới nên chưa dựng trang. Sửa: chạy ${RECOVER_COMMAND} để ghi nốt, rồi kiểm tra lại bằng npm start.`];
  }
  const strays = walk(contentDir).filter((f) => f.endsWith(TMP));
  if (!strays.length) return [];
  const names = strays.slice(0, 3).map((f) => show(contentDir, f)).join(', ');
  return [`Còn ${strays.length} tệp tạm của một lần ghi bị ngắt (${names}${strays.length > 3 ? ', …' : ''}); nội dung cũ còn nguyên nhưng chưa dựng trang cho tới khi dọn. Sửa: chạy ${RECOVER_COMMAND} để xóa tệp tạm, rồi chạy lại lần nhập.`];
}

/**
 * Writes every file or none. `files` paths are relative to contentDir. Refuses to start while an
 * earlier write is unfinished. `pause` is for tests: called between renames to simulate a kill.
 */
export function writeAllOrNothing(contentDir: string, what: string, files: { path: string; text: string }[], { pause }: { pause?: (done: number) => void } = {}): void {
  const unfinished = findUnfinishedWrites(contentDir);
  if (unfinished.length) throw new Error(unfinished.join('\n'));
  for (const { path, text } of files) writeFileSync(join(contentDir, path) + TMP, text);
  const journal: Journal = { what, started: new Date().toISOString(), files: files.map((f) => f.path) };
  writeFileSync(join(contentDir, JOURNAL_FILE) + TMP, JSON.stringify(journal, null, 1));
  renameSync(join(contentDir, JOURNAL_FILE) + TMP, join(contentDir, JOURNAL_FILE));
  files.forEach(({ path }, i) => {
    pause?.(i);
    renameSync(join(contentDir, path) + TMP, join(contentDir, path));
  });
  rmSync(join(contentDir, JOURNAL_FILE));
}

/**
 * Finishes an interrupted write from its journal (every new file was complete before the journal
 * existed), or, without a journal, removes the temporary files of a write that never started its
 * renames. Returns what it did, for the message.
 */
export function recoverUnfinishedWrites(contentDir: string): { finished: number; removed: number } {
  const journalPath = join(contentDir, JOURNAL_FILE);
  let finished = 0;
  if (existsSync(journalPath)) {
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
    for (const path of journal.files) {
      const tmp = join(contentDir, path) + TMP;
      if (existsSync(tmp)) {
        renameSync(tmp, join(contentDir, path));
        finished++;
      }
    }
    rmSync(journalPath);
  }
  const strays = walk(contentDir).filter((f) => f.endsWith(TMP));
  for (const file of strays) rmSync(file);
  return { finished, removed: strays.length };
}
