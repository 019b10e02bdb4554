/**
 * Reads the open posting from a job site's document: JSON-LD first, the site's
 * DOM for whatever it lacks, then `validatePosting`. Text only: what the text
 * means (years, pay) is the background's business (`interpretPosting`).
 */
import { POSTING_LIMITS } from './limits';
import { cityOf } from './location';
import { readJobPostingJsonLd } from './json-ld';
import { blockTextOf, textOf, yearsText } from './text';
import type { ReportedPosting } from './types';
import { validatePosting } from './validate';

type Field = 'title' | 'company' | 'location' | 'experience' | 'salary' | 'description';

/**
 * A site's DOM fallback: one CSS selector list per field, tried before the
 * generic ones below. The first matching element with text wins.
 */
export type DomSelectors = Partial<Record<Field, string>>;

// Tried after the site's own selectors; hashed class names keep these stable parts.
const GENERIC: Record<Field, string> = {
  title: 'h1',
  company: '[class*="company-name"],[class*="companyName"]',
  location: '[class*="location"]',
  experience: '[class*="experience"]',
  salary: '[class*="salary"]',
  description: '[class*="job-description"],[class*="jobDescription"],[class*="description"],[id*="description" i],[id*="job-details" i]',
};
/** Last resort for a page whose description sits in no recognisable element. */
const PAGE_BODY = 'article, main, [role="main"]';

const same = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/**
 * JSON-LD whose title disagrees with the rendered title is stale (single-page
 * navigation) and is ignored.
 */
export function readPosting(doc: Document, url: URL, site: string, dom: DomSelectors): ReportedPosting | null {
  const text = (f: Field) => textOf(doc, [dom[f], GENERIC[f]]);
  // Only the site's own title selector is trusted to judge JSON-LD; a generic <h1> may be anything.
  const siteTitle = textOf(doc, [dom.title]);
  let ld = readJobPostingJsonLd(doc) ?? {};
  if (siteTitle && ld.title && !same(siteTitle, ld.title)) ld = {};
  const description =
    (ld.description && ld.description.length >= POSTING_LIMITS.minDescription ? ld.description : '') ||
    blockTextOf(doc, [dom.description, GENERIC.description, PAGE_BODY]) ||
    ld.description;
  const title = ld.title || siteTitle || text('title');
  return validatePosting({
    site,
    url: url.href,
    title,
    // Last, the page title's "Acme - <job title>" (Lever's), whose first part is the company.
    company: ld.company || text('company') || (doc.title.endsWith(` - ${title}`) ? doc.title.slice(0, -title.length - 3) : ''),
    location: ld.location || cityOf(text('location')),
    // The part of the site's field that states years (LinkedIn's top card says much else), else the field.
    experience: [...(ld.experience ?? []), yearsText(doc, dom.experience) || text('experience')],
    salary: ld.salary || text('salary'),
    description,
  });
}
