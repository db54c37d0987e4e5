import { defineConfig } from 'vitest/config';

// Fast tests: pure modules, the importer, data checks. Nothing here builds a site (tests/build/ does).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    // Hooks copy or remove folders of content/: as much time as a test, not Vitest's 10 s.
    hookTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    maxWorkers: '100%',
  },
});
