/**
 * From a CTC (cost to company) to take-home pay, for one Indian tax year.
 *
 * Model (each step is in `assumptions` of the result, in plain English):
 *   basic       = basicPercent % of CTC
 *   employer PF = 12 % of basic (of the ₹15,000 a month wage ceiling when capped)
 *   gratuity    = 4.81 % of basic (accrues; not paid out monthly)
 *   gross       = CTC − employer PF − gratuity   (variable pay is part of gross)
 *   employee PF = 12 % of the same PF wage
 *   prof. tax   = the state's rule on the average monthly gross (gross ÷ 12)
 *   taxable     = gross − standard deduction
 *                 − (old regime only) professional tax, 80C, 80D, HRA exemption
 *   in hand     = gross − income tax − employee PF − professional tax
 *   per month   = (in hand per year − variable pay) ÷ 12: the regular monthly
 *                 credit, with the year's whole tax and PF taken from it and
 *                 the variable pay arriving separately, once, in full.
 *
 * Every row is whole rupees (components rounded half up; rows add up).
 * The figures (rates, ceilings, slabs) come from data/tax/.
 */
import { FY2025_26, STATE_IDS, type ProfessionalTaxRule, type StateId, type TaxYearRules } from '@/data/tax/fy2025-26';
import { formatRupees } from './amount';
import { incomeTax, type IncomeTax, type Regime } from './income-tax';

export type { StateId } from '@/data/tax/fy2025-26';
export type { Regime } from './income-tax';

/** States for a combobox, in the data's order ('other' last). */
export const STATE_OPTIONS: { id: StateId; name: string }[] = STATE_IDS.map((id) => ({ id, name: FY2025_26.states[id].name }));

export interface InHandInput {
  /** Annual CTC in rupees. */
  ctc: number;
  regime: Regime;
  state: StateId;
  /** Basic pay as % of CTC (default 50, from the labour codes' 50 % wage floor). */
  basicPercent?: number;
  /** Variable / performance pay as % of CTC, part of gross, paid once a year (default 0). */
  variablePercent?: number;
  /** PF on the ₹15,000 a month statutory wage ceiling rather than on the full basic (default false). */
  pfCapped?: boolean;
  /**
   * Old regime only: 80C investments other than your EPF (PPF, ELSS, life
   * insurance premium, home-loan principal, children's tuition fees...).
   * Employee EPF is counted automatically; the total is capped at ₹1,50,000.
   */
  deductions80C?: number;
  /** Old regime only: HRA exemption under section 10(13A), as worked out by you or your employer. */
  hraExemption?: number;
  /** Old regime only: health insurance premium deduction under section 80D, taken as entered. */
  deduction80D?: number;
}

export interface InHandResult {
  taxYear: string;
  regime: Regime;
  state: StateId;
  ctc: number;
  // Components of the CTC.
  basic: number;
  employerPf: number;
  gratuity: number;
  variable: number;
  // The rows.
  grossSalary: number;
  standardDeduction: number;
  /** Professional tax deducted from taxable income (old regime; 0 in the new). */
  professionalTaxDeduction: number;
  /** 80C deduction used (employee PF + other 80C, capped); 0 in the new regime. */
  deduction80C: number;
  deduction80D: number;
  hraExemption: number;
  taxableIncome: number;
  /** Income tax for the year, with surcharge and cess. */
  incomeTax: number;
  incomeTaxBreakdown: IncomeTax;
  employeePf: number;
  professionalTax: number;
  inHandPerYear: number;
  /** (inHandPerYear − variable) ÷ 12, rounded: the regular monthly credit. */
  inHandPerMonth: number;
  assumptions: string[];
  /** Inputs that look inconsistent (the result is still computed). */
  warnings: string[];
}

// ------------------------------------------------------------ helpers

/** amount × percent, rounded half up to the rupee; amount is whole rupees. */
function pct(amount: number, percent: number): number {
  const bp = Math.round(percent * 100);
  return Math.round((amount * bp) / 10_000);
}

const pctText = (p: number) => `${Number.isInteger(p) ? p : p.toFixed(2).replace(/0$/, '')} %`;

