import { readPosting, type DomSelectors } from '../posting/read-posting';
import type { JobSite } from './types';

/** Builds a job site whose `extract` is the shared JSON-LD + DOM reader (utils/posting/read-posting.ts). */
export function defineJobSite(def: Omit<JobSite, 'kind' | 'extract'> & { dom: DomSelectors }): JobSite {
  const { dom, ...site } = def;
  return { ...site, kind: 'job', extract: (doc, url) => readPosting(doc, url, site.id, dom) };
}
