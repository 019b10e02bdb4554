/** Years of experience: read from a posting's text, and written back for people. */
import { POSTING_LIMITS } from './limits';
import { cleanText } from './text';
import type { ExperienceRange } from './types';

const YEARS = '\\s*\\+?\\s*(?:years?|yrs?)\\b';

/** A range within the limits, or null. */
export function years(min: number, max: number | null): ExperienceRange | null {
  const top = POSTING_LIMITS.maxYears;
  if (!(min >= 0 && min <= top) || (max !== null && !(max >= min && max <= top))) return null;
  return { min, max };
}

/**
 * Years of experience from text such as "3-5 years", "3 - 5 Yrs", "3 to 5
 * years", "5+ years", "minimum 4 years", "0-2 yrs". A short label reading
 * "Fresher" means {0, 1}; a bare "2 years" label means at least 2.
 */
export function parseExperience(text: unknown): ExperienceRange | null {
  const s = cleanText(text).toLowerCase();
  // A number starts after anything but a digit or dot: "applicants3-5 years" (spans read without a space) counts too.
  const n = '(?<![\\d.])(\\d{1,2}(?:\\.\\d)?)';
  let m = new RegExp(`${n}(?:\\s*(?:years?|yrs?))?\\s*(?:-|–|—|to)\\s*${n}${YEARS}`).exec(s);
  if (m) return years(Number(m[1]), Number(m[2]));
  m =
    new RegExp(`(?:minimum|min\\.?|at\\s*least|atleast)\\s*(?:of\\s*)?${n}${YEARS}`).exec(s) ??
    new RegExp(`${n}\\s*(?:\\+|plus)\\s*(?:years?|yrs?)\\b`).exec(s) ??
    new RegExp(`${n}\\s*(?:years?|yrs?)\\s*(?:\\+|or more|and above)`).exec(s);
  if (m) return years(Number(m[1]), null);
  if (s.length > 40) return null;
  if (/\bfreshers?\b/.test(s)) return { min: 0, max: 1 };
  m = new RegExp(`${n}\\s*(?:years?|yrs?)\\b`).exec(s);
  return m ? years(Number(m[1]), null) : null;
}

/** Experience from prose: the first sentence that talks about experience and names years. */
export function proseExperience(description: string): ExperienceRange | null {
  // Sentence ends, but not the dot in "1.5 years".
  for (const part of description.split(/[\n;•·]|\.(?!\d)/)) {
    if (/experience|\bexp\b/i.test(part)) {
      const e = parseExperience(part);
      if (e) return e;
    }
  }
  return null;
}

/** Prefers a real range over a bare minimum; earlier candidates win ties. */
export function bestExperience(...c: (ExperienceRange | null | undefined)[]): ExperienceRange | null {
  return c.find((e) => e && e.max !== null) ?? c.find((e) => e) ?? null;
}

/** "1 year", "3–5 years", "5+ years": the one way experience is written for people. */
export function formatExperience(e: ExperienceRange): string {
  if (e.max === null) return `${e.min}+ years`;
  if (e.max === e.min) return `${e.min} ${e.min === 1 ? 'year' : 'years'}`;
  return `${e.min}–${e.max} years`;
}