function checkAmount(name: string, v: number | undefined): number {
  if (v === undefined) return 0;
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a non-negative amount, got ${v}`);
  return Math.round(v);
}

/**
 * Professional tax for a year from a state's rule and the monthly salary
 * (the same every month). Monthly rules look up the salary rounded to the
 * rupee, 11 months at the slab's rate plus February's; half-yearly rules
 * (Chennai) look up 6 × the monthly salary, rounded, twice a year. The result
 * never exceeds the constitutional ₹2,500 a year.
 */
export function professionalTax(monthlySalary: number, state: StateId, rules: TaxYearRules = FY2025_26): number {
  return professionalTaxFromRule(monthlySalary, rules.states[state].professionalTax, rules.professionalTaxMaxPerYear);
}

function professionalTaxFromRule(monthlySalary: number, rule: ProfessionalTaxRule, maxPerYear: number): number {
  const salary = Math.max(0, monthlySalary);
  let perYear = 0;
  if (rule.kind === 'monthly') {
    const monthly = Math.round(salary);
    const slab = rule.slabs.filter((s) => monthly >= s.from).at(-1);
    if (slab) perYear = slab.perMonth * 11 + (slab.february ?? slab.perMonth);
  } else if (rule.kind === 'half-yearly') {
    const halfYear = Math.round(salary * 6);
    const slab = rule.slabs.filter((s) => halfYear >= s.from).at(-1);
    if (slab) perYear = slab.perHalfYear * 2;
  }
  return Math.min(perYear, maxPerYear);
}

function describePt(state: StateId, monthlyGross: number, amount: number, rules: TaxYearRules): string {
  const s = rules.states[state];
  const rule = s.professionalTax;
  if (rule.kind === 'none') return state === 'other' ? 'No professional tax is counted.' : `No professional tax in ${s.name}.`;
  const on = `on an average monthly gross of ${formatRupees(monthlyGross)}`;
  if (amount === 0) return `No professional tax in ${s.name} ${on} (below the first slab).`;
  let how = '';
  if (rule.kind === 'monthly') {
    const slab = rule.slabs.filter((x) => Math.round(monthlyGross) >= x.from).at(-1);
    if (slab) {
      how =
        slab.february !== undefined && slab.february !== slab.perMonth
          ? ` (${formatRupees(slab.perMonth)} a month, ${formatRupees(slab.february)} in February)`
          : ` (${formatRupees(slab.perMonth)} a month)`;
    }
  } else {
    how = ` (${formatRupees(amount / 2)} each half-year, on the half-year's salary)`;
  }
  return `Professional tax in ${s.name}: ${formatRupees(amount)} a year${how}, ${on}.`;
}

// ------------------------------------------------------------ the calculator

/**
 * Breaks a CTC down into take-home pay. Throws a RangeError for inputs that
 * can't describe a salary (negative CTC, basic outside 0–100 %, variable pay
 * larger than the gross salary).
 */
