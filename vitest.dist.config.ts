import { defineConfig } from 'vitest/config';

// Checks over the built site (dist/ and dist-subpath/): run by `npm run test:dist` after both builds.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 180_000,
    // The files only read dist/ and dist-subpath/: they run side by side, one per core (the W3C
    // checker in Java next to the link walk).
    maxWorkers: '100%',
  },
});
