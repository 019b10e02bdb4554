/**
 * Puts each site's content script into its pages after they have loaded.
 *
 * Why not the manifest's `content_scripts`: Chromium holds a page's load event
 * until a document_idle content script has run, and the benchmark measured
 * that as 30-75 % on top of a fast page's load time. Injected from here once
 * the tab reports `complete` and has painted, the script costs the page's
 * load and first paint nothing.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { sites } from '@/utils/sites';
import type { Site } from '@/utils/sites/types';
import { RUNNING_FLAG } from '@/utils/content/site-content-script';

const byPattern = sites.map((site) => ({ site, patterns: site.matches.map((m) => new MatchPattern(m)) }));

/** The site whose content script belongs on `url` (by host, as the manifest patterns say), or null. */
export function siteForUrl(url: string | undefined): Site | null {
  if (!url?.startsWith('https://')) return null;
  return byPattern.find(({ patterns }) => patterns.some((p) => p.includes(url)))?.site ?? null;
}

/** The built file of a site's content script (`entrypoints/<id>.content.ts`; a unit test checks each exists). */
export const contentScriptFile = (site: Site) => `/content-scripts/${site.id}.js` as ScriptPublicPath;

/** One injection at a time per tab; each one first asks what is already running. */
const queues = new Map<number, Promise<void>>();

export function injectContentScript(tabId: number, url: string | undefined): Promise<void> {
  const site = siteForUrl(url);
  if (!site) return Promise.resolve();
  const run = (queues.get(tabId) ?? Promise.resolve()).then(() => inject(tabId, site));
  queues.set(tabId, run);
  void run.finally(() => queues.get(tabId) === run && queues.delete(tabId));
  return run;
}

async function inject(tabId: number, site: Site): Promise<void> {
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the page's isolated world, where our content script keeps the flag. It first
      // waits for a painted frame and then for the page to go idle (at most a second), so our
      // script's own work never competes with the page's first paints.
      func: async (flag: string) => {
        await new Promise<void>((resolve) => {
          requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 }));
          setTimeout(resolve, 1000);
        });
        const running = (globalThis as unknown as Record<string, unknown>)[flag];
        return typeof running === 'function' ? (running() as string | null) : null;
      },
      args: [RUNNING_FLAG],
    });
    if (probe?.result === site.id) return; // already running in this document
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile(site)] });
  } catch {
    // The tab navigated away, closed, or shows an error page: nothing to do.
  }
}

/** After install, update or browser start: pages already open get the script too. */
export async function injectIntoOpenTabs(): Promise<void> {
  // Only loaded pages: one still loading gets its script from its `complete` event.
  const tabs = await browser.tabs.query({ url: sites.flatMap((s) => s.matches), status: 'complete' }).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectContentScript(tab.id, tab.url))));
}
