/**
 * CTC → in-hand, against hand-worked breakdowns. Defaults: basic 50 % of CTC,
 * no variable pay, PF on the full basic, new regime.
 *
 * For a CTC C with the defaults: basic = 0.5C, employer PF = 12 % × basic =
 * 0.06C, gratuity = 4.81 % × basic = 0.02405C, gross = C − PF − gratuity =
 * 0.91595C, taxable = gross − 75,000.
 */
import { describe, expect, it } from 'vitest';
import type { StateId } from '@/data/tax/fy2025-26';
import { inHand, type InHandInput } from '@/utils/in-hand/ctc';

const base: InHandInput = { ctc: 18_00_000, regime: 'new', state: 'karnataka' };

describe('inHand, new regime, defaults, Karnataka', () => {
  it('breaks down 18 LPA', () => {
    // basic 9,00,000; PF 1,08,000; gratuity 4.81 % × 9,00,000 = 43,290;
    // gross 18,00,000 − 1,08,000 − 43,290 = 16,48,710; taxable 15,73,710.
    // Tax: 60,000 + 15 % × 3,73,710 = 1,16,056.50; × 1.04 = 1,20,698.76 → 1,20,699.
    // In hand: 16,48,710 − 1,20,699 − 1,08,000 − 2,500 = 14,17,511; ÷ 12 = 1,18,125.92 → 1,18,126.
    expect(inHand(base)).toMatchObject({
      taxYear: 'FY 2025-26 (AY 2026-27)',
      ctc: 18_00_000,
      basic: 9_00_000,
      employerPf: 1_08_000,
      gratuity: 43_290,
      variable: 0,
      grossSalary: 16_48_710,
      standardDeduction: 75_000,
      professionalTaxDeduction: 0,
      deduction80C: 0,
      taxableIncome: 15_73_710,
      incomeTax: 1_20_699,
      incomeTaxBreakdown: { slabTax: 1_16_057, cess: 4_642, total: 1_20_699 },
      employeePf: 1_08_000,
      professionalTax: 2_500,
      inHandPerYear: 14_17_511,
      inHandPerMonth: 1_18_126,
      warnings: [],
    });
  });

  // [CTC, gross, taxable, tax, in hand per year, per month]. PT is 2,500 in every row.
  it.each<[number, number, number, number, number, number]>([
    // 5L: PF 30,000; gratuity 12,025; gross 4,57,975; taxable 3,82,975 → 0; 4,57,975 − 30,000 − 2,500 = 4,25,475; ÷ 12 = 35,456.25
    [5_00_000, 4_57_975, 3_82_975, 0, 4_25_475, 35_456],
    // 8L: PF 48,000; gratuity 19,240; gross 7,32,760; 7,32,760 − 48,000 − 2,500 = 6,82,260; ÷ 12 = 56,855
    [8_00_000, 7_32_760, 6_57_760, 0, 6_82_260, 56_855],
    // 10L: PF 60,000; gratuity 24,050; gross 9,15,950; − 60,000 − 2,500 = 8,53,450; ÷ 12 = 71,120.83
    [10_00_000, 9_15_950, 8_40_950, 0, 8_53_450, 71_121],
    // 12L: PF 72,000; gratuity 28,860; gross 10,99,140; − 72,000 − 2,500 = 10,24,640; ÷ 12 = 85,386.67
    [12_00_000, 10_99_140, 10_24_140, 0, 10_24_640, 85_387],
    // 13L: PF 78,000; gratuity 31,265; gross 11,90,735; taxable 11,15,735 (under 12L) → 0; 11,10,235 ÷ 12 = 92,519.58
    [13_00_000, 11_90_735, 11_15_735, 0, 11_10_235, 92_520],
    // 15L: PF 90,000; gratuity 36,075; gross 13,73,925; taxable 12,98,925; slab 60,000 + 15 % × 98,925 = 74,838.75
    // (under 98,925, no relief); × 1.04 = 77,832.30 → 77,832; 13,73,925 − 77,832 − 90,000 − 2,500 = 12,03,593; ÷ 12 = 1,00,299.42
    [15_00_000, 13_73_925, 12_98_925, 77_832, 12_03_593, 1_00_299],
    [18_00_000, 16_48_710, 15_73_710, 1_20_699, 14_17_511, 1_18_126],
    // 25L: PF 1,50,000; gratuity 60,125; gross 22,89,875; taxable 22,14,875; 2,00,000 + 25 % × 2,14,875 = 2,53,718.75;
    // × 1.04 = 2,63,867.50 → 2,63,868 (half up); 22,89,875 − 2,63,868 − 1,50,000 − 2,500 = 18,73,507; ÷ 12 = 1,56,125.58
    [25_00_000, 22_89_875, 22_14_875, 2_63_868, 18_73_507, 1_56_126],
    // 40L: PF 2,40,000; gratuity 96,200; gross 36,63,800; taxable 35,88,800; 3,00,000 + 30 % × 11,88,800 = 6,56,640;
    // × 1.04 = 6,82,905.60 → 6,82,906; 36,63,800 − 6,82,906 − 2,40,000 − 2,500 = 27,38,394; ÷ 12 = 2,28,199.50 → 2,28,200
    [40_00_000, 36_63_800, 35_88_800, 6_82_906, 27_38_394, 2_28_200],
    // 60L: PF 3,60,000; gratuity 1,44,300; gross 54,95,700; taxable 54,20,700; slab 3,00,000 + 30 % × 30,20,700 = 12,06,210;
    // + 10 % = 13,26,831 (cap 10,80,000 + 4,20,700 = 15,00,700: no relief); × 1.04 = 13,79,904.24 → 13,79,904;
    // 54,95,700 − 13,79,904 − 3,60,000 − 2,500 = 37,53,296; ÷ 12 = 3,12,774.67
    [60_00_000, 54_95_700, 54_20_700, 13_79_904, 37_53_296, 3_12_775],
  ])('CTC %i → gross %i, taxable %i, tax %i, in hand %i a year, %i a month', (ctc, gross, taxable, tax, year, month) => {
    const r = inHand({ ...base, ctc });
    expect(r).toMatchObject({
      grossSalary: gross,
      taxableIncome: taxable,
      incomeTax: tax,
      inHandPerYear: year,
      inHandPerMonth: month,
      professionalTax: 2_500,
    });
    // The rows add up.
    expect(r.basic).toBe(ctc / 2);
    expect(r.grossSalary + r.employerPf + r.gratuity).toBe(ctc);
    expect(r.grossSalary - r.incomeTax - r.employeePf - r.professionalTax).toBe(r.inHandPerYear);
  });
});

