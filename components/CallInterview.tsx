import { useEffect, useState } from 'preact/hooks';
import { questionById } from '@/data/dataset';
import { matchInterview } from '@/utils/interviews/match';
import type { Interview } from '@/utils/interviews/records';
import { formatFromNow, formatWhen } from '@/utils/interviews/when';
import type { Draft, StarField } from '@/utils/review/records';
import { QuestionCard } from './QuestionCard';
import type { PanelModel } from './state/panel-model';

// Spelled here rather than imported with STAR_FIELDS: utils/review/records.ts brings the FSRS scheduler along.
const STAR_LABELS: Record<StarField, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
const STAR_FIELDS = Object.keys(STAR_LABELS) as StarField[];
/** Stories shown on a call: a glance, not the whole notebook. */
const STORIES_SHOWN = 5;

/** The scheduled interview the call page is (by its meeting link, else by time), or null. */
function useCallInterview(state: PanelModel): Interview | null {
  const call = state.page.call.value;
  return call ? matchInterview(state.interviews.all.value, call, state.interviews.now.value) : null;
}

/**
 * On a call page, the interview it belongs to: the posting's title and
 * company, which of its questions you bookmarked, and your STAR stories for
 * them, to glance at before joining. Says so when no interview matches.
 */
export function CallInterview({ state }: { state: PanelModel }) {
  const interview = useCallInterview(state);
  if (interview) return <MatchedInterview state={state} interview={interview} />;
  if (!state.interviews.loaded.value) return null;
  return (
    <p class="text-sm text-slate-700 dark:text-slate-200">
      No scheduled interview matches this call. Schedule it from the job posting (“Your interview for this job”) and Prep Panel shows that
      posting’s questions and your stories here, and reminds you before it starts.
    </p>
  );
}

/**
 * Below the checklist: the STAR reminder and the questions to ask the
 * interviewer, from the matched posting's role first, then those for any interview.
 */
export function CallQuestions({ state }: { state: PanelModel }) {
  const { bookmarks, guides } = state;
  const role = useCallInterview(state)?.posting.role ?? 'general';
  useEffect(() => void guides.ensure(role), [role]);
  const loaded = guides.guides.value;
  const general = loaded.general;
  const star = general?.tips.find((t) => t.id === 'gen-tip-star-with-number');
  const toAsk = [...(role === 'general' ? [] : (loaded[role]?.questions ?? [])), ...(general?.questions ?? [])].filter(
    (q, i, all) => q.category === 'ask-interviewer' && all.findIndex((o) => o.id === q.id) === i,
  );
  return (
    <>
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
    </>
  );
}

function MatchedInterview({ state, interview }: { state: PanelModel; interview: Interview }) {
  const { bookmarks, guides, interviews } = state;
  const { posting } = interview;
  useEffect(() => void guides.ensure(posting.role), [posting.role]);

  const loaded = guides.guides.value;
  const ids = interview.questionIds;
  const bookmarked = ids.filter((id) => bookmarks.bookmarkOf(id).value !== undefined);
  const questions = bookmarked.map((id) => questionById(id, loaded)).filter((q) => q !== undefined);

  // Stories for the posting's questions and every bookmarked one; refetched when bookmarks change.
  const storyIds = [...new Set([...ids, ...bookmarks.list.value.map((b) => b.questionId)])];
  const storyKey = storyIds.join(',');
  const [stories, setStories] = useState<Draft[] | null>(null);
  const [storiesError, setStoriesError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    interviews.stories(storyIds).then(
      (drafts) => live && (setStories(drafts), setStoriesError(null)),
      (e: unknown) => live && setStoriesError(e instanceof Error ? e.message : String(e)),
    );
    return () => void (live = false);
  }, [storyKey]);
  const mine = new Set(ids);
  const shown = (stories ?? [])
    .slice()
    .sort((a, b) => Number(mine.has(b.questionId)) - Number(mine.has(a.questionId)) || b.updatedAt - a.updatedAt)
    .slice(0, STORIES_SHOWN);

  return (
    <>
      <section aria-labelledby="call-interview-heading" class="space-y-1 rounded-lg bg-indigo-50 p-3 dark:bg-indigo-950">
        <p class="text-xs font-semibold tracking-wide text-indigo-700 uppercase dark:text-indigo-300">
          Interview · {formatWhen(interview.at)} ({formatFromNow(interview.at, interviews.now.value)})
        </p>
        <h2 id="call-interview-heading" class="text-base leading-snug font-semibold">
          {posting.title}
        </h2>
        {posting.company && <p class="text-sm text-slate-700 dark:text-slate-200">{posting.company}</p>}
      </section>

      <section aria-labelledby="call-bookmarks-heading" class="space-y-2">
        <h2 id="call-bookmarks-heading" class="text-base font-semibold">
          Your bookmarked questions for this job
        </h2>
        {questions.length > 0 ? (
          <ul class="space-y-2">
            {questions.map((q) => (
              <QuestionCard key={q.id} question={q} bookmarks={bookmarks} showCategory />
            ))}
          </ul>
        ) : (
          <p class="text-sm text-slate-700 dark:text-slate-200">
            {bookmarked.length > 0 ? 'Loading your questions…' : 'You bookmarked none of this posting’s questions.'}
          </p>
        )}
      </section>

      <section aria-labelledby="call-stories-heading" class="space-y-2">
        <h2 id="call-stories-heading" class="text-base font-semibold">
          Your STAR stories
        </h2>
        {storiesError && (
          <p role="alert" class="text-sm text-red-700 dark:text-red-300">
            Your stories could not be loaded: {storiesError}
          </p>
        )}
        {stories && shown.length === 0 && (
          <p class="text-sm text-slate-700 dark:text-slate-200">No STAR story written yet for these questions.</p>
        )}
        <ul class="space-y-2">
          {shown.map((draft) => (
            <li
              key={draft.questionId}
              class="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-800"
            >
              <h3 class="font-medium">{questionById(draft.questionId, loaded)?.text ?? 'A story of yours'}</h3>
              <dl class="mt-1 space-y-0.5">
                {STAR_FIELDS.filter((f) => draft[f].trim()).map((f) => (
                  <div key={f} class="flex gap-1.5">
                    <dt class="shrink-0 font-semibold text-slate-700 dark:text-slate-200">{STAR_LABELS[f]}:</dt>
                    <dd class="line-clamp-2 text-slate-700 dark:text-slate-200">{draft[f]}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
