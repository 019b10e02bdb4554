/**
 * Indian salary tax and payroll rules for FY 2025-26 (AY 2026-27), as data.
 *
 * Everything the in-hand calculator (utils/in-hand/) needs is here, each rule
 * with the ids of the sources it comes from (see `sources` at the bottom and
 * /work/shared/research/india-tax-fy2025-26.md). Next year's budget should be
 * a new file of the same `TaxYearRules` shape, not a code change.
 *
 * FY 2025-26 is still taxed under the Income-tax Act 1961 (section numbers
 * below are that Act's). The Income-tax Act 2025 replaces it from 1 April 2026
 * with new section numbers; Budget 2026-27 changed none of these figures.
 *
 * Conventions: amounts are whole rupees a year unless a name says otherwise;
 * rates are percentages (12 means 12 %), with at most two decimal places.
 */

// ---------------------------------------------------------------- types

export type SourceId =
  | 'finance-bill-2025-clause-24'
  | 'finance-bill-2025-87a'
  | 'slab-tables-2025-26'
  | 'surcharge-new-vs-old'
  | 'marginal-relief-example-inshorts'
  | 'marginal-relief-example-fvbb'
  | 'budget-2026-27-new-act'
  | 'old-regime-financewithkarthik'
  | 'old-regime-financecalc'
  | 'epf-wage-ceiling-livemint'
  | 'epf-citehr'
  | 'epf-wage-ceiling-hr-forum'
  | 'gratuity-hrcabin'
  | 'gratuity-caclubindia'
  | 'gratuity-citehr'
  | 'labour-codes-livemint'
  | 'pt-karnataka-taxguru'
  | 'pt-maharashtra-mptinformation'
  | 'pt-telangana-thegstco'
  | 'pt-chennai-ascent-hr'
  | 'pt-chennai-hinote'
  | 'pt-west-bengal-taxmall'
  | 'pt-none-askbanking';

export interface Source {
  id: SourceId;
  /** What the page is. */
  name: string;
  /** Site (or address) as recorded in the research notes; the pages were read from stored copies. */
  site: string;
}

/** One band of the slab table: the rate applies to income above the previous band's `upTo` up to this `upTo` (inclusive). */
export interface TaxSlab {
  /** Upper end of the band (inclusive), or null for the open top band. */
  upTo: number | null;
  ratePercent: number;
}

/** Section 87A: a resident individual with total income up to `maxIncome` gets a rebate of the tax, up to `maxRebate`. */
export interface Rebate87A {
  maxIncome: number;
  maxRebate: number;
  /**
   * Marginal relief just above `maxIncome`: the tax before cess may not
   * exceed the income above `maxIncome` (new regime, Finance Act 2025).
   */
  marginalRelief: boolean;
}

/** Surcharge on income tax when total income exceeds `above` (strictly). */
export interface SurchargeBand {
  above: number;
  ratePercent: number;
}

export interface RegimeRules {
  name: string;
  /** Slabs for an individual below 60 years of age, in increasing order of `upTo`. */
  slabs: TaxSlab[];
  /** Standard deduction from salary, section 16(ia) (or the salary itself, if lower). */
  standardDeduction: number;
  rebate87A: Rebate87A;
  /**
   * Surcharge bands in increasing order of `above`. Marginal relief applies
   * at each threshold: tax plus surcharge may not exceed the tax plus
   * surcharge at the threshold plus the income above it.
   */
  surcharge: SurchargeBand[];
  /** Highest surcharge rate the regime allows, or null when uncapped. */
  surchargeCapPercent: number | null;
  /** Professional tax is deductible from salary, section 16(iii). */
  professionalTaxDeductible: boolean;
  /** Chapter VI-A deductions (80C, 80D, ...) and the HRA exemption are allowed. */
  allowsDeductions: boolean;
  sources: SourceId[];
}

/** One professional-tax band: applies when the (rounded) salary is at least `from`. */
export interface MonthlyPtSlab {
  /** Monthly salary from which this band applies (inclusive), whole rupees. */
  from: number;
  perMonth: number;
  /** Amount deducted in February instead of `perMonth` (to reach the yearly ₹2,500), if different. */
  february?: number;
}

export interface HalfYearlyPtSlab {
  /** Half-year salary from which this band applies (inclusive), whole rupees. */
  from: number;
  perHalfYear: number;
}

