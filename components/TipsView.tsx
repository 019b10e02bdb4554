import { useEffect } from 'preact/hooks';
import { ROLE_NAMES } from '@/data/roles';
import type { PanelModel } from './state/panel-model';

/** Tips for every interview and for the page's role, and how that role's interviews in India usually run. */
export function TipsView({ state }: { state: PanelModel }) {
  const { guides, page } = state;
  const role = page.role.value ?? 'general';
  useEffect(() => void guides.ensure(role), [role]);
  const loaded = guides.guides.value;
  const own = loaded[role];
  const general = loaded.general;
  const tips = [...(role === 'general' ? [] : (own?.tips ?? [])), ...(general?.tips ?? [])];
  const rounds = own?.rounds ?? [];

  return (
    <div class="space-y-6">
      <section aria-labelledby="tips-heading" class="space-y-2">
        <h2 id="tips-heading" class="text-base font-semibold">
          Tips
        </h2>
        <ul class="space-y-2">
          {tips.map((tip) => (
            <li key={tip.id} class="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-800">
              <h3 class="text-sm font-semibold">{tip.title}</h3>
              <p class="mt-1 text-sm text-slate-700 dark:text-slate-200">{tip.body}</p>
            </li>
          ))}
        </ul>
      </section>
      {own && (
        <section aria-labelledby="process-heading" class="space-y-2">
          <h2 id="process-heading" class="text-base font-semibold">
            How {role === 'general' ? '' : `${ROLE_NAMES[role]} `}interviews run in India
          </h2>
          <p class="text-sm text-slate-700 dark:text-slate-200">{own.summary}</p>
          <ol class="list-decimal space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
            {rounds.map((round) => (
              <li key={round.id}>
                <span class="font-medium">{round.name}:</span> {round.description}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
