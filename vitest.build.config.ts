import { defineConfig } from 'vitest/config';

// Tests that build sites from copies of content/ (bad-input corpus, verified-contact fixture): kept
// apart from the fast unit tests, as Starlight keeps __e2e__ apart from __tests__. One file at a
// time: two Astro runs must not write one cache together.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
