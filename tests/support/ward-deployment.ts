// A ward's own deployment, built from a copy of content/: one province (settings scope.provinces:
// Lai Châu), a configured address (fictional, never requested) and one ward with a verified
// contact, also fictional (no real ward has one in content/, and none may be invented). The build
// tests check the deployment itself (tests/build/ward-deployment.test.ts); the print tests print
// its sheets (tests/e2e/print.spec.ts). One build serves both: `npm test` (scripts/test.mjs) names
// its run in VNEID_TEST_RUN, and a build made in the same run is reused, never one of an earlier
// run (which could be of other code or content). Without that name each runner builds its own once.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const root = process.cwd();
export const DEPLOYMENT_DIR = join(root, '.content-test-ward-deployment');
const CONTENT = join(DEPLOYMENT_DIR, 'content');
export const DEPLOYMENT_DIST = join(DEPLOYMENT_DIR, 'dist');
export const DEPLOYMENT_SITE = 'https://vneid.kiem-thu-in-an.vn';
export const NATIONAL_SITE = 'https://vneid.quoc-gia.gov.vn/';
/** Phường Đoàn Kết, Lai Châu: the ward with the fictional verified contact. */
export const CONTACT_WARD = { code: '03388', name: 'Phường Đoàn Kết' };
/** Phường Tân Phong, Lai Châu: a ward of the same province without a contact. */
export const OTHER_WARD = { code: '03408', name: 'Phường Tân Phong' };
export const VERIFIED_CONTACT = { name: 'Điểm liên hệ kiểm thử (không có thật)', address: 'Địa chỉ kiểm thử', phone: '0900 000 000', hours: 'Giờ kiểm thử', verified: '2026-11-01' };

/** The run a finished build belongs to, written when it is complete. */
const marker = (run: string) => join(DEPLOYMENT_DIR, `built-${run}`);
const failedMarker = (run: string) => join(DEPLOYMENT_DIR, `failed-${run}`);

function writeContent() {
  cpSync(join(root, 'content'), CONTENT, { recursive: true });
  const site = join(CONTENT, 'settings/site.yaml');
  writeFileSync(site, `${readFileSync(site, 'utf8')}\nscope:\n  provinces: [lai-chau]\n  nationalSite: ${NATIONAL_SITE}\n`);
  const c = VERIFIED_CONTACT;
  writeFileSync(
    join(CONTENT, 'wards', `${CONTACT_WARD.code}.yaml`),
    [
      `code: "${CONTACT_WARD.code}"`,
      'contacts:',
      `  - name: ${c.name}`,
      `    address: ${c.address}`,
      `    phone: ${c.phone}`,
      `    hours: ${c.hours}`,
      '    source: quan3-cv4998-2023',
      `    verified: ${c.verified}`,
      '  - name: Liên hệ cũ kiểm thử',
      '    phone: 0912 000 000',
      '    source: quan3-cv4998-2023',
      '    verified: 2023-10-27',
      '    historical: true',
      '',
    ].join('\n'),
  );
}

/** Builds the deployment afresh and returns what the build printed. */
export async function buildWardDeployment(run = process.env.VNEID_TEST_RUN ?? `pid-${process.pid}`): Promise<string> {
  rmSync(DEPLOYMENT_DIR, { recursive: true, force: true });
  mkdirSync(DEPLOYMENT_DIR, { recursive: true });
  writeContent();
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      env: { ...process.env, VNEID_CONTENT_DIR: relative(root, CONTENT), OUT_DIR: relative(root, DEPLOYMENT_DIST), SITE_URL: DEPLOYMENT_SITE, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    writeFileSync(join(DEPLOYMENT_DIR, 'build-output.txt'), stdout);
    writeFileSync(marker(run), '');
    return stdout;
  } catch (error) {
    writeFileSync(failedMarker(run), `Bản dựng thử của một phường/xã không thành: ${(error as Error).message.slice(0, 4000)}`);
    throw error;
  }
}

/**
 * The deployment's dist/ for this run: the one `npm test` built earlier in the run, or built here
 * once for all the runner's workers (the first builds, the others wait for it; a failed build
 * stops them all at once).
 */
export async function wardDeployment(): Promise<string> {
  const run = process.env.VNEID_TEST_RUN ?? `runner-${process.ppid}`;
  const stopIfFailed = () => {
    if (existsSync(failedMarker(run))) throw new Error(readFileSync(failedMarker(run), 'utf8'));
  };
  stopIfFailed();
  if (existsSync(marker(run))) return DEPLOYMENT_DIST;
  const lock = `${DEPLOYMENT_DIR}-lock-${run}`;
  try {
    mkdirSync(lock);
  } catch {
    // Another worker of this run is building it.
    for (let i = 0; i < 1200 && !existsSync(marker(run)); i++) {
      stopIfFailed();
      await new Promise((r) => setTimeout(r, 500));
    }
    stopIfFailed();
    if (!existsSync(marker(run))) throw new Error('Bản dựng thử của một phường/xã chưa xong sau 10 phút.');
    return DEPLOYMENT_DIST;
  }
  try {
    await buildWardDeployment(run);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return DEPLOYMENT_DIST;
}

/** Removes the deployment and any lock left by a killed run. */
export function removeWardDeployment() {
  rmSync(DEPLOYMENT_DIR, { recursive: true, force: true });
  for (const name of readdirSync(root)) if (name.startsWith('.content-test-ward-deployment-lock-')) rmSync(join(root, name), { recursive: true, force: true });
}
