import { useState } from 'preact/hooks';
import { marketPayCaveat, PAY_LEVELS, type PayRole } from '@/data/market-pay';
import { negotiationAdvice } from '@/data/salary';
import type { Role } from '@/data/schema';
import { postingPay } from '@/utils/pay/posting-pay';
import { InHandCalculator } from './InHandCalculator';
import { MarketRange } from './MarketRange';
import { NegotiationScript } from './NegotiationScript';
import { OfferComparison } from './OfferComparison';
import { RolePicker } from './RolePicker';
import type { PanelModel } from './state/panel-model';

/**
 * The salary guide: CTC to in-hand pay, an offer against the current CTC,
 * sourced market ranges for any role and every level, and how to negotiate
 * (with the open posting's numbers, if there is one).
 */
export function SalaryView({ state }: { state: PanelModel }) {
  const [role, setRole] = useState<Role>(state.page.role.value ?? 'backend');
  const posting = state.page.posting.value;
  const postingRole = state.page.role.value;
  const pay = posting && postingRole ? postingPay(posting, postingRole) : null;
  return (
    <div class="space-y-8">
      <InHandCalculator salary={state.salary} />
      <OfferComparison salary={state.salary} />
      <section aria-labelledby="ranges-heading" class="space-y-3">
        <h2 id="ranges-heading" class="text-base font-semibold">
          Market ranges in India
        </h2>
        <RolePicker value={role} onChange={(r) => setRole(r as Role)} />
        {role === 'general' ? (
          <p class="text-sm text-slate-700 dark:text-slate-200">
            Prep Panel has sourced salary ranges for software roles only; there is none for General.
          </p>
        ) : (
          <>
            <ul class="grid gap-2" aria-label="Salary ranges">
              {PAY_LEVELS.map((level) => (
                <MarketRange key={level} role={role as PayRole} level={level} />
              ))}
            </ul>
            <p class="text-xs text-slate-500 dark:text-slate-400">{marketPayCaveat}</p>
          </>
        )}
      </section>
      <section aria-labelledby="negotiating-heading" class="space-y-3">
        <h2 id="negotiating-heading" class="text-base font-semibold">
          Negotiating
        </h2>
        <ul class="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
          {negotiationAdvice.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
        {pay && !pay.abroad && posting && (
          <p class="text-xs text-slate-600 dark:text-slate-300">
            With the numbers of the posting open beside the panel: {posting.title}
            {posting.company ? `, ${posting.company}` : ''}.
          </p>
        )}
        <NegotiationScript salary={state.salary} pay={pay && !pay.abroad ? pay : null} where="guide" />
      </section>
    </div>
  );
}
