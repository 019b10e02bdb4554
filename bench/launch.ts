/**
 * Chromium for the benchmarks: the e2e suite's launcher (same flags), with or
 * without the built extension. The two variants differ ONLY in the two
 * extension flags, so a page-load comparison measures the extension and
 * nothing else.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/browser';

/** The bench's own build (bench/build.mjs), so teammates' builds of .output cannot change it mid-run. */
export const EXTENSION_DIR = resolve(process.env.BENCH_EXTENSION_DIR ?? resolve(import.meta.dirname, 'results/build/chrome-mv3'));

export interface BenchBrowser {
  context: BrowserContext;
  /** Present only when launched with the extension. */
  extensionId: string | null;
  worker: Worker | null;
  openPanelPage(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(options: { extension: boolean; hosts?: string[]; port?: number }): Promise<BenchBrowser> {
  if (options.extension && !existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run 'node bench/build.mjs' (or 'npm run bench') first.`);
  const profileDir = mkdtempSync(join(tmpdir(), `prep-panel-bench-${options.extension ? 'ext' : 'plain'}-`));
  const context = await launchChromium({
    profileDir,
    extensionDir: options.extension ? EXTENSION_DIR : null,
    hosts: options.hosts,
    port: options.port,
  });
  let worker: Worker | null = null;
  if (options.extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    await worker.evaluate(() => true); // its listeners are registered
  }
  const extensionId = worker ? new URL(worker.url()).host : null;
  return {
    context,
    extensionId,
    worker,
    async openPanelPage(query = '') {
      if (!extensionId) throw new Error('Launched without the extension.');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
