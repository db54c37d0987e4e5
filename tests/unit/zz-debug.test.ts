import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { createSearcher } from '../../src/lib/search-engine';
it('x', () => {
const file = JSON.parse(readFileSync('/work/main/dist/en/search/index.json', 'utf8'));
const s = createSearcher(file);
for (const q of (process.env.QS ?? '').split('|')) {
  const r = s.search(q);
  console.log(q, JSON.stringify(r.query));
  for (const h of r.hits.slice(0, 5)) console.log('  ', h.score.toFixed(1), h.path, h.matched.join(','));
}
});
