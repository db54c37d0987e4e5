import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// For `npm run test:mutation` only: the fast tests without the bad-input corpus, which copies the
// whole content/ folder through the preflight for each of its ~200 cases (about 25 s per mutant it
// covers). One worker per Stryker process: Stryker runs its own processes side by side. Mutants
// must be killed by the modules' own tests; the corpus still runs in `npm test`.
export default mergeConfig(base, defineConfig({ test: { exclude: ['tests/unit/bad-input/**', 'node_modules/**'], maxWorkers: 1 } }));
