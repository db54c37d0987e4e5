/**
 * How long staff-edited poster text may be, shared by the content schema, the generator form and
 * the poster page script (kept apart from them so the browser bundles stay small).
 */
export const POSTER_LIMITS = { headline: 60, subtitle: 90 } as const;
