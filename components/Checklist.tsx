import { callChecklist as items } from '@/data/checklist';
import type { ChecklistModel } from './state/checklist-model';

/** The pre-call checklist: ticks persist per meeting and can be reset. */
export function Checklist({ checklist }: { checklist: ChecklistModel }) {
  const { ticked, done } = checklist;
  return (
    <section aria-labelledby="checklist-heading" class="space-y-2">
      <div class="flex items-baseline justify-between">
        <h2 id="checklist-heading" class="text-base font-semibold">
          Checklist
        </h2>
        <span class="text-xs text-slate-500 dark:text-slate-400" aria-live="polite">
          {done.value} of {items.length} done
        </span>
      </div>
      <ul class="space-y-1">
        {items.map((item) => {
          const on = ticked.value.has(item.id);
          return (
            <li key={item.id} class="flex items-start gap-2 rounded-md p-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
              <input
                id={`check-${item.id}`}
                type="checkbox"
                class="mt-0.5 h-4 w-4 shrink-0 cursor-pointer accent-indigo-600"
                checked={on}
                aria-describedby={item.detail ? `check-${item.id}-detail` : undefined}
                onChange={(e) => void checklist.toggle(item.id, e.currentTarget.checked)}
              />
              <div class="text-sm">
                <label for={`check-${item.id}`} class={`cursor-pointer ${on ? 'text-slate-500 line-through dark:text-slate-400' : ''}`}>
                  {item.label}
                </label>
                {item.detail && (
                  <p id={`check-${item.id}-detail`} class="text-xs text-slate-500 dark:text-slate-400">
                    {item.detail}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <button type="button" class="btn-secondary" onClick={() => void checklist.reset()} disabled={done.value === 0}>
        Reset checklist
      </button>
    </section>
  );
}
