import { defineConfig } from 'vitest/config';
// Imported for its Node 20 shim (Map.groupBy) that Vitest's reporter needs.
import './vitest.config.ts';

// End-to-end tests: the built extension in real Chromium, one file at a time
// (two cores, one browser each). Run after `npm run build`.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    // A line per test as it finishes: the suite runs for minutes, and CI shows that it moves.
    reporters: ['verbose'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
