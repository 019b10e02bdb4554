/**
 * Professional tax per state, at each slab edge, against the research table
 * (/work/shared/research/india-tax-fy2025-26.md). Yearly amounts: 11 months
 * at the slab rate plus February's amount; half-yearly rules twice a year.
 */
import { describe, expect, it } from 'vitest';
import { FY2025_26, STATE_IDS, type StateId } from '@/data/tax/fy2025-26';
import { professionalTax, STATE_OPTIONS } from '@/utils/in-hand/ctc';

describe('professionalTax', () => {
  it.each<[StateId, number, number]>([
    // Karnataka (from 1 April 2025): ₹25,000 a month or more → 200 × 11 + 300 = 2,500
    ['karnataka', 0, 0],
    ['karnataka', 24_999, 0],
    ['karnataka', 24_999.4, 0], // rounds to 24,999
    ['karnataka', 24_999.5, 2_500], // rounds to 25,000
    ['karnataka', 25_000, 2_500],
    ['karnataka', 5_00_000, 2_500],
    // Maharashtra (men): ≤ 7,500 nil; 7,501–10,000 → 175 × 12 = 2,100; above → 200 × 11 + 300 = 2,500
    ['maharashtra', 7_500, 0],
    ['maharashtra', 7_501, 2_100],
    ['maharashtra', 10_000, 2_100],
    ['maharashtra', 10_001, 2_500],
    // Telangana: ≤ 15,000 nil; 15,001–20,000 → 150 × 12 = 1,800; above → 200 × 12 = 2,400
    ['telangana', 15_000, 0],
    ['telangana', 15_001, 1_800],
    ['telangana', 20_000, 1_800],
    ['telangana', 20_001, 2_400],
    // Tamil Nadu (Chennai), on half-year income = 6 × monthly, twice a year:
    ['tamil-nadu', 3_500, 0], // 21,000 → nil
    ['tamil-nadu', 3_501, 360], // 21,006 → 180 × 2
    ['tamil-nadu', 3_500.2, 360], // 21,001.2 → 21,001 → 180 × 2
    ['tamil-nadu', 5_000, 360], // 30,000 → 180 × 2
    ['tamil-nadu', 5_001, 850], // 30,006 → 425 × 2
    ['tamil-nadu', 7_500, 850], // 45,000 → 425 × 2
    ['tamil-nadu', 7_501, 1_860], // 45,006 → 930 × 2
    ['tamil-nadu', 10_000, 1_860], // 60,000 → 930 × 2
    ['tamil-nadu', 10_001, 2_050], // 60,006 → 1,025 × 2
    ['tamil-nadu', 12_500, 2_050], // 75,000 → 1,025 × 2
    ['tamil-nadu', 12_501, 2_500], // 75,006 → 1,250 × 2
    // West Bengal: ≤ 10,000 nil; 110 / 130 / 150 / 200 a month × 12
    ['west-bengal', 10_000, 0],
    ['west-bengal', 10_001, 1_320],
    ['west-bengal', 15_000, 1_320],
    ['west-bengal', 15_001, 1_560],
    ['west-bengal', 25_000, 1_560],
    ['west-bengal', 25_001, 1_800],
    ['west-bengal', 40_000, 1_800],
    ['west-bengal', 40_001, 2_400],
    // No professional tax.
    ['delhi', 1_00_000, 0],
    ['haryana', 1_00_000, 0],
    ['punjab', 1_00_000, 0],
    ['rajasthan', 1_00_000, 0],
    ['uttar-pradesh', 1_00_000, 0],
    ['other', 1_00_000, 0],
  ])('%s at %d a month → %d a year', (state, monthly, perYear) => {
    expect(professionalTax(monthly, state)).toBe(perYear);
  });

  it('never exceeds ₹2,500 a year in any state', () => {
    for (const state of STATE_IDS)
      for (const m of [1_000, 20_000, 50_000, 10_00_000]) expect(professionalTax(m, state)).toBeLessThanOrEqual(2_500);
  });

  it('caps a rule at the constitutional ₹2,500 even if the data says more', () => {
    const rules = structuredClone(FY2025_26);
    rules.states.telangana.professionalTax = { kind: 'monthly', slabs: [{ from: 1, perMonth: 300 }] };
    expect(professionalTax(50_000, 'telangana', rules)).toBe(2_500); // 300 × 12 = 3,600, capped
  });

  it('lists every state with a human name for a combobox', () => {
    expect(STATE_OPTIONS.map((s) => s.id)).toEqual([...STATE_IDS]);
    expect(STATE_OPTIONS.find((s) => s.id === 'tamil-nadu')?.name).toBe('Tamil Nadu');
    expect(STATE_OPTIONS.find((s) => s.id === 'uttar-pradesh')?.name).toBe('Uttar Pradesh');
    expect(STATE_OPTIONS.at(-1)?.id).toBe('other');
  });
});
