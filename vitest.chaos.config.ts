import { defineConfig } from 'vitest/config';

/**
 * `npm run test:chaos`: the chaos crawl (every hostile-web fault), the kill -9 loop and the
 * concurrency test, one file at a time (each starts heavy child processes), ending with the line
 * "chaos: N faults injected, N survived, N records lost".
 */
export default defineConfig({
  test: {
    include: ['test/chaos-*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    reporters: ['default', './test/helpers/summary-reporter.ts', './test/helpers/chaos-reporter.ts'],
  },
});
