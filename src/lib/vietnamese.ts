/**
 * Folds Vietnamese text to lower-case ASCII: tone marks and vowel marks removed, đ/Đ → d.
 * NFD splits "ệ" into "e" + combining marks, but "đ" is its own letter and never decomposes,
 * so it needs an explicit rule (the reason "dien" does not match "điện" in naive search).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
