import { marketPayCaveat, marketPayFor, type PayRole } from '@/data/market-pay';
import { ROLE_NAMES } from '@/data/roles';
import { describeAgainstBand } from '@/utils/pay/compare-band';
import { payLevelsFor } from '@/utils/pay/posting-levels';
import { isOutsideIndia, readPostedPay } from '@/utils/pay/posted-pay';
import { MarketRange } from './MarketRange';
import type { PanelModel } from './state/panel-model';

/**
 * The posting's pay against the market range of its role, for every level its
 * experience spans. A non-software posting gets no band (no source has one),
 * and a posting outside India shows its pay as posted, never a rupee band.
 */
export function PostingSalary({ state }: { state: PanelModel }) {
  const posting = state.page.posting.value;
  const role = state.page.role.value;
  if (!posting || !role) return null;
  const posted = readPostedPay(posting.salary ?? '') ?? readPostedPay(posting.description);
  const abroad = isOutsideIndia(posting.location, posted);
  const { levels, basis } = payLevelsFor(posting);
  const payRole: PayRole | null = role === 'general' ? null : role;
  const rupees = posted && posted.currency === 'INR' && !abroad ? posted : null;

  return (
    <section aria-labelledby="salary-heading" class="space-y-3">
      <h2 id="salary-heading" class="text-base font-semibold">
        Salary
      </h2>
      <p class="text-sm">
        <span class="font-medium">Posted pay: </span>
        {posted ? posted.text : <span class="text-slate-500 dark:text-slate-400">not stated in the posting</span>}
      </p>
      {abroad ? (
        <p class="text-sm text-slate-700 dark:text-slate-200">
          This posting is outside India. Prep Panel’s ranges are for India, so none is shown against it.
        </p>
      ) : !payRole ? (
        <p class="text-sm text-slate-700 dark:text-slate-200">
          Prep Panel has sourced salary ranges for software roles only; there is none for this posting.
        </p>
      ) : (
        <>
          {rupees &&
            levels.map((level) => {
              const pay = marketPayFor(payRole, level);
              if (pay.status !== 'sourced') return null;
              const sentence = describeAgainstBand({
                pay: rupees,
                band: pay.span,
                level,
                roleLabel: ROLE_NAMES[payRole],
                sources: pay.figures.map((f) => f.source),
              });
              return sentence && <p key={level} class="text-sm">{sentence}</p>;
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
    </section>
  );
}
