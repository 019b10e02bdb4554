import { useId } from 'preact/hooks';
import { hikes } from '@/data/market-pay';
import { FY2025_26 } from '@/data/tax/fy2025-26';
import { formatRupees } from '@/utils/in-hand/amount';
import { readOptions } from '@/utils/in-hand/calculator-inputs';
import { compareOffer, formatChange, formatPercent, REGIMES, type OfferComparison as Comparison } from '@/utils/in-hand/offer';
import { Field, readAmount } from './SalaryFields';
import { calculatorTexts, type SalaryModel } from './state/salary-model';

const pctRange = (min: number | null, max: number) =>
  min === null ? `up to ${formatPercent(max)}` : min === max ? formatPercent(max) : `${formatPercent(min)}–${formatPercent(max)}`;

/**
 * The current CTC against an offer: the hike, and the change in monthly
 * in-hand pay under both regimes (with the calculator's options), beside what
 * annual increments in India run at.
 */
export function OfferComparison({ salary }: { salary: SalaryModel }) {
  const id = useId();
  const current = readAmount(salary.currentCtc.value);
  const offered = readAmount(salary.offeredCtc.value);
  // The old regime reads the deduction boxes too; the new regime ignores them.
  const options = readOptions(calculatorTexts(salary), 'old');

  let comparison: Comparison | null = null;
  let problem: string | null = null;
  if (current.kind === 'ok' && offered.kind === 'ok') {
    if (current.rupees === 0) problem = 'Enter a current CTC above ₹0 to work out a hike.';
    else if (!options.ok) problem = 'Fix the calculator’s options above (marked in red) to compare.';
    else {
      try {
        comparison = compareOffer(current.rupees, offered.rupees, options.options);
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e);
      }
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} class="space-y-3">
      <h2 id={`${id}-heading`} class="text-base font-semibold">
        Offer comparison
      </h2>
      <div class="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field
          label="Current CTC"
          value={salary.currentCtc}
          hint="Your CTC today, a year."
          error={current.kind === 'error' ? current.error : null}
        />
        <Field
          label="Offered CTC"
          value={salary.offeredCtc}
          hint="The offer’s CTC, a year."
          error={offered.kind === 'error' ? offered.error : null}
        />
      </div>

      {problem && (
        <p role="alert" class="text-sm font-medium text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      {comparison ? (
        <ComparisonTable c={comparison} stateName={FY2025_26.states[salary.state.value].name} />
      ) : (
        !problem && (
          <p class="text-sm text-slate-600 dark:text-slate-300">Enter both CTCs to see the hike and what it does to your monthly pay.</p>
        )
      )}

      <div class="space-y-1 text-xs text-slate-700 dark:text-slate-200">
        <h3 class="text-sm font-semibold">Annual increments in India, 2025–26</h3>
        <ul class="list-disc space-y-0.5 pl-5">
          {hikes.annual.map((h) => (
            <li key={h.id}>
              {h.label}: {pctRange(h.pctMin, h.pctMax)} ({h.scope}).{' '}
              <a class="underline" href={h.url} target="_blank" rel="noopener noreferrer">
                {h.source}
              </a>
              , {h.year}.
            </li>
          ))}
        </ul>
        <p class="font-medium">{hikes.switchStatement}</p>
      </div>
    </section>
  );
}

function ComparisonTable({ c, stateName }: { c: Comparison; stateName: string }) {
  return (
    <div class="overflow-x-auto">
      <table class="w-full text-sm">
        <caption class="pb-1 text-left text-xs text-slate-600 dark:text-slate-300">
          {formatRupees(c.current)} now against an offer of {formatRupees(c.offered)}, with the calculator’s options ({stateName})
        </caption>
        <thead>
          <tr>
            <td />
            {REGIMES.map((r) => (
              <th key={r} scope="col" class="px-2 py-1 text-right text-xs font-semibold">
                {FY2025_26.regimes[r].name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr class="border-t border-slate-200 font-semibold dark:border-slate-700">
            <th scope="row" class="py-1 pr-2 text-left">
              Hike
            </th>
            <td colSpan={2} class="whitespace-nowrap px-2 py-1 text-right tabular-nums">
              {formatPercent(c.hikePercent)}
            </td>
          </tr>
          <tr class="border-t border-slate-200 dark:border-slate-700">
            <th scope="row" class="py-1 pr-2 text-left font-medium">
              Monthly in-hand now
            </th>
            {REGIMES.map((r) => (
              <td key={r} class="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                {formatRupees(c.regimes[r].current.inHandPerMonth)}
              </td>
            ))}
          </tr>
          <tr class="border-t border-slate-200 dark:border-slate-700">
            <th scope="row" class="py-1 pr-2 text-left font-medium">
              Monthly in-hand on the offer
            </th>
            {REGIMES.map((r) => (
              <td key={r} class="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                {formatRupees(c.regimes[r].offered.inHandPerMonth)}
              </td>
            ))}
          </tr>
          <tr class="border-t border-slate-200 font-semibold dark:border-slate-700">
            <th scope="row" class="py-1 pr-2 text-left">
              In-hand change per month
            </th>
            {REGIMES.map((r) => (
              <td key={r} class="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                {formatChange(c.regimes[r].changePerMonth)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <p class="mt-1 text-xs text-slate-600 dark:text-slate-300">
        The old-regime column uses the deductions entered above (80C, HRA, 80D); the new regime allows none of them.
        {REGIMES.every((r) => c.regimes[r].current.inHandPerMonth > 0) &&
          ` A ${formatPercent(c.hikePercent)} hike in CTC changes the monthly in-hand pay by ${REGIMES.map(
            (r) =>
              `${formatPercent((c.regimes[r].changePerMonth / c.regimes[r].current.inHandPerMonth) * 100)} (${FY2025_26.regimes[r].name.toLowerCase()})`,
          ).join(' and ')}.`}
      </p>
    </div>
  );
}