describe('inHand options', () => {
  it('PF on the ₹15,000 wage ceiling', () => {
    // PF wage min(9,00,000, 15,000 × 12 = 1,80,000) = 1,80,000; PF 12 % = 21,600 each side; gratuity still 43,290.
    // gross 18,00,000 − 21,600 − 43,290 = 17,35,110; taxable 16,60,110; 1,20,000 + 20 % × 60,110 = 1,32,022;
    // × 1.04 = 1,37,302.88 → 1,37,303; in hand 17,35,110 − 1,37,303 − 21,600 − 2,500 = 15,73,707; ÷ 12 = 1,31,142.25
    expect(inHand({ ...base, pfCapped: true })).toMatchObject({
      employerPf: 21_600,
      employeePf: 21_600,
      gratuity: 43_290,
      grossSalary: 17_35_110,
      taxableIncome: 16_60_110,
      incomeTax: 1_37_303,
      inHandPerYear: 15_73_707,
      inHandPerMonth: 1_31_142,
    });
  });

  it('PF capped, basic below the ceiling: PF on the basic; Karnataka PT below ₹25,000 a month', () => {
    // CTC 3,00,000, basic 40 % = 1,20,000 < 1,80,000: PF 14,400 each; gratuity 4.81 % × 1,20,000 = 5,772;
    // gross 3,00,000 − 14,400 − 5,772 = 2,79,828 (23,319 a month: no Karnataka PT); taxable 2,04,828 → 0;
    // in hand 2,79,828 − 14,400 = 2,65,428; ÷ 12 = 22,119
    const r = inHand({ ctc: 3_00_000, regime: 'new', state: 'karnataka', basicPercent: 40, pfCapped: true });
    expect(r).toMatchObject({
      basic: 1_20_000,
      employerPf: 14_400,
      employeePf: 14_400,
      gratuity: 5_772,
      grossSalary: 2_79_828,
      professionalTax: 0,
      taxableIncome: 2_04_828,
      incomeTax: 0,
      inHandPerYear: 2_65_428,
      inHandPerMonth: 22_119,
    });
  });

  it('variable pay: in the yearly figure, left out of the monthly one', () => {
    // CTC 20L, variable 10 % = 2,00,000; basic 10,00,000; PF 1,20,000; gratuity 48,100;
    // gross 20,00,000 − 1,20,000 − 48,100 = 18,31,900; taxable 17,56,900; 1,20,000 + 20 % × 1,56,900 = 1,51,380;
    // × 1.04 = 1,57,435.20 → 1,57,435; in hand 18,31,900 − 1,57,435 − 1,20,000 − 2,500 = 15,51,965;
    // monthly (15,51,965 − 2,00,000) ÷ 12 = 1,12,663.75 → 1,12,664
    const r = inHand({ ...base, ctc: 20_00_000, variablePercent: 10 });
    expect(r).toMatchObject({
      variable: 2_00_000,
      grossSalary: 18_31_900,
      taxableIncome: 17_56_900,
      incomeTax: 1_57_435,
      inHandPerYear: 15_51_965,
      inHandPerMonth: 1_12_664,
    });
    expect(r.assumptions.join(' ')).toMatch(/Variable pay of ₹2,00,000 .*once a year.*\(in-hand per year − variable pay\) ÷ 12/);
  });

  it('a different basic share changes PF and gratuity', () => {
    // CTC 18L, basic 40 % = 7,20,000; PF 86,400; gratuity 4.81 % × 7,20,000 = 34,632;
    // gross 18,00,000 − 86,400 − 34,632 = 16,78,968; taxable 16,03,968; 1,20,000 + 20 % × 3,968 = 1,20,793.60;
    // × 1.04 = 1,25,625.344 → 1,25,625; in hand 16,78,968 − 1,25,625 − 86,400 − 2,500 = 14,64,443; ÷ 12 = 1,22,036.92
    expect(inHand({ ...base, basicPercent: 40 })).toMatchObject({
      basic: 7_20_000,
      employerPf: 86_400,
      gratuity: 34_632,
      grossSalary: 16_78_968,
      taxableIncome: 16_03_968,
      incomeTax: 1_25_625,
      inHandPerYear: 14_64_443,
      inHandPerMonth: 1_22_037,
    });
  });

  it('rounds components half up to the rupee', () => {
    // CTC 50,000: basic 25,000; PF 3,000; gratuity 4.81 % × 25,000 = 1,202.50 → 1,203; gross 45,797;
    // standard deduction limited to the salary, 45,797; taxable 0; 45,797 − 3,000 = 42,797 a year; ÷ 12 = 3,566.42
    expect(inHand({ ...base, ctc: 50_000 })).toMatchObject({
      gratuity: 1_203,
      grossSalary: 45_797,
      standardDeduction: 45_797,
      taxableIncome: 0,
      professionalTax: 0,
      inHandPerYear: 42_797,
      inHandPerMonth: 3_566,
    });
  });
});

