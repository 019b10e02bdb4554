import { describe, expect, it } from 'vitest';
import type { PayLevel } from '@/data/market-pay';
import {
  compareToBand,
  describeAgainstBand,
  formatLpa,
  formatRupeesAsLpa,
  levelsForExperience,
  type BandPosition,
} from '@/utils/pay/compare-band';

const L = 100_000;

describe('compareToBand (pay in rupees a year, band in LPA)', () => {
  const band = { min: 12, max: 24 }; // mid = 18
  it.each<[string, { min: number | null; max: number | null }, { min: number; max: number | null }, BandPosition, string]>([
    ['6–8 under 12–24', { min: 6 * L, max: 8 * L }, band, 'below', 'below the range'],
    ['30–40 over 12–24', { min: 30 * L, max: 40 * L }, band, 'above', 'above the range'],
    ['12–16 low in 12–24', { min: 12 * L, max: 16 * L }, band, 'lower-half', 'in the lower half'],
    ['12–18 ends at the middle', { min: 12 * L, max: 18 * L }, band, 'lower-half', 'in the lower half'],
    ['18–24 starts at the middle', { min: 18 * L, max: 24 * L }, band, 'upper-half', 'in the upper half'],
    ['20–22 high in 12–24', { min: 20 * L, max: 22 * L }, band, 'upper-half', 'in the upper half'],
    ['15–20 across the middle', { min: 15 * L, max: 20 * L }, band, 'middle', 'across the middle of the range'],
    ['10–30 covers 12–24', { min: 10 * L, max: 30 * L }, band, 'spans', 'spans the range'],
    ['12–24 is 12–24', { min: 12 * L, max: 24 * L }, band, 'spans', 'spans the range'],
    ['10–14 starts under', { min: 10 * L, max: 14 * L }, band, 'straddles-bottom', 'straddles the bottom of the range'],
    ['20–30 ends over', { min: 20 * L, max: 30 * L }, band, 'straddles-top', 'straddles the top of the range'],
    ['24–30 starts at the top', { min: 24 * L, max: 30 * L }, band, 'straddles-top', 'straddles the top of the range'],
    ['a point at 13', { min: 13 * L, max: 13 * L }, band, 'lower-half', 'in the lower half'],
    ['up to 25 is a point at 25', { min: null, max: 25 * L }, band, 'above', 'above the range'],
    ['from 10 is a point at 10', { min: 10 * L, max: null }, band, 'below', 'below the range'],
    ['30–40 in open 28+', { min: 30 * L, max: 40 * L }, { min: 28, max: null }, 'within', 'within the range'],
    ['25–30 against open 28+', { min: 25 * L, max: 30 * L }, { min: 28, max: null }, 'straddles-bottom', 'straddles the bottom of the range'],
    ['20–25 under open 28+', { min: 20 * L, max: 25 * L }, { min: 28, max: null }, 'below', 'below the range'],
    ['3.5–8 fresher band, 4–5', { min: 4 * L, max: 5 * L }, { min: 3.5, max: 8 }, 'lower-half', 'in the lower half'],
  ])('%s', (_name, pay, b, position, words) => {
    expect(compareToBand(pay, b)).toEqual({ position, words });
  });

  it('returns null when the pay states no amount', () => {
    expect(compareToBand({ min: null, max: null }, band)).toBeNull();
  });
});

describe('formatLpa', () => {
  it.each<[number | null, number | null, string]>([
    [12, 16, '₹12–16 LPA'],
    [28, null, '₹28 LPA+'],
    [3.5, 8, '₹3.5–8 LPA'],
    [null, 25, 'up to ₹25 LPA'],
    [12, 12, '₹12 LPA'],
    [11.514, 21, '₹11.51–21 LPA'],
    [6.2, 6.2, '₹6.2 LPA'],
  ])('%s, %s -> %s', (min, max, want) => {
    expect(formatLpa(min, max)).toBe(want);
  });

  it('formats rupees as LPA', () => {
    expect(formatRupeesAsLpa({ min: 1_200_000, max: 1_600_000 })).toBe('₹12–16 LPA');
    expect(formatRupeesAsLpa({ min: 960_000, max: 960_000 })).toBe('₹9.6 LPA');
    expect(formatRupeesAsLpa({ min: 350_000, max: 800_000 })).toBe('₹3.5–8 LPA');
  });
});

