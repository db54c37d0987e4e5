// Every answer in content/faq/ has its own page in dist/: Vietnamese, one heading, the answer first
// and then its sources. A markup check, so it reads the built files with a parser; the browser walks
// the FAQ list, a click and an old shared link (tests/e2e/faq.spec.ts) and the template's quality
// gates (tests/e2e/quality.spec.ts).
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAll, precedes, readPage, textOf } from '../support/html';
import { requireBuild } from './site-files';

const ids = readdirSync('content/faq').filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

describe('FAQ answer pages in dist/', () => {
  it('exist for every answer, each with the answer first and then its sources', () => {
    requireBuild('dist');
    expect(ids.length).toBeGreaterThanOrEqual(90);
    const problems: string[] = [];
    for (const id of ids) {
      const file = `dist/hoi-dap/${id}/index.html`;
      if (!existsSync(file)) {
        problems.push(`${file}: không có trang`);
        continue;
      }
      const doc = readPage(file);
      const [html] = findAll(doc, 'html');
      const [article] = findAll(doc, 'article');
      const answer = article && findAll(article, '*', 'faq-answer')[0];
      const sources = article && findAll(article, '*', 'faq-sources')[0];
      if (html?.attribs.lang !== 'vi') problems.push(`${file}: lang="${html?.attribs.lang}"`);
      if (findAll(doc, 'h1').length !== 1) problems.push(`${file}: ${findAll(doc, 'h1').length} thẻ h1`);
      if (!answer || !textOf(answer)) problems.push(`${file}: không có câu trả lời`);
      if (!sources || !textOf(sources).includes('Nguồn:')) problems.push(`${file}: không có "Nguồn:"`);
      if (answer && sources && !precedes(doc, answer, sources)) problems.push(`${file}: nguồn đứng trước câu trả lời`);
    }
    expect(problems).toEqual([]);
  });
});