describe('inHand, old regime', () => {
  const old: InHandInput = {
    ctc: 15_00_000,
    regime: 'old',
    state: 'karnataka',
    deductions80C: 50_000,
    hraExemption: 1_20_000,
    deduction80D: 25_000,
  };

  it('deducts PT, 80C (with employee PF), 80D and HRA', () => {
    // basic 7,50,000; PF 90,000; gratuity 36,075; gross 13,73,925. Deductions: standard 50,000; PT 2,500;
    // 80C min(1,50,000, 90,000 + 50,000) = 1,40,000; 80D 25,000; HRA 1,20,000.
    // taxable 13,73,925 − 50,000 − 2,500 − 1,40,000 − 25,000 − 1,20,000 = 10,36,425;
    // tax 1,12,500 + 30 % × 36,425 = 1,23,427.50; × 1.04 = 1,28,364.60 → 1,28,365;
    // in hand 13,73,925 − 1,28,365 − 90,000 − 2,500 = 11,53,060; ÷ 12 = 96,088.33
    expect(inHand(old)).toMatchObject({
      grossSalary: 13_73_925,
      standardDeduction: 50_000,
      professionalTaxDeduction: 2_500,
      deduction80C: 1_40_000,
      deduction80D: 25_000,
      hraExemption: 1_20_000,
      taxableIncome: 10_36_425,
      incomeTax: 1_28_365,
      professionalTax: 2_500,
      inHandPerYear: 11_53_060,
      inHandPerMonth: 96_088,
    });
  });

  it('caps 80C at ₹1,50,000', () => {
    // 80C min(1,50,000, 90,000 + 1,00,000) = 1,50,000; taxable 10,26,425;
    // tax 1,12,500 + 30 % × 26,425 = 1,20,427.50; × 1.04 = 1,25,244.60 → 1,25,245
    expect(inHand({ ...old, deductions80C: 1_00_000 })).toMatchObject({
      deduction80C: 1_50_000,
      taxableIncome: 10_26_425,
      incomeTax: 1_25_245,
    });
  });

  it('counts employee PF under 80C with nothing else entered', () => {
    // taxable 13,73,925 − 50,000 − 2,500 − 90,000 = 12,31,425; 1,12,500 + 30 % × 2,31,425 = 1,81,927.50;
    // × 1.04 = 1,89,204.60 → 1,89,205
    expect(inHand({ ctc: 15_00_000, regime: 'old', state: 'karnataka' })).toMatchObject({
      deduction80C: 90_000,
      taxableIncome: 12_31_425,
      incomeTax: 1_89_205,
    });
  });

  it('87A rebate up to ₹5,00,000 taxable', () => {
    // CTC 6L, Delhi: basic 3,00,000; PF 36,000; gratuity 14,430; gross 5,49,570; no PT;
    // taxable 5,49,570 − 50,000 − 36,000 (80C = PF) = 4,63,570 ≤ 5L → 0;
    // in hand 5,49,570 − 36,000 = 5,13,570; ÷ 12 = 42,797.50 → 42,798
    expect(inHand({ ctc: 6_00_000, regime: 'old', state: 'delhi' })).toMatchObject({
      grossSalary: 5_49_570,
      taxableIncome: 4_63_570,
      incomeTax: 0,
      professionalTax: 0,
      inHandPerYear: 5_13_570,
      inHandPerMonth: 42_798,
    });
  });

  it('the new regime ignores old-regime deductions and says so', () => {
    // As the 15L row above: taxable 12,98,925, tax 77,832, in hand 12,03,593.
    const r = inHand({ ...old, regime: 'new' });
    expect(r).toMatchObject({
      deduction80C: 0,
      deduction80D: 0,
      hraExemption: 0,
      professionalTaxDeduction: 0,
      taxableIncome: 12_98_925,
      incomeTax: 77_832,
      inHandPerYear: 12_03_593,
    });
    expect(r.assumptions.join(' ')).toMatch(/80C, 80D, HRA exemption you entered are ignored/);
  });
});

