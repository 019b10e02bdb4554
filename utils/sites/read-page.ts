import type { ReportedPage } from '../posting/types';
import type { Site } from './types';

/**
 * What `site` finds at `url` in `doc`: its posting or call, or null (not a
 * posting page, not rendered yet, or shaped in a way we did not expect). The
 * one way to read a site's page, for the content script and the tests alike.
 */
export function readSitePage(site: Site, url: URL, doc: Document): ReportedPage | null {
  if (!site.matchesUrl(url)) return null;
  try {
    if (site.kind === 'call') {
      const call = site.describe(url);
      return call && { kind: 'call', call };
    }
    const posting = site.extract(doc, url);
    return posting && { kind: 'job', posting };
  } catch {
    return null; // a page we did not expect: treat as no posting, never throw into it
  }
}