export type ProfessionalTaxRule =
  { kind: 'none' } | { kind: 'monthly'; slabs: MonthlyPtSlab[] } | { kind: 'half-yearly'; slabs: HalfYearlyPtSlab[] };

export const STATE_IDS = [
  'karnataka',
  'maharashtra',
  'telangana',
  'tamil-nadu',
  'west-bengal',
  'delhi',
  'haryana',
  'punjab',
  'rajasthan',
  'uttar-pradesh',
  'other',
] as const;
export type StateId = (typeof STATE_IDS)[number];

export interface StateRules {
  /** Human name, for a combobox. */
  name: string;
  professionalTax: ProfessionalTaxRule;
  /** Plain-English caveat shown with the result, if any. */
  note?: string;
  sources: SourceId[];
}

export interface PayrollRules {
  /** Employee EPF contribution, % of basic (+DA). */
  employeePfPercent: number;
  /** Employer EPF contribution (8.33 % pension + 3.67 % EPF), % of basic (+DA). */
  employerPfPercent: number;
  /** Statutory EPF wage ceiling, rupees a month. */
  pfWageCeilingMonthly: number;
  /** Gratuity accrual as a share of basic: 15 days of 26 working days, per year of 12 months. */
  gratuityPercent: number;
  pfSources: SourceId[];
  gratuitySources: SourceId[];
  /** Sensible default basic pay, % of CTC (labour codes: wages at least 50 % of remuneration). */
  defaultBasicPercent: number;
  defaultBasicSources: SourceId[];
}

export interface TaxYearRules {
  /** Shown to the user. */
  label: string;
  /** ISO dates, inclusive. */
  financialYear: { start: string; end: string };
  regimes: { new: RegimeRules; old: RegimeRules };
  /** Health and education cess, % of tax plus surcharge. */
  cessPercent: number;
  /** Section 80C ceiling (old regime), rupees a year. */
  deduction80CMax: number;
  payroll: PayrollRules;
  /** Constitutional ceiling on professional tax, article 276(2): rupees a year. */
  professionalTaxMaxPerYear: number;
  states: Record<StateId, StateRules>;
  sources: Source[];
}

// ---------------------------------------------------------------- data

const LAKH = 1_00_000;
const CRORE = 1_00_00_000;

const NO_PROFESSIONAL_TAX: StateRules['professionalTax'] = { kind: 'none' };