describe('inHand, professional tax by state (CTC 18L: gross 16,48,710, 1,37,392.50 a month)', () => {
  it.each<[StateId, number, number, number]>([
    // [state, PT, in hand a year, a month]: in hand = 16,48,710 − 1,20,699 − 1,08,000 − PT = 14,20,011 − PT
    ['karnataka', 2_500, 14_17_511, 1_18_126], // 14,17,511 ÷ 12 = 1,18,125.92
    ['maharashtra', 2_500, 14_17_511, 1_18_126],
    ['telangana', 2_400, 14_17_611, 1_18_134], // 14,17,611 ÷ 12 = 1,18,134.25
    ['tamil-nadu', 2_500, 14_17_511, 1_18_126], // half-year 8,24,355 → 1,250 × 2
    ['west-bengal', 2_400, 14_17_611, 1_18_134],
    ['delhi', 0, 14_20_011, 1_18_334], // 14,20,011 ÷ 12 = 1,18,334.25
    ['haryana', 0, 14_20_011, 1_18_334],
    ['punjab', 0, 14_20_011, 1_18_334],
    ['rajasthan', 0, 14_20_011, 1_18_334],
    ['uttar-pradesh', 0, 14_20_011, 1_18_334],
    ['other', 0, 14_20_011, 1_18_334],
  ])('%s: PT %i, in hand %i a year, %i a month', (state, pt, year, month) => {
    expect(inHand({ ...base, state })).toMatchObject({
      professionalTax: pt,
      inHandPerYear: year,
      inHandPerMonth: month,
      incomeTax: 1_20_699,
    });
  });

  it('old regime, Telangana: PT 2,400 is deducted from taxable income', () => {
    // gross 16,48,710 − 50,000 − 2,400 − 1,08,000 (80C = PF) = 14,88,310;
    // tax 1,12,500 + 30 % × 4,88,310 = 2,58,993; × 1.04 = 2,69,352.72 → 2,69,353
    expect(inHand({ ...base, regime: 'old', state: 'telangana' })).toMatchObject({
      professionalTaxDeduction: 2_400,
      taxableIncome: 14_88_310,
      incomeTax: 2_69_353,
    });
  });

  it('explains the state rule', () => {
    expect(inHand({ ...base, state: 'karnataka' }).assumptions.join(' ')).toMatch(
      /Professional tax in Karnataka: ₹2,500 a year \(₹200 a month, ₹300 in February\)/,
    );
    expect(inHand({ ...base, state: 'maharashtra' }).assumptions.join(' ')).toMatch(/women pay nothing up to ₹25,000 a month/);
    expect(inHand({ ...base, state: 'tamil-nadu' }).assumptions.join(' ')).toMatch(/₹1,250 each half-year.*Greater Chennai Corporation/);
    expect(inHand({ ...base, state: 'delhi' }).assumptions.join(' ')).toMatch(/No professional tax in Delhi/);
  });
});

