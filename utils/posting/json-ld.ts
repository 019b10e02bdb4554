/**
 * The page's schema.org `JobPosting` (JSON-LD), read defensively: JSON is
 * parsed in try/catch, size and depth are bounded, every field becomes text.
 */
import { cityOf } from './location';
import { LD_PAY } from './salary-text';
import { cleanText, htmlToText, str } from './text';
import type { PostingFields } from './types';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : null);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/** Scripts larger than this are skipped unparsed: no real posting needs 2 MB of JSON. */
const MAX_JSON_LD = 2_000_000;

/**
 * schema.org MonetaryAmount as numbers in text ("schema.org:INR 1200000 1600000 YEAR"): formatting it
 * for people ("₹12,00,000 – ₹16,00,000 a year") is the background's job (`parseSalary`), not the page's.
 */
export function jsonLdSalary(v: unknown): string | null {
  const b = rec(first(v));
  if (!b) return null;
  const q = rec(first(b.value));
  const num = (x: unknown) => (Number(x) > 0 ? Number(x) : 0);
  const min = num(q ? (q.minValue ?? q.value) : first(b.value));
  const max = num(q?.maxValue);
  const word = (x: unknown) => str(x).replace(/\W/g, '');
  return min || max ? `${LD_PAY}${word(b.currency ?? q?.currency)} ${min} ${max} ${word(q?.unitText ?? b.unitText)}` : null;
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

/** The experience asked, as text: "at least 3 years" for `monthsOfExperience: 36`. Parsed by the background. */
function ldExperience(v: unknown): string {
  const e = first(v);
  const r = rec(e);
  if (!r) return htmlToText(e);
  const months = Number(r.monthsOfExperience);
  if (r.monthsOfExperience != null && months >= 0) return `at least ${Math.round((months / 12) * 10) / 10} years`;
  return htmlToText(r.description);
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
    // A page is read again while it settles or retitles itself: its unchanged JSON-LD is not parsed again.
    const seen = readScripts.get(script);
    const fields = seen?.[0] === raw ? seen[1] : postingOf(raw);
    readScripts.set(script, [raw, fields]);
    if (fields) return fields;
  }
  return null;
}

const readScripts = new WeakMap<Element, [string, PostingFields | null]>();

function postingOf(raw: string): PostingFields | null {
  let jp: Rec | null;
  try {
    jp = findJobPosting(JSON.parse(raw));
  } catch {
    return null;
  }
  if (!jp) return null;
  const org = first(jp.hiringOrganization);
  return {
    title: cleanText(htmlToText(first(jp.title) || first(jp.name))),
    company: cleanText(htmlToText(rec(org) ? first(rec(org)!.name) : org)),
    location: ldLocation(jp),
    experience: [ldExperience(jp.experienceRequirements)],
    salary: jsonLdSalary(jp.baseSalary),
    description: htmlToText(first(jp.description)),
  };
}
