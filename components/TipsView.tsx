import { interviewProcess } from '@/data/interview-process';
import type { PanelState } from './state/panel-state';

/** The guide's success tips and how backend interviews in India usually run. */
export function TipsView({ state }: { state: PanelState }) {
  return (
    <div class="space-y-6">
      <section aria-labelledby="tips-heading" class="space-y-2">
        <h2 id="tips-heading" class="text-base font-semibold">
          Tips
        </h2>
        <ul class="space-y-2">
          {state.dataset.tips.map((tip) => (
            <li key={tip.id} class="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-800">
              <h3 class="text-sm font-semibold">{tip.title}</h3>
              <p class="mt-1 text-sm text-slate-700 dark:text-slate-200">{tip.body}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="process-heading" class="space-y-2">
        <h2 id="process-heading" class="text-base font-semibold">
          How interviews run
        </h2>
        <p class="text-sm text-slate-700 dark:text-slate-200">{interviewProcess.summary}</p>
        <ol class="list-decimal space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
          {interviewProcess.rounds.map((round) => (
            <li key={round.id}>
              <span class="font-medium">{round.name}:</span> {round.description}
            </li>
          ))}
        </ol>
        <ul class="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
          {interviewProcess.advice.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
