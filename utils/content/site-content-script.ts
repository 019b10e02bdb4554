import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Site } from '../sites/types';
import { alive } from './ext';
import { runSite } from './run-site';

/**
 * Set by a running content script in its (isolated) world: a function that
 * answers the id of the site it serves, or null once the extension that
 * injected it is gone (reloaded or updated). A script injected again into the
 * same document sees it and stops, so a page never runs two copies; a new
 * version replaces an orphaned one.
 */
export const RUNNING_FLAG = '__prepPanelRunning';

/** True if a manifest-style pattern (`https://host/*`, `https://*.host/*`) covers `host`. */
export function patternCoversHost(pattern: string, host: string): boolean {
  const m = /^https:\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const h = m[1]!;
  return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
}

/**
 * Whether this copy of a site's script should start in the page at `url`:
 * not if a live copy already runs here, and not if the tab has moved on to
 * another site since the background decided to inject it.
 */
export function shouldStart(site: Site, running: unknown, url: URL): boolean {
  if (typeof running === 'function' && running() === site.id) return false;
  return url.protocol === 'https:' && site.matches.some((p) => patternCoversHost(p, url.hostname));
}

/** Resolves after the page's next painted frame and an idle moment (at most a second), so our work never competes with its paints. */
const afterPaintAndIdle = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 }));
    setTimeout(resolve, 1000);
  });

/**
 * The content script for one site: `entrypoints/<site>.content.ts` is just
 * `export default siteContentScript(site)`, so each page loads only its own
 * site's detector.
 *
 * Registered at runtime, not in the manifest: the background injects it once
 * the page has loaded and painted (utils/background/inject-content-scripts.ts),
 * so it never delays the page's load event or first paint.
 */
export function siteContentScript(site: Site) {
  return defineContentScript({
    matches: site.matches,
    registration: 'runtime',
    // WXT's window.postMessage would tell every page that Prep Panel is installed, and its ID.
    noScriptStartedPostMessage: true,
    async main(ctx) {
      const world = globalThis as Record<string, unknown>;
      if (!shouldStart(site, world[RUNNING_FLAG], new URL(location.href))) return;
      world[RUNNING_FLAG] = () => (alive() ? site.id : null);
      await afterPaintAndIdle();
      runSite(site, ctx.signal, () => ctx.abort());
    },
  });
}
