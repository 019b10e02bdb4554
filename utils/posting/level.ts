/** A posting's seniority: from its stated experience, else from an explicit title word, else unknown. */
import { levelForYears } from '@/data/levels';
import type { SeniorityLevel } from '@/data/schema';
import type { ExperienceRange } from './types';

/**
 * Title words that state a level outright, most specific first: an explicit
 * SDE grade beats "senior" ("Senior Engineer (SDE 2)" is an SDE 2 opening),
 * and "senior" beats "graduate" ("Senior Graduate Recruiter" aside, titles
 * with both are senior roles mentoring juniors).
 */
const TITLE_RULES: readonly { level: SeniorityLevel; re: RegExp }[] = [
  {
    level: 'fresher',
    re: /\b(?:sde|swe|software (?:development )?engineer|software developer|developer|engineer)[\s-]*(?:1|i)\b(?![\s-]*[/.]?\s*(?:2|ii)\b)/i,
  },
  { level: 'mid', re: /\b(?:sde|swe|software (?:development )?engineer|software developer|developer|engineer)[\s-]*(?:2|ii)\b/i },
  { level: 'senior', re: /\b(?:sde|swe|software (?:development )?engineer|software developer|developer|engineer)[\s-]*(?:3|iii)\b/i },
  { level: 'senior', re: /\b(?:senior|sr|lead|staff|principal|architect)\b/i },
  { level: 'mid', re: /\bmid[\s-]?(?:level|senior)\b/i },
  { level: 'fresher', re: /\b(?:intern|internship|fresher|freshers|graduate|grad|trainee|entry[\s-]?level|junior|jr)\b/i },
];

/** The seniority a job title states outright, with the words that said so; null when it says none. */
export function levelFromTitle(title: string): { level: SeniorityLevel; cue: string } | null {
  for (const { level, re } of TITLE_RULES) {
    const m = re.exec(title);
    if (m) return { level, cue: m[0].trim() };
  }
  return null;
}

/** The posting's seniority: its minimum years, else an explicit title word, else null (we never guess). */
export function postingLevel(posting: { title?: unknown; experience?: ExperienceRange | null }): SeniorityLevel | null {
  const min = posting.experience?.min;
  if (typeof min === 'number' && Number.isFinite(min) && min >= 0) {
    const level = levelForYears(min);
    if (level) return level;
  }
  return levelFromTitle(typeof posting.title === 'string' ? posting.title : '')?.level ?? null;
}
