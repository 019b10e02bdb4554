import type { AdviceItem, SalaryBand, SalarySource } from './schema';

/** Where the rupee figures come from. */
export const salarySource: SalarySource = { name: 'Backend Developer Interview Guide, India', year: 2025 };

/**
 * Typical backend developer pay in India, in lakh rupees per annum (LPA).
 *
 * The source gives the figures per level but no year ranges, so the year
 * boundaries are ours. They follow the usual Indian SDE ladder: campus hires
 * and SDE 1s sit in roughly their first two years; SDE 2 / mid-level roles
 * ask for about 2–5 years; "senior", SDE 3 and lead openings mostly start at
 * 6 years. Bands are [min, max): 2.0 years is mid, 6.0 is senior, with no gap
 * or overlap (data/validate.ts checks that).
 */
export const salaryBands: SalaryBand[] = [
  { level: 'fresher', label: 'Fresher', years: { min: 0, max: 2 }, lpa: { min: 5, max: 10 }, source: salarySource },
  { level: 'mid', label: 'Mid-level', years: { min: 2, max: 6 }, lpa: { min: 12, max: 24 }, source: salarySource },
  { level: 'senior', label: 'Senior', years: { min: 6, max: null }, lpa: { min: 28, max: null }, source: salarySource },
];

/** Shown with every band: the figures are a national guide, not an offer. */
export const salaryCaveat =
  'These are typical ranges; actual offers move with the city and the tier of the company.';

/** How to negotiate, in the order a conversation usually needs it. */
export const negotiationAdvice: AdviceItem[] = [
  { id: 'ask-band-first', text: 'Ask for the budgeted band for the role before anything else.' },
  { id: 'never-first-number', text: 'Do not be the first to name a number.' },
  {
    id: 'weigh-in-hand',
    text: 'Weigh every offer by its monthly in-hand pay, not its CTC: employer PF, gratuity and variable pay are all inside the CTC.',
  },
  { id: 'quantify-impact', text: 'Put numbers on your impact: the scale you handled, the reliability you improved.' },
  { id: 'cite-market-data', text: 'Back your ask with market data from AmbitionBox or Levels.fyi.' },
  {
    id: 'capped-base',
    text: 'If the base salary is capped, negotiate ESOPs, a joining bonus or a salary review after six months instead.',
  },
];
