import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Site } from '../sites/types';
import { runSite } from './run-site';

/**
 * The content script for one site: `entrypoints/<site>.content.ts` is just
 * `export default siteContentScript(site)`, so each page loads only its own
 * site's detector. Runs at document_idle, after the page's own work.
 */
export function siteContentScript(site: Site) {
  return defineContentScript({
    matches: site.matches,
    runAt: 'document_idle',
    main: (ctx) => runSite(site, ctx.signal),
  });
}