describe('describeAgainstBand', () => {
  it('builds the sentence', () => {
    expect(
      describeAgainstBand({ pay: { min: 12 * L, max: 16 * L }, band: { min: 12, max: 24 }, level: 'mid', roleLabel: 'Backend', sources: ['salaryinhand.in'] }),
    ).toBe('₹12–16 LPA sits in the lower half of the mid-level range for Backend (₹12–24 LPA, source salaryinhand.in).');
  });

  it('names several sources once each, and reads "up to" pay', () => {
    expect(
      describeAgainstBand({
        pay: { min: null, max: 40 * L },
        band: { min: 15, max: 38 },
        level: 'senior',
        roleLabel: 'Backend',
        sources: ['salaryinhand.in', 'Rohith Builds', 'whatis.in', 'salaryinhand.in'],
      }),
    ).toBe('Up to ₹40 LPA sits above the senior range for Backend (₹15–38 LPA, sources salaryinhand.in, Rohith Builds, whatis.in).');
  });

  it('reads open-ended bands and straddling pay', () => {
    expect(describeAgainstBand({ pay: { min: 25 * L, max: 32 * L }, band: { min: 28, max: null }, level: 'senior', roleLabel: 'Backend', sources: [] })).toBe(
      '₹25–32 LPA straddles the bottom of the senior range for Backend (₹28 LPA+).',
    );
    expect(describeAgainstBand({ pay: { min: 3 * L, max: 12 * L }, band: { min: 3.5, max: 8 }, level: 'fresher', roleLabel: 'Frontend', sources: ['Fueler'] })).toBe(
      '₹3–12 LPA spans the whole of the fresher range for Frontend (₹3.5–8 LPA, source Fueler).',
    );
  });

  it('returns null without an amount', () => {
    expect(describeAgainstBand({ pay: { min: null, max: null }, band: { min: 1, max: 2 }, level: 'mid', roleLabel: 'QA', sources: [] })).toBeNull();
  });
});

describe('levelsForExperience', () => {
  it.each<[string, { min: number; max: number | null } | null, PayLevel[]]>([
    ['unknown', null, ['fresher', 'mid', 'senior']],
    ['0–1', { min: 0, max: 1 }, ['fresher']],
    ['0–2 (2.0 is mid)', { min: 0, max: 2 }, ['fresher', 'mid']],
    ['1–3', { min: 1, max: 3 }, ['fresher', 'mid']],
    ['2–5', { min: 2, max: 5 }, ['mid']],
    ['3–5', { min: 3, max: 5 }, ['mid']],
    ['4–8', { min: 4, max: 8 }, ['mid', 'senior']],
    ['5–6', { min: 5, max: 6 }, ['mid', 'senior']],
    ['6–10', { min: 6, max: 10 }, ['senior']],
    ['0–10', { min: 0, max: 10 }, ['fresher', 'mid', 'senior']],
    ['5+', { min: 5, max: null }, ['mid', 'senior']],
    ['10+', { min: 10, max: null }, ['senior']],
    ['1.5 exactly', { min: 1.5, max: 1.5 }, ['fresher']],
    ['negative', { min: -1, max: 2 }, ['fresher', 'mid', 'senior']],
    ['NaN', { min: Number.NaN, max: 2 }, ['fresher', 'mid', 'senior']],
  ])('%s', (_name, exp, want) => {
    expect(levelsForExperience(exp)).toEqual(want);
  });
});
