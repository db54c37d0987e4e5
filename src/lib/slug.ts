import { foldVietnamese } from './vietnamese.ts';

/** "Thành phố Hồ Chí Minh" → "thanh-pho-ho-chi-minh": ASCII slugs for URLs people may retype. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
