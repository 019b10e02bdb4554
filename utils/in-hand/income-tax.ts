/**
 * Income tax on a salaried resident individual's total income, for either
 * regime, from the rules in data/tax/ (no figures live in this file).
 *
 * Order: slab tax → section 87A rebate (and, in the new regime, its marginal
 * relief) → surcharge with marginal relief at its threshold → 4 % cess.
 *
 * Rounding (our choice, stated here and in the calculator's assumptions):
 * - taxable income is rounded to the nearest rupee before anything else;
 * - every step is computed in exact rational arithmetic (BigInt), and only
 *   the final tax is rounded, to the nearest rupee (halves up).
 *   Section 288B rounds tax to the nearest ₹10 (and 288A income to ₹10); we
 *   deliberately do not, so results can differ from a return by up to ₹5
 *   (₹5 of income, ₹5 of tax), and the figures here stay exact to the rupee.
 * - The breakdown rows are rounded so that they add up to `total`: each row
 *   is the difference of the rounded running totals, so any row may differ
 *   from its exact value by under a rupee (e.g. at ₹12,70,588 the exact 87A
 *   marginal relief of ₹0.20 shows as 0).
 */
import { FY2025_26, type RegimeRules, type TaxYearRules } from '@/data/tax/fy2025-26';

export type Regime = 'new' | 'old';

export interface IncomeTax {
  /** The taxable income used, rounded to the rupee. */
  taxableIncome: number;
  /** Tax from the slab table. */
  slabTax: number;
  /** Section 87A rebate (income up to the rebate limit). */
  rebate: number;
  /** Section 87A marginal relief just above the limit (new regime). */
  marginalRelief87A: number;
  /** Surcharge before marginal relief. */
  surcharge: number;
  /** Marginal relief on the surcharge at its threshold. */
  surchargeRelief: number;
  /** Surcharge rate applied, %. */
  surchargeRatePercent: number;
  /** Health and education cess. */
  cess: number;
  /** slabTax − rebate − marginalRelief87A + surcharge − surchargeRelief + cess, to the nearest rupee. */
  total: number;
}

// ------------------------------------------------------------ exact arithmetic

/** A non-reduced rational n/d with d > 0. */
interface Q {
  n: bigint;
  d: bigint;
}

