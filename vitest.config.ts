import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and SMTP tests start real servers; keep file-level parallelism modest on 2 cores.
    maxWorkers: 2,
  },
});
