import { useState } from 'preact/hooks';
import { Checklist } from './Checklist';
import { QuestionCard } from './QuestionCard';
import { SalaryGuide } from './SalaryGuide';
import type { PanelState } from './state/panel-state';
import { negotiationAdvice } from '@/data/salary';
import { siteById } from '@/utils/sites';

const TOP_COUNT = 8;

function formatExperience(e: { min: number; max: number | null } | null): string | null {
  if (!e) return null;
  if (e.max === null) return `${e.min}+ years`;
  return e.min === e.max ? `${e.min} years` : `${e.min}–${e.max} years`;
}

/** The prep for the page beside the panel: a job posting or a video call. */
export function PageView({ state }: { state: PanelState }) {
  const posting = state.page.posting.value;
  const call = state.page.call.value;
  if (!posting && !call) return null;
  return (
    <>
      {state.page.launcherHidden.value && <LauncherHiddenNote state={state} />}
      {posting ? <JobView state={state} /> : <CallView state={state} />}
    </>
  );
}

/** The user hid the launcher on this site: say so, and offer it back. */
function LauncherHiddenNote({ state }: { state: PanelState }) {
  const id = state.page.posting.value?.site ?? state.page.call.value?.site ?? '';
  const site = siteById(id)?.name ?? id;
  return (
    <p class="mb-4 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      The Prep Panel button is hidden on {site}.
      <button type="button" class="btn-secondary !py-0.5 !text-xs" onClick={() => void state.page.showLauncherAgain()}>
        Show it on {site} again
      </button>
    </p>
  );
}

function JobView({ state }: { state: PanelState }) {
  const { page, bookmarks, dataset } = state;
  const posting = page.posting.value!;
  const ranked = page.ranked.value;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? ranked : ranked.slice(0, TOP_COUNT);
  const matched = ranked.filter((r) => r.matched.length > 0).length;
  const experience = formatExperience(posting.experience);
  const facts = [posting.company, posting.location, experience && `${experience} experience`].filter(Boolean);

  return (
    <div class="space-y-6">
      <section aria-labelledby="posting-heading" class="rounded-lg bg-indigo-50 p-3 dark:bg-indigo-950">
        <p class="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">Job posting</p>
        <h2 id="posting-heading" class="mt-0.5 text-base font-semibold leading-snug">
          {posting.title}
        </h2>
        {facts.length > 0 && <p class="mt-0.5 text-sm text-slate-700 dark:text-slate-200">{facts.join(' · ')}</p>}
      </section>

      <section aria-labelledby="relevant-heading" class="space-y-2">
        <h2 id="relevant-heading" class="text-base font-semibold">
          Relevant for this job
        </h2>
        <p class="text-xs text-slate-500 dark:text-slate-400">
          {matched > 0
            ? `${matched} question${matched === 1 ? '' : 's'} match what this posting asks for, best first.`
            : 'This posting names no topic the guide covers; these are the questions most interviews include.'}
        </p>
        <ul class="space-y-2">
          {shown.map((r) => (
            <QuestionCard key={r.question.id} question={r.question} bookmarks={bookmarks} reason={r.reason} showCategory />
          ))}
        </ul>
        {ranked.length > TOP_COUNT && (
          <button type="button" class="btn-secondary" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show fewer questions' : `Show all ${ranked.length} questions`}
          </button>
        )}
      </section>

      <SalaryGuide bands={dataset.salaryBands} negotiation={negotiationAdvice} guidance={page.salary.value} posted={posting.salary} />
    </div>
  );
}

function CallView({ state }: { state: PanelState }) {
  const { page, bookmarks, dataset, checklist } = state;
  const call = page.call.value!;
  const star = dataset.tips.find((t) => t.id === 'star-method');
  const toAsk = dataset.questions.filter((q) => q.category === 'ask-interviewer');
  return (
    <div class="space-y-6">
      <p class="rounded-lg bg-indigo-50 p-3 text-sm dark:bg-indigo-950">
        <span class="font-semibold">{call.service}</span> call. A few minutes of checks now save the first five of the interview.
      </p>
      <Checklist checklist={checklist} />
      {star && (
        <section aria-labelledby="star-heading" class="space-y-1">
          <h2 id="star-heading" class="text-base font-semibold">
            STAR reminder
          </h2>
          <p class="text-sm text-slate-700 dark:text-slate-200">{star.body}</p>
        </section>
      )}
      <section aria-labelledby="ask-heading" class="space-y-2">
        <h2 id="ask-heading" class="text-base font-semibold">
          Questions to ask the interviewer
        </h2>
        <ul class="space-y-2">
          {toAsk.map((q) => (
            <QuestionCard key={q.id} question={q} bookmarks={bookmarks} />
          ))}
        </ul>
      </section>
    </div>
  );
}
