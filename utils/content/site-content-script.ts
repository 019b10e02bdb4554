import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Site } from '../sites/types';
import { alive } from './ext';
import { runSite } from './run-site';

/**
 * Set by a running content script in its (isolated) world: a function that
 * answers the id of the site it serves. The background asks it before
 * injecting, so a page never gets two copies; a script orphaned by an
 * extension update answers null, and a new one replaces it.
 */
export const RUNNING_FLAG = '__prepPanelRunning';

/**
 * The content script for one site: `entrypoints/<site>.content.ts` is just
 * `export default siteContentScript(site)`, so each page loads only its own
 * site's detector.
 *
 * Registered at runtime, not in the manifest: the background injects it once
 * the page has finished loading (utils/background/inject-content-scripts.ts),
 * so it never delays the page's load event or first paint.
 */
export function siteContentScript(site: Site) {
  return defineContentScript({
    matches: site.matches,
    registration: 'runtime',
    // WXT's window.postMessage would tell every page that Prep Panel is installed, and its ID.
    noScriptStartedPostMessage: true,
    main(ctx) {
      (globalThis as Record<string, unknown>)[RUNNING_FLAG] = () => (alive() ? site.id : null);
      runSite(site, ctx.signal);
    },
  });
}
