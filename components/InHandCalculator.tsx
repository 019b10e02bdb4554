import { useEffect, useId, useRef } from 'preact/hooks';
import { FY2025_26 } from '@/data/tax/fy2025-26';
import { formatRupees } from '@/utils/in-hand/amount';
import { readOptions } from '@/utils/in-hand/calculator-inputs';
import { inHand, STATE_OPTIONS, type InHandResult } from '@/utils/in-hand/ctc';
import type { Regime } from '@/utils/in-hand/income-tax';
import { Field, INPUT_CLASS, readAmount } from './SalaryFields';
import { calculatorTexts, type SalaryModel } from './state/salary-model';

interface Row {
  label: string;
  value(r: InHandResult): number;
  /** Shown only in the old regime (the new one allows none of these deductions). */
  oldOnly?: boolean;
}

/** The result rows, in the order the money flows. Their headers are the names tests and users look for. */
const ROWS: Row[] = [
  { label: 'Gross salary', value: (r) => r.grossSalary },
  { label: 'Standard deduction', value: (r) => r.standardDeduction },
  {
    label: 'Old-regime deductions (80C, 80D, HRA, PT)',
    value: (r) => r.professionalTaxDeduction + r.deduction80C + r.deduction80D + r.hraExemption,
    oldOnly: true,
  },
  { label: 'Taxable income', value: (r) => r.taxableIncome },
  { label: 'Income tax', value: (r) => r.incomeTax },
  { label: 'Employee PF', value: (r) => r.employeePf },
  { label: 'Professional tax', value: (r) => r.professionalTax },
  { label: 'In-hand per year', value: (r) => r.inHandPerYear },
  { label: 'In-hand per month', value: (r) => r.inHandPerMonth },
];

const REGIME_NAMES: Record<Regime, string> = { new: FY2025_26.regimes.new.name, old: FY2025_26.regimes.old.name };
const PF_CEILING = formatRupees(FY2025_26.payroll.pfWageCeilingMonthly);

type Column = { ctc: number; result: InHandResult } | { ctc: number; error: string };

/**
 * CTC to in-hand pay under either regime, FY 2025-26: the boxes, then the
 * breakdown table (updated as you type), the assumptions and the sources.
 * With a second CTC (the top of a posted range) the table has a column each.
 */
