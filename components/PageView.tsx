import { useState } from 'preact/hooks';
import { callChecklist } from '@/data/checklist';
import { ROLE_NAMES } from '@/data/roles';
import type { Role } from '@/data/schema';
import { formatExperience } from '@/utils/posting/experience';
import { describeDetection } from '@/utils/roles/detect-role';
import { siteById } from '@/utils/sites';
import { Checklist } from './Checklist';
import { lazyView } from './LazyView';
import { QuestionCard } from './QuestionCard';
import { RolePicker } from './RolePicker';
import type { PanelModel } from './state/panel-model';

// The salary section needs the market data: it loads after the questions show.
const PostingSalary = lazyView(() => import('./PostingSalary').then((m) => m.PostingSalary));
// Scheduling, a call's interview and its questions to ask load after the page's questions or checklist.
const PostingInterviews = lazyView(() => import('./ScheduleInterview').then((m) => m.PostingInterviews));
const CallInterview = lazyView(() => import('./CallInterview').then((m) => m.CallInterview));
const CallQuestions = lazyView(() => import('./CallInterview').then((m) => m.CallQuestions));
const MockInterview = lazyView(() => import('./MockInterview').then((m) => m.MockInterview));

const TOP_COUNT = 8;

/** The prep for the page beside the panel: a job posting or a video call. */
export function PageView({ state }: { state: PanelModel }) {
  const posting = state.page.posting.value;
  const call = state.page.call.value;
  if (!posting && !call) return null;
  return (
    <>
      {state.page.launcherHidden.value && <LauncherHiddenNote state={state} />}
      {posting ? (
        state.mock.round.value && state.mock.round.value.phase.value !== 'idle' ? (
          <MockInterview state={state} />
        ) : (
          <JobView state={state} />
        )
      ) : (
        <CallView state={state} />
      )}
    </>
  );
}

/** The user hid the launcher on this site: say so, and offer it back. */
function LauncherHiddenNote({ state }: { state: PanelModel }) {
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

function JobView({ state }: { state: PanelModel }) {
  const { page, bookmarks } = state;
  const posting = page.posting.value!;
  const role = page.role.value as Role;
  const detection = page.detection.value!;
  const ranked = page.ranked.value;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? ranked : ranked.slice(0, TOP_COUNT);
  const matched = ranked.filter((r) => r.matched.length > 0).length;
  const facts = [posting.company, posting.location, posting.experience && `${formatExperience(posting.experience)} experience`].filter(
    Boolean,
  );
  const why = page.chosenRole.value ? `you chose ${ROLE_NAMES[role]} for this posting` : describeDetection(detection);

  return (
    <div class="space-y-6">
      <section aria-labelledby="posting-heading" class="space-y-2 rounded-lg bg-indigo-50 p-3 dark:bg-indigo-950">
        <p class="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">Job posting</p>
        <h2 id="posting-heading" class="mt-0.5 text-base font-semibold leading-snug">
          {posting.title}
        </h2>
        {facts.length > 0 && <p class="mt-0.5 text-sm text-slate-700 dark:text-slate-200">{facts.join(' · ')}</p>}
        <div class="flex flex-wrap items-center gap-x-2 gap-y-1">
          <RolePicker value={role} onChange={(r) => void page.chooseRole(r as Role)} describedBy="role-why" />
          <span id="role-why" class="text-xs text-slate-600 dark:text-slate-300">
            ({why})
          </span>
        </div>
        <MockStart state={state} />
      </section>

      <section aria-labelledby="relevant-heading" class="space-y-2">
        <h2 id="relevant-heading" class="text-base font-semibold">
          Relevant for this job
        </h2>
        {role === 'general' && (
          <p class="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            The guide has no role-specific questions for this posting. Here are the HR, behavioural, negotiation and ask-the-interviewer
            questions any interview has, and the call checklist below.
          </p>
        )}
        {!page.dataset.value ? (
          <p class="text-sm text-slate-500 dark:text-slate-400" role="status">
            Loading the {ROLE_NAMES[role]} questions…
          </p>
        ) : (
          <>
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
          </>
        )}
      </section>

      {role === 'general' && (
        <section aria-labelledby="general-checklist-heading" class="space-y-1">
          <h2 id="general-checklist-heading" class="text-base font-semibold">
            Before the call
          </h2>
          <ul class="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
            {callChecklist.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </section>
      )}

      <PostingInterviews state={state} />

      <PostingSalary state={state} />
    </div>
  );
}

/** "Mock interview" for this posting, with how many questions to ask (3–10). */
function MockStart({ state }: { state: PanelModel }) {
  const { mock } = state;
  return (
    <div class="flex flex-wrap items-center gap-2">
      <button type="button" class="btn-secondary" disabled={!state.page.dataset.value} onClick={() => void mock.start()}>
        Mock interview
      </button>
      <label class="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
        Questions
        <select
          class="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          value={String(mock.count.value)}
          onChange={(e) => mock.setCount(Number(e.currentTarget.value))}
        >
          {[3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <span class="text-xs text-slate-600 dark:text-slate-300">{mock.seconds.value / 60} min each, timed</span>
      {mock.error.value && (
        <p role="alert" class="w-full text-xs text-red-700 dark:text-red-300">
          {mock.error.value}
        </p>
      )}
    </div>
  );
}

/** A call page: the interview it belongs to (if scheduled), the checklist, and questions to ask. */
function CallView({ state }: { state: PanelModel }) {
  const call = state.page.call.value!;
  return (
    <div class="space-y-6">
      <p class="rounded-lg bg-indigo-50 p-3 text-sm dark:bg-indigo-950">
        <span class="font-semibold">{call.service}</span> call. A few minutes of checks now save the first five of the interview.
      </p>
      <CallInterview state={state} />
      <Checklist checklist={state.checklist} />
      <CallQuestions state={state} />
    </div>
  );
}
