import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The chaos suite (minutes of child processes) runs in `npm run test:chaos` (vitest.chaos.config.ts).
    exclude: ['test/chaos-*.test.ts', 'node_modules/**'],
    // Crawl and CLI tests start real servers and child processes; 2 cores in CI, often shared with
    // another heavy job. No test asserts a duration; these only stop a hung test, so they are wide
    // (a spawned CLI takes 10 s to start when the machine's load is 20).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
