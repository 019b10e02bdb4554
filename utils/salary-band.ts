import { LEVEL_ORDER } from '@/data/levels';
import { salaryBands } from '@/data/salary';
import type { SalaryBand, SeniorityLevel } from '@/data/schema';
import { formatExperience } from './posting/experience';
import { levelFromTitle } from './posting/level';
import type { ExperienceRange } from './posting/types';

/**
 * Picks the salary band(s) to show beside a posting. Pure. The band follows
 * from stated experience when there is one, else from an explicit seniority
 * word in the title; otherwise every band is shown. We never guess a level.
 */

export interface SalaryGuidance {
  level: SeniorityLevel | null;
  /** The one band for `level`, or all bands when the level is unknown. */
  bands: SalaryBand[];
  /** Why these bands, e.g. "The posting asks for 3–5 years." */
  basis: string;
  /** Levels a stated experience range reaches, when it reaches past its own band (e.g. 4–8 years). */
  spansLevels?: SeniorityLevel[];
}

export interface SalaryInput {
  title: string;
  experience: ExperienceRange | null;
}

/** The level whose band covers `years` ([min, max) as in SalaryBand.years), or null if none does. */
export function levelForYears(years: number, bands: readonly SalaryBand[]): SeniorityLevel | null {
  const band = bands.find((b) => years >= b.years.min && (b.years.max === null || years < b.years.max));
  return band ? band.level : null;
}

function bandFor(level: SeniorityLevel, bands: readonly SalaryBand[]): SalaryBand[] {
  return bands.filter((b) => b.level === level);
}

/** A usable range: finite, non-negative, max (if any) not below min. */
function cleanExperience(e: ExperienceRange | null | undefined): ExperienceRange | null {
  if (!e || typeof e.min !== 'number' || !Number.isFinite(e.min) || e.min < 0) return null;
  const max = typeof e.max === 'number' && Number.isFinite(e.max) && e.max >= e.min ? e.max : null;
  return { min: e.min, max };
}

export function salaryGuidanceFor(posting: SalaryInput, bands: readonly SalaryBand[] = salaryBands): SalaryGuidance {
  const experience = cleanExperience(posting.experience);

  if (experience) {
    // The minimum is the bar the employer actually sets, and what someone at
    // that bar will be offered; the maximum is often padding ("3–8 years").
    const level = levelForYears(experience.min, bands);
    if (level) {
      const guidance: SalaryGuidance = {
        level,
        bands: bandFor(level, bands),
        basis: `The posting asks for ${formatExperience(experience)}.`,
      };
      // An open-ended "5+ years" sets only a floor, so it spans nothing.
      const top = experience.max === null ? level : levelForYears(experience.max, bands);
      if (top && top !== level) {
        guidance.spansLevels = LEVEL_ORDER.slice(LEVEL_ORDER.indexOf(level), LEVEL_ORDER.indexOf(top) + 1);
      }
      return guidance;
    }
  }

  const fromTitle = levelFromTitle(posting.title ?? '');
  if (fromTitle) {
    return {
      level: fromTitle.level,
      bands: bandFor(fromTitle.level, bands),
      basis: `Experience not stated; the title says “${fromTitle.cue}”.`,
    };
  }

  return { level: null, bands: [...bands], basis: 'Experience not stated: all bands shown.' };
}

/** "₹12–24 LPA", or "₹28 LPA+" for an open-ended band. */
export function formatBand(b: SalaryBand): string {
  return b.lpa.max === null ? `₹${b.lpa.min} LPA+` : `₹${b.lpa.min}–${b.lpa.max} LPA`;
}
