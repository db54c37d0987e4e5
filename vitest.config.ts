import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    // Content-error tests run `astro sync` in a child process.
    testTimeout: 60_000,
  },
});
