/**
 * An offer against the current CTC: the hike, and what it changes in the
 * monthly in-hand pay under each regime (same options for both CTCs). Pure.
 */
import { FY2025_26, type TaxYearRules } from '@/data/tax/fy2025-26';
import { formatRupees } from './amount';
import { inHand, type InHandResult } from './ctc';
import type { InHandOptions } from './calculator-inputs';
import type { Regime } from './income-tax';

export const REGIMES: readonly Regime[] = ['new', 'old'];

export interface RegimeChange {
  current: InHandResult;
  offered: InHandResult;
  /** offered.inHandPerMonth − current.inHandPerMonth. */
  changePerMonth: number;
  changePerYear: number;
}

export interface OfferComparison {
  current: number;
  offered: number;
  /** (offered − current) ÷ current × 100; negative for a cut. */
  hikePercent: number;
  regimes: Record<Regime, RegimeChange>;
}

/** Throws a RangeError when the current CTC is not above 0 (no hike can be worked out). */
export function compareOffer(current: number, offered: number, options: InHandOptions, rules: TaxYearRules = FY2025_26): OfferComparison {
  if (!(current > 0)) throw new RangeError(`The current CTC must be above 0, got ${current}`);
  const regimes = {} as Record<Regime, RegimeChange>;
  for (const regime of REGIMES) {
    const now = inHand({ ...options, ctc: current, regime }, rules);
    const next = inHand({ ...options, ctc: offered, regime }, rules);
    regimes[regime] = {
      current: now,
      offered: next,
      changePerMonth: next.inHandPerMonth - now.inHandPerMonth,
      changePerYear: next.inHandPerYear - now.inHandPerYear,
    };
  }
  return { current, offered, hikePercent: ((offered - current) / current) * 100, regimes };
}

/** 50 → "50%", 33.333 → "33.3%", −8 → "−8%" (U+2212): one decimal at most, none when it is 0. */
export function formatPercent(p: number): string {
  if (!Number.isFinite(p)) return '—';
  const r = Math.round(Math.abs(p) * 10) / 10;
  const text = Number.isInteger(r) ? String(r) : r.toFixed(1);
  return `${p < 0 && r !== 0 ? '−' : ''}${text}%`;
}

/** +₹12,345 / −₹1,234 / ₹0: a change in rupees, signed. */
export function formatChange(rupees: number): string {
  const r = Math.round(rupees);
  return r > 0 ? `+${formatRupees(r)}` : formatRupees(r);
}
