#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each with a heading, how long it usually
 * takes here (2 cores) and how long it took. Stops at the first failure.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type check (tsc)', 'about 15 s', 'npm run --silent compile'],
  ['Unit tests (Vitest + happy-dom + fake-indexeddb)', 'about 1–2 min', 'npm run --silent test:unit'],
  ['Build for Chrome (wxt build)', 'about 10 s', 'npm run --silent build'],
  ['End-to-end tests in Chromium (Playwright, real IndexedDB)', 'about 11 min; one line per test', 'npm run --silent test:e2e'],
  ['Firefox: build, web-ext lint and end-to-end tests in Firefox ESR', 'about 2 min', 'npm run --silent test:firefox'],
];

const started = Date.now();
for (const [i, [name, usual, command]] of steps.entries()) {
  console.log(`\n=== [${i + 1}/${steps.length}] ${name} (${usual})`);
  const t0 = Date.now();
  const { status } = spawnSync(command, { shell: true, stdio: 'inherit' });
  const took = ((Date.now() - t0) / 1000).toFixed(0);
  if (status !== 0) {
    console.log(`\n=== ${name} FAILED after ${took} s`);
    process.exit(status ?? 1);
  }
  console.log(`=== ${name}: passed in ${took} s`);
}
console.log(`\n=== All checks passed in ${((Date.now() - started) / 60000).toFixed(1)} min`);
