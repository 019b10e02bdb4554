import { defineConfig } from 'vitest/config';
// Imported for its Node 20 shim (Map.groupBy) that Vitest's reporter needs.
import '../vitest.config.ts';

// `npm run bench`: one long test file that measures and writes bench/results/.
// Not part of `npm test`. Runs after `wxt build` (see the "bench" script).
export default defineConfig({
  resolve: { alias: { '@': `${import.meta.dirname}/..` } },
  test: {
    root: `${import.meta.dirname}/..`,
    environment: 'node',
    globals: true,
    include: ['bench/*.bench-run.ts'],
    fileParallelism: false,
    // The whole bench is one test; it bounds its own loops.
    testTimeout: 20 * 60_000,
    hookTimeout: 120_000,
    // Print progress and the results table as they come, not buffered per test.
    disableConsoleIntercept: true,
  },
});
