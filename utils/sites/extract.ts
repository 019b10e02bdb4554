import type { ExperienceRange, JobPosting } from '../posting';
import type { JobSite } from './types';

/**
 * Shared posting extraction. Everything read here comes from a hostile page:
 * JSON is parsed in try/catch, HTML is only ever parsed into an inert
 * DOMParser document (never the live one, never innerHTML), and every field
 * goes through `validatePosting` before anyone sees it.
 */

/** Raw fields read from a page before validation; any may be missing. */
export interface PostingFields {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  experience?: ExperienceRange | null;
  salary?: string | null;
  description?: string | null;
}

/**
 * A site's DOM fallback: one CSS selector list per field, tried before the
 * generic ones below. The first matching element with text wins.
 */
export type DomSelectors = Partial<Record<Field, string>>;
type Field = 'title' | 'company' | 'location' | 'experience' | 'salary' | 'description';

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

type Rec = Record<string, unknown>;

const MAX_JSON_LD = 2_000_000;
const MIN_DESCRIPTION = 80;
const CAP = { title: 200, company: 120, location: 120, salary: 80, description: 60_000 } as const;

const BLOCK = /^(P|DIV|LI|UL|OL|BR|H[1-6]|SECTION|ARTICLE|TR|TABLE|BLOCKQUOTE|PRE|DT|DD|HR)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|BUTTON|IFRAME|OBJECT)$/;
const MARKUP = /<[a-z/!]|&#?\w+;/i;
const YEARS = '\\s*\\+?\\s*(?:years?|yrs?)\\b';

const rec = (v: unknown): Rec | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : null);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Cuts to `n` UTF-16 units without leaving half a surrogate pair. */
function cap(s: string, n: number): string {
  return s.length > n
    ? s
        .slice(0, n)
        .replace(/[\ud800-\udbff]$/, '')
        .trim()
    : s;
}

/** One line of text: all whitespace (incl. zero-width) collapsed, trimmed. */
export function cleanText(s: unknown): string {
  return str(s)
    .replace(/[\s\u200b-\u200d\ufeff]+/g, ' ')
    .trim();
}

/** Multi-line text: spaces collapsed per line, blank lines dropped. */
function tidy(s: string): string {
  return s
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n\s*/g, '\n')
    .trim();
}

