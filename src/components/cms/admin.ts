import { registerWidgets } from './widgets';
import { VIETNAMESE } from './locale-vi';
import type { WardShards } from '../../lib/ward-shards';

/**
 * Starts the staff editing app: Decap CMS (loaded before this script, from the site itself) with the
 * configuration the build generated (src/build/cms-config.ts) and the project's own widgets. On a
 * public site whose settings name no Git host, the app cannot save anywhere: it says so instead.
 */
interface Boot {
  decap: { backend: { repo: string } };
  wards: WardShards;
  configured: boolean;
}
const boot = JSON.parse(document.getElementById('cms-config')!.textContent!) as Boot;
const local = ['localhost', '127.0.0.1'].includes(location.hostname);
const globals = window as unknown as Parameters<typeof registerWidgets>[0];
if (!boot.configured && !local) {
  document.getElementById('cms-not-configured')?.removeAttribute('hidden');
} else {
  globals.CMS.registerLocale('vi', VIETNAMESE);
  registerWidgets(globals, { wards: boot.wards });
  globals.CMS.init({ config: boot.decap });
}
