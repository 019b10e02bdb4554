/**
 * The in-hand calculator's text boxes, read into `InHandInput` options, with
 * a plain message for each box that can't be read. Pure: the panel's
 * calculator, offer comparison and negotiation figures all read the same
 * boxes through this one function.
 */
import { FY2025_26, type StateId, type TaxYearRules } from '@/data/tax/fy2025-26';
import { parseAmount } from './amount';
import type { InHandInput } from './ctc';
import type { Regime } from './income-tax';

/** Everything but the CTC and the regime. */
export type InHandOptions = Omit<InHandInput, 'ctc' | 'regime'>;

export interface CalculatorTexts {
  state: StateId;
  basicPercent: string;
  variablePercent: string;
  pfCapped: boolean;
  other80C: string;
  hraExemption: string;
  deduction80D: string;
}

export type OptionField = 'basicPercent' | 'variablePercent' | 'other80C' | 'hraExemption' | 'deduction80D';

export type OptionsRead = { ok: true; options: InHandOptions } | { ok: false; errors: Partial<Record<OptionField, string>> };

/**
 * A percentage typed as "50", "50 %" or "12.5". `allowZero` for variable pay
 * (0 % is the default); basic pay must be above 0 (PF and gratuity are shares of it).
 */
export function parsePercent(text: string, { allowZero, allowHundred }: { allowZero: boolean; allowHundred: boolean }): number | string {
  const s = text.trim().replace(/\s*%$/, '');
  if (s === '') return 'Enter a percentage, such as 50.';
  if (!/^\d{1,3}(?:\.\d{1,2})?$/.test(s)) return 'Enter a number from 0 to 100, such as 50 or 12.5.';
  const n = Number(s);
  if (!allowZero && n === 0) return 'Must be more than 0 %.';
  if (n > 100 || (!allowHundred && n === 100)) return allowHundred ? 'Must be at most 100 %.' : 'Must be under 100 %.';
  return n;
}

/** An optional yearly amount: empty is 0. */
function optionalAmount(text: string): number | string {
  if (text.trim() === '') return 0;
  const r = parseAmount(text);
  return r.ok ? r.rupees : r.error.replace('Enter the yearly CTC', 'Enter the yearly amount');
}

/**
 * The options, or an error per field. The old-regime boxes are checked only
 * in the old regime: the new one ignores them (an unreadable one counts as 0).
 */
export function readOptions(t: CalculatorTexts, regime: Regime, rules: TaxYearRules = FY2025_26): OptionsRead {
  const errors: Partial<Record<OptionField, string>> = {};
  const basic = parsePercent(t.basicPercent, { allowZero: false, allowHundred: true });
  const variable = parsePercent(t.variablePercent, { allowZero: true, allowHundred: false });
  if (typeof basic === 'string') errors.basicPercent = basic;
  if (typeof variable === 'string') errors.variablePercent = variable;
  // Read in both regimes, so the new regime's result can say they are ignored; only the old one reports a bad box.
  const checked = rules.regimes[regime].allowsDeductions;
  const read = (field: OptionField, text: string): number => {
    const v = optionalAmount(text);
    if (typeof v === 'number') return v;
    if (checked) errors[field] = v;
    return 0;
  };
  const other80C = read('other80C', t.other80C);
  const hra = read('hraExemption', t.hraExemption);
  const d80D = read('deduction80D', t.deduction80D);
  if (Object.keys(errors).length > 0 || typeof basic === 'string' || typeof variable === 'string') return { ok: false, errors };
  return {
    ok: true,
    options: {
      state: t.state,
      basicPercent: basic,
      variablePercent: variable,
      pfCapped: t.pfCapped,
      deductions80C: other80C,
      hraExemption: hra,
      deduction80D: d80D,
    },
  };
}
