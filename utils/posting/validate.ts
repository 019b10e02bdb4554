/**
 * The one validator of what a page says. The content script runs it on what it
 * read from the page, and the background runs it again on what arrived in a
 * message (`sanitizeContext`), with the same limits: nothing odd reaches
 * storage or the panel, whichever side it slipped past. Only the background
 * then interprets the text (`interpretPosting`): years of experience and pay.
 */
import { bestExperience, parseExperience, proseExperience } from './experience';
import { POSTING_LIMITS as L } from './limits';
import { parseSalary } from './salary-text';
import { cap, cleanText, str, tidy } from './text';
import type { CallPage, JobPosting, PageContext, PostingFields, ReportedPosting } from './types';

type Loose = { [K in keyof PostingFields]?: unknown } & { site?: unknown; url?: unknown };

const one = (v: unknown, n: number) => cap(cleanText(v), n) || null;

/**
 * A posting needs a title (2+ characters) and a description of real length;
 * whitespace is normalised and every field capped.
 */
export function validatePosting(p: Loose): ReportedPosting | null {
  const site = one(p.site, L.site);
  const url = one(p.url, L.url);
  // Indeed appends a screen-reader " - job post" to titles.
  const title = cap(cleanText(p.title).replace(/ - job post$/i, ''), L.title);
  const description = cap(tidy(str(p.description)), L.description);
  if (!site || !url || title.length < 2 || description.length < L.minDescription) return null;
  const experience = Array.isArray(p.experience) ? p.experience.slice(0, 3) : [];
  return {
    site,
    url,
    title,
    // Greenhouse shows "at Acme"; a logo's alt text reads "Acme logo".
    company: one(cleanText(p.company).replace(/^at |\s+logo$/gi, ''), L.company),
    location: one(p.location, L.location),
    experience: experience.map((e) => one(e, L.experience)).filter((e): e is string => e !== null),
    salary: one(p.salary, L.salary),
    description,
  };
}

/**
 * What the reported text means: the experience asked (the first range any
 * source states, else the first minimum, the description's prose last) and
 * the posted pay (null for "Not disclosed", "Competitive" and the like).
 */
export function interpretPosting(p: ReportedPosting): JobPosting {
  const { experience, salary, ...rest } = p;
  return {
    ...rest,
    experience: bestExperience(...experience.map(parseExperience), proseExperience(p.description)),
    salary: parseSalary(salary),
  };
}

export function validateCall(c: { [K in keyof CallPage]?: unknown }): CallPage | null {
  const site = one(c.site, L.site);
  const url = one(c.url, L.url);
  const service = one(c.service, L.service);
  const meetingId = one(c.meetingId, L.meetingId);
  return site && url && service && meetingId ? { site, url, service, meetingId } : null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A page context from a content script's message (fed by a hostile page), re-checked and interpreted; null when it is not one. */
export function sanitizeContext(value: unknown): PageContext | null {
  if (!isObject(value)) return null;
  if (value.kind === 'job' && isObject(value.posting)) {
    const posting = validatePosting(value.posting);
    return posting && { kind: 'job', posting: interpretPosting(posting) };
  }
  if (value.kind === 'call' && isObject(value.call)) {
    const call = validateCall(value.call);
    return call && { kind: 'call', call };
  }
  return null;
}
