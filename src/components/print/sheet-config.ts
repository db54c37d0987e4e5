import type { PrintFormat } from '../../lib/print-formats';
import type { QrAllowlist } from '../../lib/qr-allowlist';

/**
 * What a print sheet's script reads from its page (<script type="application/json" id="print-config">):
 * written by the build, so the sheet knows the site's address (or that there is none yet), where the
 * ward data is, the hotline and the allowlist without another request.
 */
export interface SheetConfig {
  format: PrintFormat;
  /** This site's address with its base path, e.g. "https://vneid.phuong.gov.vn/"; null while siteUrl is the placeholder. */
  site: string | null;
  /** Base-prefixed path of the ward data files, up to the two-digit prefix: "/in-an/phuong-xa-". */
  data: string;
  /** Base-prefixed address of the generator, for the on-screen links. */
  generator: string;
  /** Base-prefixed path prefix of the ward pages: "/phuong-xa/". */
  wardPages: string;
  allowlist: QrAllowlist;
  hotline: { label: string; display: string };
  /** Short titles of this sheet's sources (a ward's verified contact adds its own). */
  sources: string[];
}

/**
 * A sheet in the generator's preview frame tells the generator whether it can be printed: ready
 * (every code it should have), incomplete (printable, but a code to this site is a "not configured"
 * box: the generator says which, never "ready"), or refused (a field is wrong, it does not fit, or
 * it would print no code at all).
 */
export type PrintState = 'ready' | 'incomplete' | 'refused';
export const PRINT_STATE_MESSAGE = 'vneid-print-state';
