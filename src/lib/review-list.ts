import { formatDateVi, todayInVietnam } from './dates.ts';

/**
 * The pages staff should check again ("cần rà soát"): a guide or answer citing a document that was
 * amended after the page was last reviewed, or not reviewed for 180 days. A warning, never a failure:
 * the staff page lists them with the reason, and the build prints how many. Pure: the staff page
 * feeds it the collections, the content preflight its own parsed files.
 */
export const REVIEW_AFTER_DAYS = 180;

export interface ReviewPage {
  /** "/hoi-dap/mo-khoa-tai-khoan/" */
  path: string;
  title: string;
  reviewed: Date;
  sources: string[];
}
export interface ReviewSource {
  title: string;
  date?: Date | undefined;
  read: Date;
  amendedBy: string[];
}
export interface ReviewItem {
  path: string;
  title: string;
  reasons: string[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function reviewList(pages: ReviewPage[], sources: Map<string, ReviewSource>, today: string = todayInVietnam()): ReviewItem[] {
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) - REVIEW_AFTER_DAYS * 86_400_000);
  const items: ReviewItem[] = [];
  for (const page of pages) {
    const reasons: string[] = [];
    if (page.reviewed < limit) reasons.push(`rà soát lần cuối ngày ${formatDateVi(page.reviewed)}, đã quá ${REVIEW_AFTER_DAYS} ngày`);
    for (const key of new Set(page.sources)) {
      const source = sources.get(key);
      for (const by of source?.amendedBy ?? []) {
        const amending = sources.get(by);
        // When the amendment is dated, a page reviewed since then has been checked against it.
        const when = amending?.date ?? amending?.read;
        if (amending && when && day(when) > day(page.reviewed)) {
          reasons.push(`dẫn "${source!.title}", đã được sửa đổi bởi "${amending.title}" (${formatDateVi(when)}) sau ngày rà soát ${formatDateVi(page.reviewed)}`);
        }
      }
    }
    if (reasons.length) items.push({ path: page.path, title: page.title, reasons });
  }
  return items.sort((a, b) => b.reasons.length - a.reasons.length || a.path.localeCompare(b.path));
}
