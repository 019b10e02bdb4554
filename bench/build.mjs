// Builds the extension for the bench into bench/results/build (git-ignored)
// instead of .output, so a bench run never swaps files under a teammate's
// e2e run (or theirs under ours). Same build as `wxt build` otherwise.
import { build } from 'wxt';

const outDir = 'bench/results/build';
const started = Date.now();
await build({ outDir });
console.log(`bench: built the extension into ${outDir}/chrome-mv3 in ${((Date.now() - started) / 1000).toFixed(1)} s`);
