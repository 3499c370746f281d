import { defineConfig } from 'vitest/config';

/**
 * The Firefox smoke tier (`npm run test:firefox`): firefox/*.test.ts drive the built site in the
 * system's Firefox. Starting Firefox takes seconds, so timeouts are generous; files run one at a
 * time, as each starts a Firefox of its own.
 */
export default defineConfig({
  test: {
    include: ['firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