export function InHandCalculator({ salary }: { salary: SalaryModel }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // "Calculate in-hand" on a posting opened this view: bring the filled calculator to the reader.
  useEffect(() => {
    if (!salary.focusPending.peek()) return;
    salary.focusTaken();
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, []);

  const regime = salary.regime.value;
  const oldRegime = regime === 'old';
  const first = readAmount(salary.ctc.value);
  const second = readAmount(salary.secondCtc.value);
  const options = readOptions(calculatorTexts(salary), regime);
  const errors = options.ok ? {} : options.errors;
  const stateName = FY2025_26.states[salary.state.value].name;
  const prefill = salary.prefill.value;

  const columns: Column[] = [];
  if (options.ok) {
    for (const c of [first, second]) {
      if (c.kind !== 'ok') continue;
      try {
        columns.push({ ctc: c.rupees, result: inHand({ ...options.options, ctc: c.rupees, regime }) });
      } catch (e) {
        columns.push({ ctc: c.rupees, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  const results = columns.flatMap((c) => ('result' in c ? [c.result] : []));
  const failures = columns.flatMap((c) => ('error' in c ? [c.error] : []));
  const rows = ROWS.filter((r) => !r.oldOnly || oldRegime);
  const two = results.length === 2;
  const assumptions = mergeAssumptions(results);
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];

  return (
    <section aria-labelledby={`${id}-heading`} class="space-y-3">
      <div>
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} class="text-base font-semibold">
          In-hand salary
        </h2>
        <p class="text-xs text-slate-600 dark:text-slate-300">
          Tax year {FY2025_26.label}. From the CTC (cost to company) to the pay that reaches your bank account.
        </p>
      </div>

      {prefill && (
        <p class="rounded-md bg-indigo-50 p-2 text-xs text-indigo-900 dark:bg-indigo-950 dark:text-indigo-100">
          Filled from the posting {prefill.posting}: {prefill.postedText}
          {prefill.monthly ? ' (a monthly figure, taken × 12 as the yearly CTC)' : ''}.
          {prefill.min !== null && prefill.max !== null && prefill.min !== prefill.max ? ' Both ends of the range are shown.' : ''}
          {prefill.state ? ` State set from its location (${prefill.state.place}).` : ''}
        </p>
      )}

      <div class="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field
          label="Annual CTC"
          value={salary.ctc}
          hint="A year’s CTC: 18,00,000, 18 LPA, 18 lakh or 1.2 Cr."
          error={first.kind === 'error' ? first.error : null}
        />
        <Field
          label="Second CTC to compare"
          value={salary.secondCtc}
          hint="Optional: adds a column, e.g. the top of a posted range."
          error={second.kind === 'error' ? second.error : null}
        />
      </div>

      <div role="radiogroup" aria-labelledby={`${id}-regime`} class="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span id={`${id}-regime`} class="font-medium">
          Tax regime
        </span>
        {(['new', 'old'] as const).map((r) => (
          <label key={r} class="flex cursor-pointer items-center gap-1.5">
            <input
              type="radio"
              name={`${id}-regime`}
              value={r}
              class="h-4 w-4 accent-indigo-600"
              checked={regime === r}
              onChange={() => (salary.regime.value = r)}
            />
            {REGIME_NAMES[r]}
          </label>
        ))}
      </div>

      <div class="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div class="space-y-0.5">
          <label for={`${id}-state`} class="block text-sm font-medium">
            State
          </label>
          <select
            id={`${id}-state`}
            class={INPUT_CLASS}
            value={salary.state.value}
            aria-describedby={`${id}-state-hint`}
            onChange={(e) => (salary.state.value = e.currentTarget.value as typeof salary.state.value)}
          >
            {STATE_OPTIONS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <p id={`${id}-state-hint`} class="text-xs text-slate-500 dark:text-slate-400">
            Where you work: it sets the professional tax.
          </p>
        </div>
        <Field
          label="Basic pay (% of CTC)"
          value={salary.basicPercent}
          type="number"
          min={1}
          max={100}
          hint="50 by default: the labour codes count at least half of pay as wages."
          error={errors.basicPercent}
        />
        <Field
          label="Variable pay (% of CTC)"
          value={salary.variablePercent}
          type="number"
          min={0}
          max={99}
          hint="Bonus paid once a year, if the CTC includes one."
          error={errors.variablePercent}
        />
        <div class="flex items-start gap-2 pt-1 text-sm">
          <input
            id={`${id}-pf`}
            type="checkbox"
            class="mt-0.5 h-4 w-4 shrink-0 cursor-pointer accent-indigo-600"
            checked={salary.pfCapped.value}
            aria-describedby={`${id}-pf-hint`}
            onChange={(e) => (salary.pfCapped.value = e.currentTarget.checked)}
          />
          <div>
            <label for={`${id}-pf`} class="cursor-pointer font-medium">
              PF on capped wage ({PF_CEILING})
            </label>
            <p id={`${id}-pf-hint`} class="text-xs text-slate-500 dark:text-slate-400">
              Some employers pay PF on the statutory {PF_CEILING} a month, not the full basic.
            </p>
          </div>
        </div>
      </div>

      {oldRegime && (
        <fieldset class="grid grid-cols-1 gap-3 rounded-md border border-slate-200 p-2 sm:grid-cols-3 dark:border-slate-700">
          <legend class="px-1 text-xs font-semibold text-slate-600 dark:text-slate-300">Old regime deductions, a year</legend>
          <Field
            label="80C deductions"
            value={salary.other80C}
            hint={`Besides your EPF, which is counted for you; 80C is capped at ${formatRupees(FY2025_26.deduction80CMax)}.`}
            error={errors.other80C}
          />
          <Field
            label="HRA exemption"
            value={salary.hraExemption}
            hint="The exempt part of your HRA, as your employer works it out."
            error={errors.hraExemption}
          />
          <Field label="80D" value={salary.deduction80D} hint="Health insurance premiums." error={errors.deduction80D} />
        </fieldset>
      )}

      {first.kind === 'empty' && second.kind !== 'ok' ? (
        <p class="text-sm text-slate-600 dark:text-slate-300">Enter an annual CTC to see what reaches your account.</p>
      ) : results.length > 0 ? (
        <div class="overflow-x-auto">
          <table class="w-full text-sm">
            <caption class="pb-1 text-left text-xs text-slate-600 dark:text-slate-300">
              In-hand salary at a CTC of {results.map((r) => formatRupees(r.ctc)).join(' and ')} ({REGIME_NAMES[regime].toLowerCase()},{' '}
              {stateName})
            </caption>
            {two && (
              <thead>
                <tr>
                  <td />
                  {results.map((r, i) => (
                    <th key={i} scope="col" class="px-2 py-1 text-right text-xs font-semibold">
                      CTC {formatRupees(r.ctc)}
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {rows.map((row) => {
                const total = row.label.startsWith('In-hand');
                return (
                  <tr key={row.label} class={`border-t border-slate-200 dark:border-slate-700 ${total ? 'font-semibold' : ''}`}>
                    <th scope="row" class="py-1 pr-2 text-left font-medium">
                      {row.label}
                    </th>
                    {results.map((r, i) => (
                      <td key={i} class="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                        {formatRupees(row.value(r))}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}

      {failures.map((f) => (
        <p key={f} role="alert" class="text-sm font-medium text-red-700 dark:text-red-300">
          {f}
        </p>
      ))}
      {warnings.map((w) => (
        <p key={w} class="rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {w}
        </p>
      ))}

      {results.length > 0 && (
        <>
          <TaxWorking results={results} />
          <div>
            <h3 class="text-sm font-semibold">Assumptions</h3>
            <ul class="mt-1 list-disc space-y-0.5 pl-5 text-xs text-slate-700 dark:text-slate-200">
              <li>
                CTC is not what you are paid: employer PF and gratuity are part of it, and variable pay arrives once a year if it is paid in
                full. Fixed pay is the CTC less the variable pay; in-hand pay is what is left after tax, your PF and professional tax.
              </li>
              {assumptions.map((a) => (
                <li key={a}>{a}</li>
              ))}
              <li>
                Not counted: income other than this salary, perquisites and reimbursements, employer NPS, and how TDS is spread over the
                year.
              </li>
            </ul>
          </div>
        </>
      )}

      <details class="text-xs text-slate-600 dark:text-slate-300">
        <summary class="cursor-pointer">Sources for the tax rules ({FY2025_26.label})</summary>
        <ul class="mt-1 space-y-0.5 pl-3">
          {FY2025_26.sources.map((s) => (
            <li key={s.id}>
              {s.name} ({s.site})
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * One list for every column: a line the columns share shows once; where they
 * differ (amounts), each column's line shows, led by its CTC. The calculator
 * writes its lines in a fixed order, so with equal options they pair up.
 */
export function mergeAssumptions(results: readonly InHandResult[]): string[] {
  const [a, b] = results;
  if (!a) return [];
  if (!b) return a.assumptions;
  if (a.assumptions.length !== b.assumptions.length) {
    return results.flatMap((r) => r.assumptions.map((line) => `At ${formatRupees(r.ctc)}: ${line}`));
  }
  return a.assumptions.flatMap((line, i) => {
    const other = b.assumptions[i]!;
    return line === other ? [line] : [`At ${formatRupees(a.ctc)}: ${line}`, `At ${formatRupees(b.ctc)}: ${other}`];
  });
}

/** How each column's income tax comes about: slab tax, rebate, relief, surcharge, cess. */
function TaxWorking({ results }: { results: InHandResult[] }) {
  return (
    <details class="text-xs text-slate-700 dark:text-slate-200">
      <summary class="cursor-pointer">How the income tax is worked out</summary>
      {results.map((r) => {
        const t = r.incomeTaxBreakdown;
        const lines: [string, number][] = [
          [`Tax on ${formatRupees(t.taxableIncome)} by the slabs`, t.slabTax],
          ['Section 87A rebate', -t.rebate],
          ['Marginal relief on the 87A rebate', -t.marginalRelief87A],
          [`Surcharge (${t.surchargeRatePercent} %)`, t.surcharge],
          ['Marginal relief on the surcharge', -t.surchargeRelief],
          [`Health and education cess (${FY2025_26.cessPercent} %)`, t.cess],
        ];
        return (
          <div key={r.ctc} class="mt-1">
            {results.length > 1 && <p class="font-semibold">CTC {formatRupees(r.ctc)}</p>}
            <ul class="space-y-0.5 pl-3">
              {lines
                .filter(([, v], i) => i === 0 || v !== 0)
                .map(([label, v]) => (
                  <li key={label}>
                    {label}: {formatRupees(v)}
                  </li>
                ))}
              <li class="font-semibold">Income tax: {formatRupees(t.total)}</li>
            </ul>
          </div>
        );
      })}
    </details>
  );
}