const ZERO: Q = { n: 0n, d: 1n };
const int = (x: number): Q => ({ n: BigInt(x), d: 1n });
const add = (a: Q, b: Q): Q => norm({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const sub = (a: Q, b: Q): Q => norm({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => norm({ n: a.n * b.n, d: a.d * b.d });
const cmp = (a: Q, b: Q): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const min = (a: Q, b: Q): Q => (cmp(a, b) <= 0 ? a : b);
const max = (a: Q, b: Q): Q => (cmp(a, b) >= 0 ? a : b);

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function norm(q: Q): Q {
  const g = gcd(q.n, q.d);
  return g > 1n ? { n: q.n / g, d: q.d / g } : q;
}

/** Nearest integer, halves towards +∞ (for the non-negative amounts here: halves up). */
function round(q: Q): number {
  const num = 2n * q.n + q.d;
  const den = 2n * q.d;
  // floor(num / den) for either sign.
  const f = num >= 0n ? num / den : -((-num + den - 1n) / den);
  return Number(f);
}

/** A percentage with at most two decimals (e.g. 12, 4.81) as an exact fraction. */
function percent(p: number): Q {
  const bp = Math.round(p * 100);
  if (!Number.isFinite(p) || Math.abs(bp - p * 100) > 1e-6) throw new RangeError(`Rate ${p} % has more than two decimals`);
  return norm({ n: BigInt(bp), d: 10_000n });
}

// ------------------------------------------------------------ the steps

function slabTax(income: number, r: RegimeRules): Q {
  let tax = ZERO;
  let lower = 0;
  for (const slab of r.slabs) {
    const top = slab.upTo ?? Infinity;
    const portion = Math.min(income, top) - lower;
    if (portion > 0) tax = add(tax, mul(int(portion), percent(slab.ratePercent)));
    if (income <= top) break;
    lower = top;
  }
  return tax;
}

interface Exact {
  slab: Q;
  rebate: Q;
  marginalRelief87A: Q;
  surcharge: Q;
  surchargeRelief: Q;
  surchargeRatePercent: number;
}

/** Surcharge rate for an income: that of the highest band whose threshold it exceeds. */
function surchargeBand(income: number, r: RegimeRules): { above: number; ratePercent: number } | null {
  let band: { above: number; ratePercent: number } | null = null;
  for (const b of r.surcharge) if (income > b.above) band = b;
  if (!band) return null;
  const cap = r.surchargeCapPercent;
  return { above: band.above, ratePercent: cap === null ? band.ratePercent : Math.min(band.ratePercent, cap) };
}

function exactTax(income: number, r: RegimeRules): Exact {
  const slab = slabTax(income, r);
  const { maxIncome, maxRebate, marginalRelief } = r.rebate87A;
  let rebate = ZERO;
  let marginalRelief87A = ZERO;
  if (income <= maxIncome) {
    rebate = min(slab, int(maxRebate));
  } else if (marginalRelief) {
    // Tax (before cess) may not exceed the income above the rebate limit.
    marginalRelief87A = max(ZERO, sub(slab, int(income - maxIncome)));
  }
  const tax = sub(sub(slab, rebate), marginalRelief87A);

  const band = surchargeBand(income, r);
  if (!band) return { slab, rebate, marginalRelief87A, surcharge: ZERO, surchargeRelief: ZERO, surchargeRatePercent: 0 };
  const surcharge = mul(tax, percent(band.ratePercent));
  // Marginal relief: tax + surcharge may not exceed the tax + surcharge payable
  // on an income of exactly the threshold, plus the income above it.
  const atThreshold = preCess(exactTax(band.above, r));
  const ceiling = add(atThreshold, int(income - band.above));
  const surchargeRelief = min(surcharge, max(ZERO, sub(add(tax, surcharge), ceiling)));
  return { slab, rebate, marginalRelief87A, surcharge, surchargeRelief, surchargeRatePercent: band.ratePercent };
}

function preCess(e: Exact): Q {
  return sub(add(sub(sub(e.slab, e.rebate), e.marginalRelief87A), e.surcharge), e.surchargeRelief);
}

/**
 * Income tax (with surcharge and cess) on `taxableIncome` under `regime`.
 * Negative income counts as 0; non-finite input throws a RangeError.
 */
export function incomeTax(taxableIncome: number, regime: Regime, rules: TaxYearRules = FY2025_26): IncomeTax {
  if (!Number.isFinite(taxableIncome)) throw new RangeError(`Taxable income must be a finite number, got ${taxableIncome}`);
  const income = Math.max(0, Math.round(taxableIncome));
  const r = rules.regimes[regime];
  const e = exactTax(income, r);
  const beforeCess = preCess(e);
  const total = add(beforeCess, mul(beforeCess, percent(rules.cessPercent)));

  // Rows as differences of rounded running totals, so they add up to `total`.
  const t0 = round(e.slab);
  const t1 = round(sub(e.slab, e.rebate));
  const t2 = round(sub(sub(e.slab, e.rebate), e.marginalRelief87A));
  const t3 = round(add(sub(sub(e.slab, e.rebate), e.marginalRelief87A), e.surcharge));
  const t4 = round(beforeCess);
  const t5 = round(total);
  return {
    taxableIncome: income,
    slabTax: t0,
    rebate: t0 - t1,
    marginalRelief87A: t1 - t2,
    surcharge: t3 - t2,
    surchargeRelief: t3 - t4,
    surchargeRatePercent: e.surchargeRatePercent,
    cess: t5 - t4,
    total: t5,
  };
}
