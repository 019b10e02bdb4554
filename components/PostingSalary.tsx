import { marketPayCaveat } from '@/data/market-pay';
import { FY2025_26, type StateId } from '@/data/tax/fy2025-26';
import { formatRupees } from '@/utils/in-hand/amount';
import { readOptions } from '@/utils/in-hand/calculator-inputs';
import { inHand } from '@/utils/in-hand/ctc';
import { stateFromLocation } from '@/utils/in-hand/state-from-location';
import { describeAgainstBand, formatRupeesAsLpa } from '@/utils/pay/compare-band';
import { postingPay } from '@/utils/pay/posting-pay';
import { MarketRange } from './MarketRange';
import { NegotiationScript } from './NegotiationScript';
import { calculatorTexts } from './state/salary-model';
import type { PanelModel } from './state/panel-model';

/**
 * The posting's pay against the market range of its role, for every level its
 * experience spans, what it comes to in hand, and what to say when asked for
 * an expected CTC. A non-software posting gets no band (no source has one),
 * and a posting outside India shows its pay as posted, never a rupee band.
 */
export function PostingSalary({ state }: { state: PanelModel }) {
  const posting = state.page.posting.value;
  const role = state.page.role.value;
  if (!posting || !role) return null;
  const pay = postingPay(posting, role);
  const { posted, abroad, rupees, levels, basis, payRole, roleLabel, bands } = pay;
  const where = stateFromLocation(posting.location);

  return (
    <section aria-labelledby="salary-heading" class="space-y-3">
      <h2 id="salary-heading" class="text-base font-semibold">
        Salary
      </h2>
      <p class="text-sm">
        <span class="font-medium">Posted pay: </span>
        {posting.salary ?? posted?.text ?? <span class="text-slate-500 dark:text-slate-400">not stated in the posting</span>}
      </p>
      {abroad ? (
        <p class="text-sm text-slate-700 dark:text-slate-200">
          This posting is outside India. Prep Panel’s ranges are for India, so none is shown against it.
        </p>
      ) : (
        <>
          {rupees && (
            <InHandAtPostedPay
              state={state}
              min={rupees.min}
              max={rupees.max}
              stateId={where?.state ?? null}
              onCalculate={() =>
                state.openInHandCalculator({
                  min: rupees.min,
                  max: rupees.max,
                  postedText: rupees.text,
                  monthly: rupees.period === 'month',
                  posting: [posting.title, posting.company].filter(Boolean).join(', '),
                  state: where && { id: where.state, place: where.place },
                })
              }
            />
          )}
          {!payRole ? (
            <p class="text-sm text-slate-700 dark:text-slate-200">
              Prep Panel has sourced salary ranges for software roles only; there is none for this posting.
            </p>
          ) : (
            <>
              {rupees &&
                bands.map((band) => {
                  const sentence = describeAgainstBand({
                    pay: rupees,
                    band: band.span,
                    level: band.level,
                    roleLabel: roleLabel!,
                    sources: band.sources,
                  });
                  return (
                    sentence && (
                      <p key={band.level} class="text-sm">
                        {sentence}
                      </p>
                    )
                  );
                })}
              <p class="text-xs text-slate-600 dark:text-slate-300">{basis}</p>
              <ul class="grid gap-2" aria-label="Salary ranges">
                {levels.map((level) => (
                  <MarketRange key={level} role={payRole} level={level} highlight={levels.length === 1} />
                ))}
              </ul>
              <p class="text-xs text-slate-500 dark:text-slate-400">{marketPayCaveat}</p>
            </>
          )}
          <NegotiationScript salary={state.salary} pay={pay} where="posting" />
        </>
      )}
    </section>
  );
}

/**
 * What the posted pay comes to a month in hand at each end (with the Salary
 * guide's options, in the posting's state), and the button that opens the
 * calculator filled with it.
 */
function InHandAtPostedPay(props: {
  state: PanelModel;
  min: number | null;
  max: number | null;
  stateId: StateId | null;
  onCalculate(): void;
}) {
  const salary = props.state.salary;
  const regime = salary.regime.value;
  const options = readOptions(calculatorTexts(salary), regime);
  const ends = [...new Set([props.min, props.max].filter((x): x is number => x !== null))];
  let summary: string | null = null;
  if (options.ok) {
    const stateId = props.stateId ?? options.options.state;
    try {
      const monthly = ends.map(
        (ctc) =>
          `${formatRupees(inHand({ ...options.options, state: stateId, ctc, regime }).inHandPerMonth)} at ${formatRupeesAsLpa({ min: ctc, max: ctc })}`,
      );
      summary = `In hand a month: about ${monthly.join(' and ')} (${FY2025_26.regimes[regime].name.toLowerCase()}, ${FY2025_26.states[stateId].name}, basic ${options.options.basicPercent} % of CTC).`;
    } catch {
      summary = null;
    }
  }
  return (
    <div class="flex flex-wrap items-center gap-2">
      {summary && <p class="w-full text-sm">{summary}</p>}
      <button type="button" class="btn-secondary" onClick={props.onCalculate}>
        Calculate in-hand
      </button>
    </div>
  );
}
