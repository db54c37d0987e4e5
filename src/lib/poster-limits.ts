/**
 * How long staff-edited text on a sheet may be, in characters as a reader counts them (graphemes:
 * "ệ" or an emoji is one), shared by the content schema, the generator form, the sheets' script and
 * the session CSV. Every field at its limit, in any combination, fits every format (tests/e2e/print).
 * Kept apart from the rest so the browser bundles stay small.
 */
export const POSTER_LIMITS = {
  headline: 60,
  subtitle: 90,
  /** Contact block: the place (e.g. "Công an phường Bàn Cờ, tổ tiếp dân"). */
  contactPlace: 80,
  contactAddress: 120,
  contactHours: 80,
  /** Session notice: where it is held, and who it is for. */
  sessionPlace: 120,
  sessionAudience: 120,
  /** Longer than any address a QR code can carry at a printable size; refused before drawing. */
  qrInput: 2000,
} as const;
