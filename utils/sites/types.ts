import type { CallPage, ReportedPosting } from '../posting/types';

/**
 * One supported site. Each lives in its own module under `utils/sites/`, lists
 * example URLs it must and must not match, and is checked against every other
 * site's examples by tests/unit/sites.test.ts.
 */
interface SiteBase {
  /** Feature id and file name, e.g. "linkedin". */
  id: string;
  /** Human name, e.g. "LinkedIn". */
  name: string;
  /** Match patterns for the manifest (content script matches), strict hostnames, no <all_urls>. */
  matches: string[];
  /** Pure URL predicate: true only where the page is a posting / call. */
  matchesUrl(url: URL): boolean;
  examples: { match: string[]; noMatch: string[] };
}

export interface JobSite extends SiteBase {
  kind: 'job';
  /** Reads the open posting's text from the document, or null when none is rendered (yet). */
  extract(doc: Document, url: URL): ReportedPosting | null;
}

export interface CallSite extends SiteBase {
  kind: 'call';
  /** Describes the call page (service and meeting id). */
  describe(url: URL): CallPage | null;
}

export type Site = JobSite | CallSite;

/**
 * What a site's `examples` hold in production builds. Examples exist for the
 * unit tests; each module writes `import.meta.env.PROD ? NO_EXAMPLES : {…}`,
 * which the bundler folds so the URL lists stay out of the content scripts.
 */
export const NO_EXAMPLES: SiteBase['examples'] = { match: [], noMatch: [] };
