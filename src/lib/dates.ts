/** "22/11/2026": the day/month/year order Vietnamese readers expect, independent of the build machine's locale. */
export function formatDateVi(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** Machine-readable date for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** ", ngày 27/10/2023" for a dated source, ", <dateNote>" when only a note is known, else "". */
export function sourceDateText(source: { date?: Date | undefined; dateNote?: string | undefined }): string {
  if (source.date) return `, ngày ${formatDateVi(source.date)}`;
  return source.dateNote ? `, ${source.dateNote}` : '';
}
