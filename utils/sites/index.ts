import type { ReportedPage } from '../posting/types';
import { ashby } from './ashby';
import { cutshort } from './cutshort';
import { foundit } from './foundit';
import { glassdoor } from './glassdoor';
import { googleMeet } from './google-meet';
import { greenhouse } from './greenhouse';
import { hirist } from './hirist';
import { iimjobs } from './iimjobs';
import { indeed } from './indeed';
import { instahyre } from './instahyre';
import { jitsi } from './jitsi';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { naukri } from './naukri';
import { teams } from './teams';
import { readSitePage } from './read-page';
import type { CallSite, JobSite, Site } from './types';
import { webex } from './webex';
import { wellfound } from './wellfound';
import { workday } from './workday';
import { zoom } from './zoom';

export type { CallSite, JobSite, Site } from './types';

export const sites: Site[] = [
  linkedin,
  naukri,
  indeed,
  glassdoor,
  instahyre,
  wellfound,
  foundit,
  cutshort,
  hirist,
  iimjobs,
  greenhouse,
  lever,
  ashby,
  workday,
  googleMeet,
  zoom,
  teams,
  webex,
  jitsi,
];

// Pure annotations let bundlers drop these lists from content scripts that do not use them.
export const jobSites: JobSite[] = /* @__PURE__ */ sites.filter((s): s is JobSite => s.kind === 'job');
export const callSites: CallSite[] = /* @__PURE__ */ sites.filter((s): s is CallSite => s.kind === 'call');

/**
 * Every site's match patterns, deduplicated: the manifest's host permissions
 * and framing rules (wxt.config.ts) and the injector's `tabs.query`.
 */
export function siteMatches(list: readonly Site[] = sites): string[] {
  return [...new Set(list.flatMap((s) => s.matches))];
}

export function siteById(id: string): Site | null {
  return sites.find((s) => s.id === id) ?? null;
}

/** The site whose posting or call `url` is, or null (unparsable, not https, or no match). */
export function detect(url: string | URL): Site | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:') return null;
  return sites.find((s) => s.matchesUrl(u)) ?? null;
}

/** Detects and reads the page: the posting or call it shows, or null. */
export function readPage(url: string, doc: Document): ReportedPage | null {
  const site = detect(url);
  return site && readSitePage(site, new URL(url), doc);
}
