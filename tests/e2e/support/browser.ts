/**
 * Launches Debian's Chromium with the built extension loaded, the way a user
 * has it: a persistent profile (so IndexedDB survives a restart), real
 * service worker, real IndexedDB. Fixture hosts resolve to the local HTTPS
 * server through --host-resolver-rules.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The built extension; PREP_PANEL_EXTENSION_DIR points at another build (e.g. one made with PREP_PANEL_OUT_DIR). */
export const EXTENSION_DIR = process.env.PREP_PANEL_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  /** Opens the panel page (the side panel's document) in a tab. */
  openPanelPage(query?: string): Promise<Page>;
  /** Opens `url` in a new tab. */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'prep-panel-profile-'));
}

/**
 * Debian's Chromium on a persistent profile, with `extensionDir` loaded (or no
 * extension at all, for the benchmark's baseline: then the flags differ only
 * in the two extension switches).
 */
export function launchChromium(options: {
  profileDir: string;
  extensionDir: string | null;
  hosts?: string[];
  port?: number;
}): Promise<BrowserContext> {
  const { profileDir, extensionDir } = options;
  const rules = (options.hosts ?? []).map((h) => `MAP ${h} 127.0.0.1:${options.port}`).join(', ');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the new headless mode runs extensions
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 800 },
    // Our own list replaces Playwright's defaults, which break IndexedDB in extension frames.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages', '--disable-features'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-extension-debugging',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter,OptimizationHints,PaintHolding,LensOverlay',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...(rules ? [`--host-resolver-rules=${rules}`] : []),
    ],
  });
}

export async function launchWithExtension(
  options: { hosts?: string[]; port?: number; profileDir?: string; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  const profileDir = options.profileDir ?? newProfileDir();
  const context = await launchChromium({ profileDir, extensionDir, hosts: options.hosts, port: options.port });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // One round trip: the worker's script has run to its end, so its listeners are registered.
  await worker.evaluate(() => true);
  return {
    context,
    extensionId,
    worker,
    profileDir,
    async open(url: string) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPanelPage(query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return page;
    },
    close: () => context.close(),
  };
}

/** The launcher on a job or call page (inside our open shadow root). */
export const launcher = (page: Page) => page.getByRole('button', { name: /Interview prep/ });

/** The in-page panel's frame on a job or call page, once the launcher opened it. */
export function inPagePanel(page: Page) {
  return page.frameLocator('iframe[title="Prep Panel"]');
}
