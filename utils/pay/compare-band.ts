import { LEVEL_LABELS, LEVEL_YEARS, PAY_LEVELS, type PayLevel } from '@/data/market-pay';

/**
 * Where a posted pay range sits against a market range. Pure.
 *
 * Pay is rupees a year ({min, max}; either may be null for "up to" / "from");
 * the band is LPA ({min, max}; max null = open-ended, "28 LPA+"). With pay
 * [a, b] and band [lo, hi], mid = (lo + hi) / 2, checked in this order:
 *
 *   below            b < lo                       the whole pay is under the range
 *   above            a > hi                       the whole pay is over the range
 *   spans            a <= lo and b >= hi          the pay covers the whole range
 *   straddles-bottom a < lo <= b                  starts under the range, ends inside it
 *   straddles-top    a <= hi < b                  starts inside the range, ends over it
 *   within           lo <= a, hi open-ended       inside an open-ended range (no halves)
 *   lower-half       lo <= a and b <= mid
 *   upper-half       mid <= a and b <= hi
 *   middle           lo <= a < mid < b <= hi      inside the range, across its middle
 *
 * A lone figure ("up to 25 LPA", "from 10 LPA") is compared as a point.
 */

export type BandPosition =
  | 'below'
  | 'straddles-bottom'
  | 'lower-half'
  | 'middle'
  | 'upper-half'
  | 'straddles-top'
  | 'above'
  | 'spans'
  | 'within';

export const POSITION_WORDS: Readonly<Record<BandPosition, string>> = {
  below: 'below the range',
  'straddles-bottom': 'straddles the bottom of the range',
  'lower-half': 'in the lower half',
  middle: 'across the middle of the range',
  'upper-half': 'in the upper half',
  'straddles-top': 'straddles the top of the range',
  above: 'above the range',
  spans: 'spans the range',
  within: 'within the range',
};

export interface BandComparison {
  position: BandPosition;
  words: string;
}

export interface PayRange {
  min: number | null;
  max: number | null;
}

export interface LpaSpan {
  min: number;
  max: number | null;
}

const LAKH = 1e5;

/** Where `pay` (rupees a year) sits against `band` (LPA); null when the pay states no amount. */
export function compareToBand(pay: PayRange, band: LpaSpan): BandComparison | null {
  const lo = pay.min ?? pay.max;
  const hi = pay.max ?? pay.min;
  if (lo === null || hi === null || !Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  if (!Number.isFinite(band.min) || (band.max !== null && !(band.max >= band.min))) return null;
  const a = Math.min(lo, hi) / LAKH;
  const b = Math.max(lo, hi) / LAKH;
  const position = positionOf(a, b, band.min, band.max);
  return { position, words: POSITION_WORDS[position] };
}

function positionOf(a: number, b: number, lo: number, hi: number | null): BandPosition {
  if (b < lo) return 'below';
  if (hi !== null && a > hi) return 'above';
  if (hi !== null && a <= lo && b >= hi) return 'spans';
  if (a < lo) return 'straddles-bottom';
  if (hi !== null && b > hi) return 'straddles-top';
  if (hi === null) return 'within';
  const mid = (lo + hi) / 2;
  if (b <= mid) return 'lower-half';
  if (a >= mid) return 'upper-half';
  return 'middle';
}

/** 12 -> "12", 3.5 -> "3.5", 11.514 -> "11.51": at most two decimals, none when not needed. */
export function formatLpaNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** "₹12–16 LPA", "₹28 LPA+", "up to ₹25 LPA", "₹12 LPA", "₹3.5–8 LPA". */
export function formatLpa(min: number | null, max: number | null): string {
  if (min === null && max === null) return '';
  if (min === null) return `up to ₹${formatLpaNumber(max as number)} LPA`;
  if (max === null) return `₹${formatLpaNumber(min)} LPA+`;
  const lo = formatLpaNumber(min);
  const hi = formatLpaNumber(max);
  return lo === hi ? `₹${lo} LPA` : `₹${lo}–${hi} LPA`;
}

/** Rupees a year to the same format: {min: 1200000, max: 1600000} -> "₹12–16 LPA". */
export function formatRupeesAsLpa(pay: PayRange): string {
  return formatLpa(pay.min === null ? null : pay.min / LAKH, pay.max === null ? null : pay.max / LAKH);
}

export interface BandSentenceInput {
  /** Rupees a year. */
  pay: PayRange;
  band: LpaSpan;
  level: PayLevel;
  /** e.g. 'Backend'. */
  roleLabel: string;
  /** Source names, e.g. ['salaryinhand.in', 'whatis.in']. */
  sources: readonly string[];
}

const VERB: Readonly<Record<BandPosition, string>> = {
  below: 'sits below',
  'straddles-bottom': 'straddles the bottom of',
  'lower-half': 'sits in the lower half of',
  middle: 'sits across the middle of',
  'upper-half': 'sits in the upper half of',
  'straddles-top': 'straddles the top of',
  above: 'sits above',
  spans: 'spans the whole of',
  within: 'sits within',
};

function sourcesText(sources: readonly string[]): string {
  const unique = [...new Set(sources.filter((s) => s.trim()))];
  if (unique.length === 0) return '';
  return `, ${unique.length === 1 ? 'source' : 'sources'} ${unique.join(', ')}`;
}

/**
 * "₹12–16 LPA sits in the lower half of the mid-level range for Backend
 * (₹12–24 LPA, source salaryinhand.in)." null when the pay states no amount.
 */
export function describeAgainstBand(input: BandSentenceInput): string | null {
  const cmp = compareToBand(input.pay, input.band);
  if (!cmp) return null;
  const pay = formatRupeesAsLpa(input.pay);
  const subject = pay.charAt(0).toUpperCase() + pay.slice(1);
  const band = formatLpa(input.band.min, input.band.max);
  return `${subject} ${VERB[cmp.position]} the ${LEVEL_LABELS[input.level]} range for ${input.roleLabel} (${band}${sourcesText(input.sources)}).`;
}

/**
 * Every level a stated experience range reaches, by the levels' [min, max)
 * years (fresher 0–2, mid 2–6, senior 6+): 4–8 years -> mid and senior,
 * 0–1 -> fresher, 0–2 -> fresher and mid (2.0 years is mid). "5+" (max null)
 * reaches every level from 5 years up. Unknown or unusable -> all three.
 */
export function levelsForExperience(exp: { min: number; max: number | null } | null | undefined): PayLevel[] {
  if (!exp || typeof exp.min !== 'number' || !Number.isFinite(exp.min) || exp.min < 0) return [...PAY_LEVELS];
  const max = typeof exp.max === 'number' && Number.isFinite(exp.max) && exp.max >= exp.min ? exp.max : exp.max === null ? null : exp.min;
  return PAY_LEVELS.filter((l) => {
    const y = LEVEL_YEARS[l];
    const reachesBottom = max === null || max >= y.min;
    const startsBelowTop = y.max === null || exp.min < y.max;
    return reachesBottom && startsBelowTop;
  });
}