/** Text of a subtree with a line break per block element, skipping scripts and buttons. */
function blockText(root: Node): string {
  const out: string[] = [];
  // Nodes still to visit, and line breaks to emit once a block's children are done.
  const stack: (Node | string)[] = [root];
  let size = 0;
  // Iterative walk: a hostile page can nest deeper than the call stack.
  while (stack.length && size < CAP.description * 2) {
    const node = stack.pop()!;
    if (typeof node === 'string' || node.nodeType === 3) {
      const t = typeof node === 'string' ? node : (node.nodeValue ?? '');
      out.push(t);
      size += t.length;
    } else if (node.nodeType === 1 || node === root) {
      const tag = (node as Element).tagName?.toUpperCase() ?? '';
      if (node !== root && SKIP.test(tag)) continue;
      if (BLOCK.test(tag)) {
        out.push('\n');
        stack.push('\n');
      }
      if (tag === 'LI') out.push('• ');
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join('');
}

/**
 * Plain text from an HTML string, via an inert DOMParser document (nothing
 * loads, nothing runs). Some sites entity-escape the whole HTML inside their
 * JSON-LD (`&lt;p&gt;…`): text without real tags gets a second pass. Text
 * with real tags gets one, so an escaped `List&lt;String&gt;` stays text.
 */
export function htmlToText(html: unknown): string {
  let s = str(html).slice(0, 500_000);
  for (let pass = /<[a-z/!]/i.test(s) ? 1 : 2; pass > 0 && MARKUP.test(s); pass--) {
    s = blockText(new DOMParser().parseFromString(s, 'text/html').body);
  }
  return tidy(s);
}

/** Cleaned text of the first element matching any selector that has text (selectors in priority order). */
export function textOf(doc: ParentNode, selectors: (string | undefined)[]): string {
  for (const sel of selectors) {
    if (!sel) continue;
    for (const el of doc.querySelectorAll(sel)) {
      const t = cleanText(el.textContent);
      if (t) return t;
    }
  }
  return '';
}

/**
 * Multi-line text of the first matching element long enough to be a
 * description (a short "description" label elsewhere on the page is skipped).
 */
function blockTextOf(doc: ParentNode, selectors: (string | undefined)[]): string {
  for (const sel of selectors) {
    if (!sel) continue;
    for (const el of [...doc.querySelectorAll(sel)].slice(0, 8)) {
      const t = tidy(blockText(el));
      if (t.length >= MIN_DESCRIPTION) return t;
    }
  }
  return '';
}

function years(min: number, max: number | null): ExperienceRange | null {
  if (!(min >= 0 && min <= 50) || (max !== null && !(max >= min && max <= 50))) return null;
  return { min, max };
}

/**
 * Years of experience from text such as "3-5 years", "3 - 5 Yrs", "3 to 5
 * years", "5+ years", "minimum 4 years", "0-2 yrs". A short label reading
 * "Fresher" means {0, 1}; a bare "2 years" label means at least 2.
 */
export function parseExperience(text: unknown): ExperienceRange | null {
  const s = cleanText(text).toLowerCase();
  const n = '(\\d{1,2}(?:\\.\\d)?)';
  let m = new RegExp(`\\b${n}(?:\\s*(?:years?|yrs?))?\\s*(?:-|–|—|to)\\s*${n}${YEARS}`).exec(s);
  if (m) return years(Number(m[1]), Number(m[2]));
  m =
    new RegExp(`(?:minimum|min\\.?|at\\s*least|atleast)\\s*(?:of\\s*)?${n}${YEARS}`).exec(s) ??
    new RegExp(`\\b${n}\\s*(?:\\+|plus)\\s*(?:years?|yrs?)\\b`).exec(s) ??
    new RegExp(`\\b${n}\\s*(?:years?|yrs?)\\s*(?:\\+|or more|and above)`).exec(s);
  if (m) return years(Number(m[1]), null);
  if (s.length > 40) return null;
  if (/\bfreshers?\b/.test(s)) return { min: 0, max: 1 };
  m = new RegExp(`\\b${n}\\s*(?:years?|yrs?)\\b`).exec(s);
  return m ? years(Number(m[1]), null) : null;
}

/** Salary text as shown, or null when the page hides it ("Not disclosed", "Competitive"). */
export function parseSalary(text: unknown): string | null {
  const s = cleanText(text).replace(/^salary\s*[:-]?\s*/i, '');
  if (
    !/\d/.test(s) ||
    /not\s*disclosed|undisclosed|competitive|negotiable|as per (?:industry|company)|best in (?:the )?industry/i.test(s)
  ) {
    return null;
  }
  return cap(s, CAP.salary);
}

/** Experience from prose: the first sentence that talks about experience and names years. */
function proseExperience(description: string): ExperienceRange | null {
  // Sentence ends, but not the dot in "1.5 years".
  for (const part of description.split(/[\n;•]|\.(?!\d)/)) {
    if (/experience|\bexp\b/i.test(part)) {
      const e = parseExperience(part);
      if (e) return e;
    }
  }
  return null;
}

/** Prefers a real range over a bare minimum; earlier candidates win ties. */
function bestExperience(...c: (ExperienceRange | null | undefined)[]): ExperienceRange | null {
  return c.find((e) => e && e.max !== null) ?? c.find((e) => e) ?? null;
}

/** "Bengaluru, Karnataka, India · 2 days ago" → "Bengaluru"; other text is kept as shown. */
function cityOf(location: string): string {
  const s = cleanText(location.split(/[·|]/)[0]);
  return /^([^,]+),(?:[^,]+,)?\s*India\b/i.exec(s)?.[1]?.trim() ?? s;
}

const PER: Record<string, string> = { YEAR: ' a year', MONTH: ' a month', WEEK: ' a week', DAY: ' a day', HOUR: ' an hour' };

/** schema.org MonetaryAmount → "₹12,00,000 – ₹16,00,000 a year". */
function ldSalary(v: unknown): string | null {
  const b = rec(first(v));
  if (!b) return null;
  const q = rec(first(b.value));
  const num = (x: unknown) => (Number(x) > 0 ? Number(x) : 0);
  const min = num(q ? (q.minValue ?? q.value) : first(b.value));
  const max = num(q?.maxValue);
  const cur = cleanText(b.currency ?? q?.currency).toUpperCase();
  const sym = cur === 'INR' ? '₹' : cur === 'USD' ? '$' : cur ? cur + ' ' : '';
  const fmt = (n: number) => sym + groupDigits(Math.round(n), cur === 'INR');
  if (!min && !max) return null;
  const amount = min && max && max !== min ? `${fmt(min)} – ${fmt(max)}` : fmt(min || max);
  return amount + (PER[cleanText(q?.unitText ?? b.unitText).toUpperCase()] ?? '');
}

/**
 * 1200000 -> "12,00,000" (Indian grouping) or "1,200,000". By hand, because the
 * first `toLocaleString` on a page loads the browser's number formatting:
 * 30-120 ms on the page's main thread (measured by the benchmark on Indeed).
 */
export function groupDigits(n: number, indian: boolean): string {
  const digits = String(Math.abs(n));
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3);
  const head = rest.replace(indian ? /\B(?=(\d{2})+$)/g : /\B(?=(\d{3})+$)/g, ',');
  return (n < 0 ? '-' : '') + (rest ? `${head},${last3}` : last3);
}

function ldLocation(jp: Rec): string {
  const cities: string[] = [];
  for (const place of ([] as unknown[]).concat(jp.jobLocation ?? []).slice(0, 20)) {
    const p = rec(place);
    const address = first(p?.address);
    const a = rec(address);
    const city = cityOf(htmlToText(a ? first(a.addressLocality) : address || p?.name || place));
    // A place needs letters: numbers and punctuation are junk.
    if (/\p{L}/u.test(city) && !cities.includes(city)) cities.push(city);
  }
  if (cities.length) return cities.slice(0, 3).join(', ');
  return /TELECOMMUTE/i.test(str(first(jp.jobLocationType))) ? 'Remote' : '';
}

function ldExperience(v: unknown): ExperienceRange | null {
  const e = first(v);
  const r = rec(e);
  if (!r) return parseExperience(htmlToText(e));
  const months = Number(r.monthsOfExperience);
  if (r.monthsOfExperience != null && months >= 0) return years(Math.round((months / 12) * 10) / 10, null);
  return parseExperience(htmlToText(r.description));
}

/** Depth-first search for a node typed JobPosting (arrays, @graph, nested objects). */
function findJobPosting(v: unknown, depth = 0): Rec | null {
  if (depth > 6 || !v || typeof v !== 'object') return null;
  const r = rec(v);
  const type = r?.['@type'];
  if (r && ([] as unknown[]).concat(type).some((t) => str(t).endsWith('JobPosting'))) return r;
  for (const child of (Array.isArray(v) ? v : Object.values(v)).slice(0, 100)) {
    const found = findJobPosting(child, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The page's schema.org JobPosting, as raw fields, or null when there is none (or it is broken). */
export function readJobPostingJsonLd(doc: ParentNode): PostingFields | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const jp = findJobPosting(data);
    if (!jp) continue;
    const org = first(jp.hiringOrganization);
    return {
      title: cleanText(htmlToText(first(jp.title) || first(jp.name))),
      company: cleanText(htmlToText(rec(org) ? first(rec(org)!.name) : org)),
      location: ldLocation(jp),
      experience: ldExperience(jp.experienceRequirements),
      salary: ldSalary(jp.baseSalary),
      description: htmlToText(first(jp.description)),
    };
  }
  return null;
}

const same = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

/**
 * JSON-LD first, the site's DOM for whatever it lacks. JSON-LD whose title
 * disagrees with the rendered title is stale (single-page navigation) and
 * is ignored.
 */
export function extractPosting(doc: Document, url: URL, site: string, dom: DomSelectors): JobPosting | null {
  const text = (f: Field) => textOf(doc, [dom[f], GENERIC[f]]);
  // Only the site's own title selector is trusted to judge JSON-LD; a generic <h1> may be anything.
  const siteTitle = textOf(doc, [dom.title]);
  let ld = readJobPostingJsonLd(doc) ?? {};
  if (siteTitle && ld.title && !same(siteTitle, ld.title)) ld = {};
  const description =
    (ld.description && ld.description.length >= MIN_DESCRIPTION ? ld.description : '') ||
    blockTextOf(doc, [dom.description, GENERIC.description, PAGE_BODY]) ||
    ld.description;
  return validatePosting({
    site,
    url: url.href,
    title: ld.title || siteTitle || text('title'),
    company: ld.company || text('company'),
    location: ld.location || cityOf(text('location')),
    experience: bestExperience(ld.experience, parseExperience(text('experience')), proseExperience(description ?? '')),
    salary: ld.salary || parseSalary(text('salary')),
    description,
  });
}

/**
 * The only way a posting leaves this module: requires a title (2+ chars) and
 * a description of real length (80+ chars), normalises whitespace and caps
 * every field.
 */
export function validatePosting(p: PostingFields & { site: string; url: string }): JobPosting | null {
  // Indeed appends a screen-reader " - job post" to titles.
  const title = cap(cleanText(p.title).replace(/ - job post$/i, ''), CAP.title);
  const description = cap(tidy(str(p.description)), CAP.description);
  if (title.length < 2 || description.length < MIN_DESCRIPTION) return null;
  const e = p.experience;
  const one = (v: unknown, n: number) => cap(cleanText(v), n) || null;
  return {
    site: p.site,
    url: p.url,
    title,
    // Greenhouse shows "at Acme".
    company: one(cleanText(p.company).replace(/^at /, ''), CAP.company),
    location: one(p.location, CAP.location),
    experience: e && typeof e.min === 'number' ? years(e.min, typeof e.max === 'number' ? e.max : null) : null,
    salary: parseSalary(p.salary),
    description,
  };
}

/** Builds a job site whose `extract` is the shared JSON-LD + DOM path. */
export function defineJobSite(def: Omit<JobSite, 'kind' | 'extract'> & { dom: DomSelectors }): JobSite {
  const { dom, ...site } = def;
  return { ...site, kind: 'job', extract: (doc, url) => extractPosting(doc, url, site.id, dom) };
}
