import { useId } from 'preact/hooks';
import { parseAmount } from '@/utils/in-hand/amount';
import { readOptions } from '@/utils/in-hand/calculator-inputs';
import { expectedCtcScript, figuresToHaveReady, type NegotiationInput } from '@/utils/pay/negotiation';
import type { PostingPay } from '@/utils/pay/posting-pay';
import { calculatorTexts, type SalaryModel } from './state/salary-model';

const rupeesOf = (text: string): number | null => {
  if (!text.trim()) return null;
  const r = parseAmount(text);
  return r.ok ? r.rupees : null;
};

/**
 * The negotiation guidance with the numbers in it: what to say when asked
 * "What is your expected CTC?" and, once your current CTC is entered (Offer
 * comparison, Salary guide), the figures to have ready. `pay` is the
 * posting's, when there is one.
 */
export function NegotiationScript({ salary, pay, where }: { salary: SalaryModel; pay: PostingPay | null; where: 'posting' | 'guide' }) {
  const id = useId();
  const regime = salary.regime.value;
  const options = readOptions(calculatorTexts(salary), regime);
  const input: NegotiationInput = {
    posted: pay?.rupees ?? null,
    bands: pay?.bands ?? [],
    roleLabel: pay?.roleLabel ?? null,
    currentCtc: rupeesOf(salary.currentCtc.value),
    offeredCtc: rupeesOf(salary.offeredCtc.value),
    options: options.ok ? options.options : null,
    regime,
  };
  const script = expectedCtcScript(input);
  const figures = figuresToHaveReady(input);

  return (
    <div class="space-y-3">
      <div>
        <h3 id={`${id}-script`} class="text-sm font-semibold">
          What is your expected CTC?
        </h3>
        <ol aria-labelledby={`${id}-script`} class="mt-1 space-y-1.5 text-sm">
          {script.map((line) => (
            <li key={line.when} class="rounded-md border-l-2 border-indigo-400 pl-2">
              <p class="text-xs text-slate-500 dark:text-slate-400">{line.when}</p>
              <p class="text-slate-800 dark:text-slate-100">{line.say}</p>
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 id={`${id}-figures`} class="text-sm font-semibold">
          Figures to have ready
        </h3>
        {figures.length > 0 ? (
          <dl aria-labelledby={`${id}-figures`} class="mt-1 space-y-1 text-sm">
            {figures.map((f) => (
              <div key={f.label}>
                <dt class="text-xs font-medium text-slate-600 dark:text-slate-300">{f.label}</dt>
                <dd class="text-slate-800 dark:text-slate-100">{f.value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p class="mt-1 text-sm text-slate-600 dark:text-slate-300">
            {where === 'guide'
              ? 'Enter your current CTC under Offer comparison above: the hike and in-hand pay at each figure appear here.'
              : 'Enter your current CTC under Offer comparison in the Salary guide: the hike and in-hand pay at each figure appear here.'}
          </p>
        )}
      </div>
    </div>
  );
}