describe('inHand assumptions and checks', () => {
  it('lists the model in plain English', () => {
    const text = inHand(base).assumptions.join('\n');
    expect(text).toMatch(/FY 2025-26 \(AY 2026-27\), new regime/);
    expect(text).toMatch(/CTC = gross salary \+ employer PF \+ gratuity/);
    expect(text).toMatch(/Basic pay is 50 % of CTC: ₹9,00,000/);
    expect(text).toMatch(/Gratuity is 4.81 % of basic/);
    expect(text).toMatch(/nearest rupee/);
  });

  it('warns when basic and variable pay exceed the gross', () => {
    // basic 50 % + variable 45 % = 95 % of CTC > gross 91.595 %
    expect(inHand({ ...base, variablePercent: 45 }).warnings).toHaveLength(1);
  });

  it('refuses impossible inputs', () => {
    expect(() => inHand({ ...base, ctc: -1 })).toThrow(RangeError);
    expect(() => inHand({ ...base, ctc: Number.NaN })).toThrow(RangeError);
    expect(() => inHand({ ...base, basicPercent: 0 })).toThrow(RangeError);
    expect(() => inHand({ ...base, basicPercent: 101 })).toThrow(RangeError);
    expect(() => inHand({ ...base, variablePercent: 95 })).toThrow(RangeError); // 17,10,000 > gross 16,48,710
    expect(() => inHand({ ...base, regime: 'old', deductions80C: -5 })).toThrow(RangeError);
  });
});
