#!/usr/bin/env node
// Firefox smoke check: the Firefox build passes `web-ext lint` with no errors
// (and no warnings beyond the one the README explains), and headless
// Firefox ESR installs it. Run after `npm run build:firefox`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const source = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const firefox = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const EXPLAINED_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']); // Preact's dangerouslySetInnerHTML support; see README

if (!existsSync(`${source}/manifest.json`)) fail(`No Firefox build at ${source}: run \`npm run build:firefox\` first.`);

const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', source, '--output', 'json', '--no-input'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  fail(`web-ext lint printed no report:\n${lint.stdout}\n${lint.stderr}`);
}
const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.has(w.code));
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.map((w) => w.code).join(', ') || 'none'})`);
if (report.errors.length || unexplained.length) fail(JSON.stringify([...report.errors, ...unexplained], null, 2));

if (!firefox) {
  console.log('SKIPPED the install check: no Firefox here (apt-get install firefox-esr; CI installs it).');
  process.exit(0);
}
const run = spawn('npx', ['web-ext', 'run', '--source-dir', source, `--firefox=${firefox}`, '--no-reload', '--no-input', '--start-url', 'about:blank', '--args=-headless'], {
  env: { ...process.env, MOZ_HEADLESS: '1' },
  detached: true,
});
let output = '';
const timer = setTimeout(() => finish(false), 60_000);
for (const stream of [run.stdout, run.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
    if (/Installed .* as a temporary add-on/.test(output)) finish(true);
  });
}
run.on('exit', () => finish(/Installed .* as a temporary add-on/.test(output)));

function finish(installed) {
  clearTimeout(timer);
  try {
    process.kill(-run.pid, 'SIGTERM');
  } catch {}
  if (!installed) fail(`Headless Firefox did not install the add-on:\n${output}`);
  console.log(`Firefox ${spawnSync(firefox, ['--version'], { encoding: 'utf8' }).stdout.trim()}: installed the add-on headless.`);
  process.exit(0);
}

function fail(message) {
  console.error(`Firefox smoke check failed: ${message}`);
  process.exit(1);
}