export function inHand(input: InHandInput, rules: TaxYearRules = FY2025_26): InHandResult {
  const { regime, state } = input;
  const basicPercent = input.basicPercent ?? rules.payroll.defaultBasicPercent;
  const variablePercent = input.variablePercent ?? 0;
  const pfCapped = input.pfCapped ?? false;
  if (!Number.isFinite(input.ctc) || input.ctc < 0) throw new RangeError(`CTC must be a non-negative amount, got ${input.ctc}`);
  if (!(basicPercent > 0 && basicPercent <= 100))
    throw new RangeError(`Basic must be more than 0 % and at most 100 % of CTC, got ${basicPercent}`);
  if (!(variablePercent >= 0 && variablePercent < 100))
    throw new RangeError(`Variable pay must be 0 % to under 100 % of CTC, got ${variablePercent}`);
  if (!(state in rules.states)) throw new RangeError(`Unknown state ${String(state)}`);
  const other80C = checkAmount('80C', input.deductions80C);
  const hraInput = checkAmount('HRA exemption', input.hraExemption);
  const d80DInput = checkAmount('80D', input.deduction80D);

  const regimeRules = rules.regimes[regime];
  const p = rules.payroll;
  const ctc = Math.round(input.ctc);
  const assumptions: string[] = [];
  const warnings: string[] = [];

  // Components.
  const basic = pct(ctc, basicPercent);
  const ceilingYear = p.pfWageCeilingMonthly * 12;
  const pfWage = pfCapped ? Math.min(basic, ceilingYear) : basic;
  const employerPf = pct(pfWage, p.employerPfPercent);
  const employeePf = pct(pfWage, p.employeePfPercent);
  const gratuity = pct(basic, p.gratuityPercent);
  const variable = pct(ctc, variablePercent);
  const grossSalary = ctc - employerPf - gratuity;
  if (variable > grossSalary) throw new RangeError(`Variable pay (${variable}) is more than the gross salary (${grossSalary})`);
  if (basic + variable > grossSalary) {
    warnings.push(
      `Basic (${pctText(basicPercent)}) and variable pay (${pctText(variablePercent)}) together come to more than the gross salary; check the percentages.`,
    );
  }

  // Professional tax on the average monthly gross.
  const monthlyGross = grossSalary / 12;
  const professionalTaxYear = professionalTax(monthlyGross, state, rules);

  // Taxable income.
  const standardDeduction = Math.min(regimeRules.standardDeduction, grossSalary);
  const ptDeduction = regimeRules.professionalTaxDeductible ? professionalTaxYear : 0;
  const deduction80C = regimeRules.allowsDeductions ? Math.min(rules.deduction80CMax, employeePf + other80C) : 0;
  const deduction80D = regimeRules.allowsDeductions ? d80DInput : 0;
  const hraExemption = regimeRules.allowsDeductions ? hraInput : 0;
  const taxableIncome = Math.max(0, grossSalary - standardDeduction - ptDeduction - deduction80C - deduction80D - hraExemption);
  const tax = incomeTax(taxableIncome, regime, rules);

  const inHandPerYear = grossSalary - tax.total - employeePf - professionalTaxYear;
  const inHandPerMonth = Math.round((inHandPerYear - variable) / 12);

  // Assumptions, in the order of the rows.
  assumptions.push(
    `${rules.label}, ${regimeRules.name.toLowerCase()}: a resident individual below 60 whose only income is this salary.`,
    `CTC = gross salary + employer PF + gratuity; no other benefits (insurance, meal cards, employer NPS, joining bonus) are in the CTC.`,
    `Basic pay is ${pctText(basicPercent)} of CTC: ${formatRupees(basic)} a year.`,
    pfCapped
      ? `PF on the statutory wage ceiling of ${formatRupees(p.pfWageCeilingMonthly)} a month${basic < ceilingYear ? ' (or the basic, if lower)' : ''}: employer and employee each pay ${pctText(p.employeePfPercent)}, ${formatRupees(employeePf)} a year.`
      : `PF on the full basic: employer and employee each pay ${pctText(p.employeePfPercent)} of basic, ${formatRupees(employeePf)} a year.`,
    `Gratuity is ${pctText(p.gratuityPercent)} of basic (15 days' wages a year on 26 working days a month): part of CTC, not paid monthly; it is paid on leaving after 5 years' service.`,
  );
  if (variable > 0) {
    assumptions.push(
      `Variable pay of ${formatRupees(variable)} (${pctText(variablePercent)} of CTC) is assumed paid in full, once a year. It is in the yearly in-hand figure but not in the monthly one: monthly = (in-hand per year − variable pay) ÷ 12, with all the year's tax and PF taken from the monthly salary.`,
    );
  } else {
    assumptions.push('No variable pay: the monthly figure is the yearly in-hand pay ÷ 12.');
  }
  assumptions.push(describePt(state, monthlyGross, professionalTaxYear, rules));
  const note = rules.states[state].note;
  if (note) assumptions.push(note);
  assumptions.push(`Standard deduction of ${formatRupees(standardDeduction)} from salary.`);
  if (regimeRules.allowsDeductions) {
    assumptions.push(
      `Professional tax is deductible from salary in the old regime (section 16).`,
      `80C: employee PF of ${formatRupees(employeePf)}${other80C > 0 ? ` plus ${formatRupees(other80C)} of other investments` : ''}, capped at ${formatRupees(rules.deduction80CMax)}: ${formatRupees(deduction80C)}.`,
    );
    if (deduction80D > 0)
      assumptions.push(
        `80D health insurance deduction of ${formatRupees(deduction80D)}, as entered (the law caps it at ₹25,000–1,00,000 depending on ages).`,
      );
    if (hraExemption > 0) assumptions.push(`HRA exemption of ${formatRupees(hraExemption)}, as entered.`);
  } else {
    const ignored = [other80C > 0 && '80C', d80DInput > 0 && '80D', hraInput > 0 && 'HRA exemption'].filter(Boolean);
    assumptions.push(
      `The new regime allows no deduction for professional tax, 80C, 80D or the HRA exemption${ignored.length ? `; the ${ignored.join(', ')} you entered ${ignored.length > 1 ? 'are' : 'is'} ignored` : ''}.`,
    );
  }
  assumptions.push(
    'Income tax is worked out exactly and rounded to the nearest rupee (returns round to ₹10 under section 288B; the difference is at most ₹5).',
  );

  return {
    taxYear: rules.label,
    regime,
    state,
    ctc,
    basic,
    employerPf,
    gratuity,
    variable,
    grossSalary,
    standardDeduction,
    professionalTaxDeduction: ptDeduction,
    deduction80C,
    deduction80D,
    hraExemption,
    taxableIncome,
    incomeTax: tax.total,
    incomeTaxBreakdown: tax,
    employeePf,
    professionalTax: professionalTaxYear,
    inHandPerYear,
    inHandPerMonth,
    assumptions,
    warnings,
  };
}
