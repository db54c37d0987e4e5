import { describe, expect, it } from 'vitest';
import { reviewList, type ReviewSource } from '../../src/lib/review-list';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const sources = new Map<string, ReviewSource>([
  ['nd-69', { title: 'Nghị định 69/2024', date: d('2024-06-25'), read: d('2026-12-01'), amendedBy: ['nd-320'] }],
  ['nd-320', { title: 'Nghị định 320/2026', date: d('2026-08-13'), read: d('2026-12-03'), amendedBy: [] }],
  ['bao', { title: 'Bài báo', read: d('2026-11-01'), amendedBy: [] }],
]);

describe('pages to check again', () => {
  it('lists a page citing a document amended after its review, and one not reviewed for 180 days, with the reasons', () => {
    const items = reviewList(
      [
        { path: '/hoi-dap/a/', title: 'A', reviewed: d('2026-08-01'), sources: ['nd-69'] },
        { path: '/hoi-dap/b/', title: 'B', reviewed: d('2026-12-01'), sources: ['nd-69', 'bao'] },
        { path: '/hoi-dap/c/', title: 'C', reviewed: d('2026-05-01'), sources: ['bao'] },
        { path: '/hoi-dap/d/', title: 'D', reviewed: d('2026-01-01'), sources: ['nd-69'] },
      ],
      sources,
      '2026-12-03',
    );
    expect(items.map((i) => [i.path, i.reasons.length])).toEqual([['/hoi-dap/d/', 2], ['/hoi-dap/a/', 1], ['/hoi-dap/c/', 1]]);
    expect(items[1]!.reasons[0]).toBe('dẫn "Nghị định 69/2024", đã được sửa đổi bởi "Nghị định 320/2026" (13/08/2026) sau ngày rà soát 01/08/2026');
    expect(items[2]!.reasons[0]).toBe('rà soát lần cuối ngày 01/05/2026, đã quá 180 ngày');
  });
  it('keeps a page reviewed on the 180th day, and one reviewed the day the amendment was dated', () => {
    expect(reviewList([{ path: '/x/', title: 'X', reviewed: d('2026-06-06'), sources: ['nd-69'] }], new Map([['nd-69', { title: 'N', read: d('2026-01-01'), amendedBy: ['nd-320'] }], ['nd-320', { title: 'M', date: d('2026-06-06'), read: d('2026-12-01'), amendedBy: [] }]]), '2026-12-03')).toEqual([]);
  });
});

describe('the content behind the staff page and the build count', () => {
  it('lists a guide not reviewed for 180 days in a copy of content/', async () => {
    const { copyContent, setFrontmatter } = await import('../support/content-copy');
    const { contentReviewList } = await import('../../src/lib/content-preflight');
    const dir = copyContent();
    setFrontmatter(dir, 'guides/tre-em.mdx', 'reviewed', '2026-01-02');
    const items = contentReviewList(dir, '2026-12-03');
    expect(items.find((i) => i.path === '/huong-dan/tre-em/')?.reasons[0]).toContain('rà soát lần cuối ngày 02/01/2026, đã quá 180 ngày');
  });
});
