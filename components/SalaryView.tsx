import { useState } from 'preact/hooks';
import { marketPayCaveat, PAY_LEVELS, type PayRole } from '@/data/market-pay';
import { negotiationAdvice } from '@/data/salary';
import type { Role } from '@/data/schema';
import { MarketRange } from './MarketRange';
import { RolePicker } from './RolePicker';
import type { PanelModel } from './state/panel-model';

/** The salary guide: sourced market ranges for any role and every level, and how to negotiate. */
export function SalaryView({ state }: { state: PanelModel }) {
  const [role, setRole] = useState<Role>(state.page.role.value ?? 'backend');
  return (
    <div class="space-y-6">
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
      <section aria-labelledby="negotiating-heading">
        <h2 id="negotiating-heading" class="text-base font-semibold">
          Negotiating
        </h2>
        <ul class="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
          {negotiationAdvice.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
