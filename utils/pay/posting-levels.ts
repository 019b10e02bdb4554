/**
 * The seniority levels whose pay ranges a posting should be held against, and
 * why in words. Stated experience decides (every level it spans: 4–8 years is
 * mid and senior); else a seniority word in the title ("SDE 2", "Senior");
 * else every level. Never a guess.
 */
import type { PayLevel } from '@/data/market-pay';
import { formatExperience } from '../posting/experience';
import { levelFromTitle } from '../posting/level';
import type { ExperienceRange } from '../posting/types';
import { levelsForExperience } from './compare-band';

const usable = (e: ExperienceRange | null | undefined): e is ExperienceRange =>
  !!e && typeof e.min === 'number' && Number.isFinite(e.min) && e.min >= 0;

export function payLevelsFor(posting: { title: string; experience: ExperienceRange | null }): { levels: PayLevel[]; basis: string } {
  const e = posting.experience;
  if (usable(e)) {
    const clean = { min: e.min, max: typeof e.max === 'number' && Number.isFinite(e.max) && e.max >= e.min ? e.max : null };
    return { levels: levelsForExperience(clean), basis: `The posting asks for ${formatExperience(clean)}.` };
  }
  const fromTitle = levelFromTitle(typeof posting.title === 'string' ? posting.title : '');
  if (fromTitle) return { levels: [fromTitle.level], basis: `Experience not stated; the title says “${fromTitle.cue}”.` };
  return { levels: levelsForExperience(null), basis: 'Experience not stated: every level shown.' };
}