export const FY2025_26: TaxYearRules = {
  label: 'FY 2025-26 (AY 2026-27)',
  financialYear: { start: '2025-04-01', end: '2026-03-31' },
  regimes: {
    // Section 115BAC(1A) as amended by the Finance Act 2025; the default regime.
    new: {
      name: 'New regime',
      slabs: [
        { upTo: 4 * LAKH, ratePercent: 0 },
        { upTo: 8 * LAKH, ratePercent: 5 },
        { upTo: 12 * LAKH, ratePercent: 10 },
        { upTo: 16 * LAKH, ratePercent: 15 },
        { upTo: 20 * LAKH, ratePercent: 20 },
        { upTo: 24 * LAKH, ratePercent: 25 },
        { upTo: null, ratePercent: 30 },
      ],
      standardDeduction: 75_000,
      // Up to ₹60,000 rebate (the whole slab tax at ₹12,00,000), with marginal
      // relief above: ₹12,10,000 → slab tax ₹61,500, payable ₹10,000 before cess.
      rebate87A: { maxIncome: 12 * LAKH, maxRebate: 60_000, marginalRelief: true },
      // The 37 % band above ₹5 Cr does not exist in this regime (capped at 25 %).
      surcharge: [
        { above: 50 * LAKH, ratePercent: 10 },
        { above: 1 * CRORE, ratePercent: 15 },
        { above: 2 * CRORE, ratePercent: 25 },
      ],
      surchargeCapPercent: 25,
      professionalTaxDeductible: false,
      allowsDeductions: false,
      sources: [
        'finance-bill-2025-clause-24',
        'finance-bill-2025-87a',
        'slab-tables-2025-26',
        'surcharge-new-vs-old',
        'marginal-relief-example-inshorts',
        'marginal-relief-example-fvbb',
        'budget-2026-27-new-act',
      ],
    },
    // Individuals below 60. (Seniors have a ₹3 L nil band, 80+ a ₹5 L one: not modelled.)
    old: {
      name: 'Old regime',
      slabs: [
        { upTo: 2.5 * LAKH, ratePercent: 0 },
        { upTo: 5 * LAKH, ratePercent: 5 },
        { upTo: 10 * LAKH, ratePercent: 20 },
        { upTo: null, ratePercent: 30 },
      ],
      standardDeduction: 50_000,
      rebate87A: { maxIncome: 5 * LAKH, maxRebate: 12_500, marginalRelief: false },
      surcharge: [
        { above: 50 * LAKH, ratePercent: 10 },
        { above: 1 * CRORE, ratePercent: 15 },
        { above: 2 * CRORE, ratePercent: 25 },
        { above: 5 * CRORE, ratePercent: 37 },
      ],
      surchargeCapPercent: null,
      professionalTaxDeductible: true,
      allowsDeductions: true,
      sources: ['old-regime-financewithkarthik', 'old-regime-financecalc', 'surcharge-new-vs-old'],
    },
  },
  cessPercent: 4,
  deduction80CMax: 1.5 * LAKH,
  payroll: {
    employeePfPercent: 12,
    employerPfPercent: 12,
    // Since September 2014: 12 % of ₹15,000 = ₹1,800 a month when capped.
    pfWageCeilingMonthly: 15_000,
    // 15 / 26 / 12 = 4.8077 %, written as 4.81 % in CTC break-ups; payable after
    // 5 years of service (1 year for fixed-term employees under the new code).
    gratuityPercent: 4.81,
    pfSources: ['epf-wage-ceiling-livemint', 'epf-citehr', 'epf-wage-ceiling-hr-forum'],
    gratuitySources: ['gratuity-hrcabin', 'gratuity-caclubindia', 'gratuity-citehr'],
    defaultBasicPercent: 50,
    defaultBasicSources: ['labour-codes-livemint'],
  },
  professionalTaxMaxPerYear: 2_500,
  states: {
    // From 1 April 2025: salary of ₹25,000 a month or more pays ₹200 a month, ₹300 in February.
    karnataka: {
      name: 'Karnataka',
      professionalTax: { kind: 'monthly', slabs: [{ from: 25_000, perMonth: 200, february: 300 }] },
      sources: ['pt-karnataka-taxguru'],
    },
    // Men's rates (the default): up to ₹7,500 nil; ₹7,501–10,000 ₹175; above
    // ₹10,000 ₹200 (₹300 in February). Women's rates: nil up to ₹25,000 a month,
    // above it ₹2,500 a year (₹200 a month, ₹300 in February) — not modelled
    // as a separate option; above ₹25,000 a month both come to ₹2,500 a year.
    maharashtra: {
      name: 'Maharashtra',
      professionalTax: {
        kind: 'monthly',
        slabs: [
          { from: 7_501, perMonth: 175 },
          { from: 10_001, perMonth: 200, february: 300 },
        ],
      },
      note: "Maharashtra's rates for men; women pay nothing up to ₹25,000 a month.",
      sources: ['pt-maharashtra-mptinformation'],
    },
    telangana: {
      name: 'Telangana',
      professionalTax: {
        kind: 'monthly',
        slabs: [
          { from: 15_001, perMonth: 150 },
          { from: 20_001, perMonth: 200 },
        ],
      },
      sources: ['pt-telangana-thegstco'],
    },
    // Greater Chennai Corporation, revised October 2024: levied each half-year on the half-year's salary.
    'tamil-nadu': {
      name: 'Tamil Nadu',
      professionalTax: {
        kind: 'half-yearly',
        slabs: [
          { from: 21_001, perHalfYear: 180 },
          { from: 30_001, perHalfYear: 425 },
          { from: 45_001, perHalfYear: 930 },
          { from: 60_001, perHalfYear: 1_025 },
          { from: 75_001, perHalfYear: 1_250 },
        ],
      },
      note: 'Tamil Nadu: Greater Chennai Corporation rates; other towns set their own.',
      sources: ['pt-chennai-ascent-hr', 'pt-chennai-hinote'],
    },
    'west-bengal': {
      name: 'West Bengal',
      professionalTax: {
        kind: 'monthly',
        slabs: [
          { from: 10_001, perMonth: 110 },
          { from: 15_001, perMonth: 130 },
          { from: 25_001, perMonth: 150 },
          { from: 40_001, perMonth: 200 },
        ],
      },
      sources: ['pt-west-bengal-taxmall'],
    },
    delhi: { name: 'Delhi', professionalTax: NO_PROFESSIONAL_TAX, sources: ['pt-none-askbanking'] },
    haryana: { name: 'Haryana', professionalTax: NO_PROFESSIONAL_TAX, sources: ['pt-none-askbanking'] },
    punjab: { name: 'Punjab', professionalTax: NO_PROFESSIONAL_TAX, sources: ['pt-none-askbanking'] },
    rajasthan: { name: 'Rajasthan', professionalTax: NO_PROFESSIONAL_TAX, sources: ['pt-none-askbanking'] },
    'uttar-pradesh': { name: 'Uttar Pradesh', professionalTax: NO_PROFESSIONAL_TAX, sources: ['pt-none-askbanking'] },
    other: {
      name: 'Other state (no professional tax)',
      professionalTax: NO_PROFESSIONAL_TAX,
      note: 'Some other states levy professional tax (up to ₹2,500 a year); it is left out here.',
      sources: ['pt-none-askbanking'],
    },
  },
  sources: [
    {
      id: 'finance-bill-2025-clause-24',
      name: 'Finance Bill 2025, clause 24 (section 115BAC(1A) slabs)',
      site: 'taxmanagementindia.com (ID=48445)',
    },
    { id: 'finance-bill-2025-87a', name: 'Finance Bill 2025, amendment of section 87A', site: 'taxmanagementindia.com (blog id=794374)' },
    { id: 'slab-tables-2025-26', name: 'New income tax slab rates for FY 2025-26', site: 'taxupdates.cagurujiclasses.com' },
    { id: 'surcharge-new-vs-old', name: 'Surcharge rates, new vs old tax regime', site: 'taxguru.in' },
    {
      id: 'marginal-relief-example-inshorts',
      name: 'Marginal relief worked example (₹12,10,000), quoting a chartered accountant',
      site: 'inshorts.com',
    },
    { id: 'marginal-relief-example-fvbb', name: 'Marginal relief worked example (₹12,10,000)', site: 'fvbb.com' },
    { id: 'budget-2026-27-new-act', name: 'Budget 2026-27 and the Income-tax Act 2025 (2026)', site: 'hindustantimes.com' },
    { id: 'old-regime-financewithkarthik', name: 'Old regime slabs and deductions', site: 'financewithkarthik.com' },
    { id: 'old-regime-financecalc', name: 'Income tax calculator page', site: 'financecalc.app' },
    { id: 'epf-wage-ceiling-livemint', name: 'EPFO wage ceiling of ₹15,000 a month', site: 'livemint.com' },
    { id: 'epf-citehr', name: 'EPF contribution threads', site: 'citehr.com' },
    { id: 'epf-wage-ceiling-hr-forum', name: 'HR forum page on the EPF wage ceiling', site: 'HR forum (stored copy)' },
    { id: 'gratuity-hrcabin', name: 'Gratuity in a CTC break-up (15/26 of monthly wages a year)', site: 'hrcabin.com' },
    { id: 'gratuity-caclubindia', name: 'Gratuity calculation', site: 'caclubindia.com' },
    { id: 'gratuity-citehr', name: 'Gratuity 4.81 % of basic', site: 'citehr.com' },
    { id: 'labour-codes-livemint', name: 'New labour codes: wages at least 50 % of remuneration (November 2025)', site: 'livemint.com' },
    { id: 'pt-karnataka-taxguru', name: 'Karnataka Tax on Professions (Amendment) Act 2025', site: 'taxguru.in' },
    { id: 'pt-maharashtra-mptinformation', name: 'Maharashtra professional tax chart', site: 'mptinformation.in' },
    { id: 'pt-telangana-thegstco', name: 'Telangana professional tax slabs', site: 'thegstco.com' },
    { id: 'pt-chennai-ascent-hr', name: 'Greater Chennai Corporation professional tax revision (October 2024)', site: 'ascent-hr.com' },
    { id: 'pt-chennai-hinote', name: 'Chennai professional tax revision (October 2024)', site: 'hinote.in' },
    { id: 'pt-west-bengal-taxmall', name: 'West Bengal professional tax slabs', site: 'taxmall.in' },
    { id: 'pt-none-askbanking', name: 'States without professional tax', site: 'askbanking.com' },
  ],
};
