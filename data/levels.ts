import type { SeniorityLevel } from './schema';

/**
 * Seniority levels by years of experience, [min, max): 2.0 years is mid, 6.0
 * is senior, with no gap or overlap. The usual Indian SDE ladder: campus hires
 * and SDE 1s sit in roughly their first two years; SDE 2 / mid-level roles ask
 * for about 2–5 years; "senior", SDE 3 and lead openings mostly start at 6.
 * Salary bands and the ranker's level fit both use these.
 */
export const LEVELS: readonly { level: SeniorityLevel; label: string; years: { min: number; max: number | null } }[] = [
  { level: 'fresher', label: 'Fresher', years: { min: 0, max: 2 } },
  { level: 'mid', label: 'Mid-level', years: { min: 2, max: 6 } },
  { level: 'senior', label: 'Senior', years: { min: 6, max: null } },
];

export const LEVEL_ORDER: readonly SeniorityLevel[] = LEVELS.map((l) => l.level);

/** The level whose years cover `years`, or null for a negative or non-number. */
export function levelForYears(years: number): SeniorityLevel | null {
  if (!Number.isFinite(years) || years < 0) return null;
  return LEVELS.find((l) => years >= l.years.min && (l.years.max === null || years < l.years.max))?.level ?? null;
}
