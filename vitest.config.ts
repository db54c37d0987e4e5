import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    // Content-error and fixture-build tests run Astro in child processes; one file at a time keeps
    // two Astro runs from writing .astro/ together.
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
