import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so tests do not inherit the client's root.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // One file per core, not vitest's default of one fewer: on CI's two cores that default is a single
    // worker, and much of the suite waits rather than computes (child servers starting, sockets, timers).
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The JSON report is what .ci/run counts.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
