import { useEffect, useState } from 'preact/hooks';
import type { MockRound } from '@/utils/bookmarks-db';
import { intervalText, MAX_RETENTION, MIN_RETENTION } from '@/utils/review/schedule';
import { AddOwnQuestion } from './AddOwnQuestion';
import { ProgressChart } from './ProgressChart';
import { primaryButton, RATING_LABELS, RATING_ORDER } from './review-ui';
import { ReviewSession, useReviewKeys } from './ReviewSession';
import type { PanelModel } from './state/panel-model';
import type { ReviewSessionModel } from './state/review-session-model';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Mon 2 Jun, 14:32" in the reader's locale. */
const when = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * Spaced review of bookmarked questions (and your own): start a session when
 * cards are due, see progress at a glance, add your own questions, set the
 * desired retention. Only the parts that change re-render: a rating touches
 * the session card alone.
 */
export function ReviewView({ state }: { state: PanelModel }) {
  const { review, guides } = state;
  useEffect(() => {
    // The session's code (with ts-fsrs) and every role module load once progress is in, so they do not hold it up.
    void review.watchStats().finally(() => {
      void review.openSession();
      void guides.ensureAll();
    });
    return () => review.unwatchStats();
  }, []);
  useReviewKeys(review);
  const session = review.session.value;
  const phase = session?.phase.value ?? 'idle';

  return (
    <section aria-labelledby="review-heading" class="space-y-4">
      <h2 id="review-heading" class="text-base font-semibold">
        Review
      </h2>
      {session && phase === 'active' ? (
        <ReviewSession state={state} session={session} />
      ) : phase === 'loading' ? (
        <p role="status" class="text-sm text-slate-500 dark:text-slate-400">
          Loading the cards…
        </p>
      ) : (
        <StartOrStatus state={state} session={session} />
      )}
      <AddOwnQuestion review={review} />
      <Progress state={state} />
      <MockRounds state={state} />
      <Retention state={state} />
    </section>
  );
}

/** Starts a session once its code and the questions' modules are there (they load after the progress, see ReviewView). */
async function startReview(state: PanelModel) {
  const [session] = await Promise.all([state.review.openSession(), state.guides.ensureAll()]);
  await session.start();
}

/** "Start review" when cards are due; otherwise that nothing is, and when the next card is. */
function StartOrStatus({ state, session }: { state: PanelModel; session: ReviewSessionModel | null }) {
  const summary = state.review.summary.value;
  const phase = session?.phase.value ?? 'idle';
  const reviewed = session?.reviewed.value ?? 0;
  const undoable = session?.undoable.value ?? 0;
  const last = session?.lastRating.value ?? null;

  return (
    <div class="space-y-2">
      {phase === 'done' && (
        <p class="rounded-md bg-indigo-50 p-2 text-sm dark:bg-indigo-950">
          Session done: you rated {plural(reviewed, 'card')}.{last ? ` Last: ${RATING_LABELS[last.rating]}.` : ''}
        </p>
      )}
      {!summary ? (
        <p role="status" class="text-sm text-slate-500 dark:text-slate-400">
          Counting your cards…
        </p>
      ) : summary.dueCount > 0 ? (
        <div class="flex flex-wrap items-center gap-2">
          <button type="button" class={primaryButton} onClick={() => void startReview(state)}>
            Start review
          </button>
          <p role="status" class="text-sm">
            {plural(summary.dueCount, 'card')} due now.
          </p>
        </div>
      ) : summary.nextDue !== null ? (
        <p role="status" class="text-sm">
          Nothing is due. The next card is due {intervalText(summary.nextDue - Date.now())} (
          <time dateTime={new Date(summary.nextDue).toISOString()}>{when(summary.nextDue)}</time>).
        </p>
      ) : (
        <p role="status" class="text-sm">
          Nothing is due: you have no cards yet. Bookmark a question (<span aria-hidden="true">☆</span> Bookmark) or add your own, and it
          comes up here for review.
        </p>
      )}
      {phase === 'done' && undoable > 0 && (
        <button type="button" class="btn-secondary !py-0.5 !text-xs" onClick={() => void session?.undo()}>
          Undo
        </button>
      )}
    </div>
  );
}

function Progress({ state }: { state: PanelModel }) {
  const stats = state.review.stats.value;
  return (
    <section
      aria-labelledby="progress-heading"
      class="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-800"
    >
      <h3 id="progress-heading" class="text-sm font-semibold">
        Progress
      </h3>
      {stats ? <ProgressChart stats={stats} /> : <p class="text-xs text-slate-500 dark:text-slate-400">Loading…</p>}
    </section>
  );
}

const SCORE: Record<string, number> = { again: 0, hard: 1, good: 2, easy: 3 };
/** A round's score: the mean rating as a percentage (Easy on everything = 100 %). */
export const roundScore = (round: MockRound) =>
  round.items.length === 0 ? 0 : Math.round((round.items.reduce((s, i) => s + (SCORE[i.rating] ?? 0), 0) / (3 * round.items.length)) * 100);

function MockRounds({ state }: { state: PanelModel }) {
  const [rounds, setRounds] = useState<MockRound[] | null>(null);
  useEffect(() => {
    let live = true;
    void state.review.listMockRounds(5).then(
      (r) => live && setRounds(r),
      () => live && setRounds([]),
    );
    return () => void (live = false);
  }, []);
  if (!rounds || rounds.length === 0) return null;
  return (
    <section aria-labelledby="mock-rounds-heading" class="space-y-1">
      <h3 id="mock-rounds-heading" class="text-sm font-semibold">
        Recent mock interviews
      </h3>
      <ul class="space-y-1 text-xs text-slate-700 dark:text-slate-200">
        {rounds.map((r) => (
          <li key={r.id ?? r.at}>
            <time dateTime={new Date(r.at).toISOString()}>{when(r.at)}</time> · {r.postingTitle}
            {r.company ? ` (${r.company})` : ''}: {plural(r.items.length, 'question')}, score {roundScore(r)}%{' '}
            <span class="text-slate-500 dark:text-slate-400">
              ({RATING_ORDER.map((k) => `${r.items.filter((i) => i.rating === k).length} ${RATING_LABELS[k]}`).join(', ')})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const RETENTION_CHOICES = Array.from(
  { length: Math.round((MAX_RETENTION - MIN_RETENTION) * 100) + 1 },
  (_, i) => Math.round(MIN_RETENTION * 100) + i,
);

function Retention({ state }: { state: PanelModel }) {
  const retention = state.review.stats.value?.retention;
  if (retention === undefined) return null;
  return (
    <div class="space-y-1 border-t border-slate-200 pt-3 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
      <label class="flex items-center gap-2">
        Desired retention
        <select
          class="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          value={String(Math.round(retention * 100))}
          aria-describedby="retention-help"
          onChange={(e) => void state.review.setRetention(Number(e.currentTarget.value) / 100)}
        >
          {RETENTION_CHOICES.map((p) => (
            <option key={p} value={String(p)}>
              {p}%{p === 90 ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p id="retention-help">
        How likely you want to be to recall a card when it comes up. Higher means shorter intervals and more reviews; FSRS schedules for it.
      </p>
    </div>
  );
}
