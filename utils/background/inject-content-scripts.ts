/**
 * Puts each site's content script into its pages after they have loaded and painted.
 *
 * Why not the manifest's `content_scripts`: Chromium holds a page's load event
 * until a document_idle content script has run, and creating the script's
 * isolated world costs the page's main thread several milliseconds even for an
 * empty script: the benchmark measured +27 % load event for `void 0`.
 *
 * Why wait after `complete`: a page's first frame can come tens of
 * milliseconds after its load event, and our first injection (which creates
 * the isolated world) landing in that gap delayed it, about +3 % LCP on the
 * benchmark's pages. So nothing of ours touches the page until AFTER_LOAD_MS
 * later, and our script then waits for a painted frame and an idle moment.
 * One `executeScript` per page: an earlier version first injected a probe
 * function to ask what was running, a second injection per page.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { sites } from '@/utils/sites';
import type { Site } from '@/utils/sites/types';

const byPattern = sites.map((site) => ({ site, patterns: site.matches.map((m) => new MatchPattern(m)) }));

/** The site whose content script belongs on `url` (by host, as the manifest patterns say), or null. */
export function siteForUrl(url: string | undefined): Site | null {
  if (!url?.startsWith('https://')) return null;
  return byPattern.find(({ patterns }) => patterns.some((p) => p.includes(url)))?.site ?? null;
}

/** The built file of a site's content script (`entrypoints/<id>.content.ts`; a unit test checks each exists). */
export const contentScriptFile = (site: Site) => `/content-scripts/${site.id}.js` as ScriptPublicPath;

/** How long after the tab reports `complete` before our first injection (see above). */
export const AFTER_LOAD_MS = 400;

/** One injection at a time per tab, in order. */
const queues = new Map<number, Promise<void>>();

/** `afterLoadMs`: 0 for pages that loaded long ago (install, browser start). */
export function injectContentScript(tabId: number, url: string | undefined, afterLoadMs = AFTER_LOAD_MS): Promise<void> {
  const site = siteForUrl(url);
  if (!site) return Promise.resolve();
  const run = (queues.get(tabId) ?? Promise.resolve()).then(() => inject(tabId, site, afterLoadMs));
  queues.set(tabId, run);
  void run.finally(() => queues.get(tabId) === run && queues.delete(tabId));
  return run;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function inject(tabId: number, site: Site, afterLoadMs: number): Promise<void> {
  try {
    if (afterLoadMs > 0) await sleep(afterLoadMs);
    // One injection per page. The script itself stops if a live copy already runs in this
    // document or the tab has moved on to another site, and waits for a painted frame and an
    // idle moment before its work (utils/content/site-content-script.ts).
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile(site)] });
  } catch {
    // The tab navigated away, closed, or shows an error page: nothing to do.
  }
}

/** After install, update or browser start: pages already open get the script too. */
export async function injectIntoOpenTabs(): Promise<void> {
  // Only loaded pages: one still loading gets its script from its `complete` event.
  const tabs = await browser.tabs.query({ url: sites.flatMap((s) => s.matches), status: 'complete' }).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectContentScript(tab.id, tab.url, 0))));
}
