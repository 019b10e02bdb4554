import { useEffect, useRef } from 'preact/hooks';
import type { MockRound } from '@/utils/bookmarks-db';
import { CATEGORY_LABELS } from './labels';
import { primaryButton, ratingButtonClass, RATING_LABELS, RATING_ORDER } from './review-ui';
import type { MockModel } from './state/mock-model';
import type { PanelModel } from './state/panel-model';

/** m:ss */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const MEANING: Record<(typeof RATING_ORDER)[number], string> = {
  again: 'I could not answer it',
  hard: 'I answered with gaps',
  good: 'I answered it well',
  easy: 'I answered it easily',
};

const SCORE = { again: 0, hard: 1, good: 2, easy: 3 } as const;
const score = (r: Pick<MockRound, 'items'>) =>
  r.items.length === 0 ? 0 : Math.round((r.items.reduce((s, i) => s + SCORE[i.rating], 0) / (3 * r.items.length)) * 100);

/** A mock interview for the posting on "This page": one question at a time against the clock, then the summary. */
export function MockInterview({ state }: { state: PanelModel }) {
  const mock = state.mock.round.value;
  if (!mock) return null;
  return mock.phase.value === 'summary' ? <Summary mock={mock} /> : <Round mock={mock} />;
}

function Round({ mock }: { mock: MockModel }) {
  const round = mock.round.value;
  const question = mock.current.value;
  const revealed = mock.revealed.value;
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el && !el.contains(document.activeElement)) el.focus();
  }, [question?.id, revealed]);
  if (!round || !question) return null;
  const n = round.questions.length;

  return (
    <section ref={box} tabIndex={-1} aria-labelledby="mock-heading" class="space-y-3">
      <div class="flex items-baseline justify-between gap-2">
        <h2 id="mock-heading" class="text-base font-semibold">
          Mock interview
        </h2>
        <span class="text-xs text-slate-500 dark:text-slate-400">
          Question {mock.index.value + 1} of {n}
        </span>
      </div>
      <p class="text-xs text-slate-600 dark:text-slate-300">
        For {round.postingTitle}
        {round.company ? ` at ${round.company}` : ''}. Answer aloud, as you would in the room, then compare with the answer.
      </p>
      <Countdown mock={mock} />
      <div class="rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-800">
        <p class="text-xs text-slate-500 dark:text-slate-400">{CATEGORY_LABELS[question.category]}</p>
        <p id="mock-question" class="mt-1 text-base font-semibold leading-snug">
          {question.text}
        </p>
        {revealed && (
          <div class="mt-3">
            <p class="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">How to answer</p>
            <p class="mt-1 whitespace-pre-wrap text-sm leading-relaxed text-slate-700 dark:text-slate-200">{question.guidance}</p>
          </div>
        )}
      </div>
      {!revealed ? (
        <button type="button" class={primaryButton} onClick={() => mock.reveal()}>
          Show answer
        </button>
      ) : (
        <div role="group" aria-label="How well did you answer?" class="flex gap-2">
          {RATING_ORDER.map((rating) => (
            <div key={rating} class="flex flex-1 flex-col gap-1.5">
              <button type="button" class={ratingButtonClass} aria-describedby={`mock-rate-${rating}`} onClick={() => mock.rate(rating)}>
                {RATING_LABELS[rating]}
              </button>
              <span id={`mock-rate-${rating}`} class="text-xs text-slate-500 dark:text-slate-400">
                {MEANING[rating]}
              </span>
            </div>
          ))}
        </div>
      )}
      {mock.error.value && (
        <p role="alert" class="text-sm text-red-700 dark:text-red-300">
          {mock.error.value}
        </p>
      )}
      <button type="button" class="btn-ghost" onClick={() => mock.close()}>
        End round
      </button>
    </section>
  );
}

/** The countdown: its own component, so its ticks re-render nothing else. */
function Countdown({ mock }: { mock: MockModel }) {
  const remaining = mock.remainingMs.value;
  const up = mock.timeUp.value;
  const paused = mock.paused.value;
  const revealed = mock.revealed.value;
  const over = Math.max(0, mock.elapsedMs.value - mock.limitMs.value);
  return (
    <div class="flex flex-wrap items-center gap-2 rounded-md bg-slate-100 p-2 dark:bg-slate-800">
      <span
        role="timer"
        aria-label="Time left"
        class={`text-xl font-bold ${up ? 'text-red-700 dark:text-red-300' : 'text-slate-900 dark:text-slate-100'}`}
      >
        {clock(Math.ceil(remaining / 1000))}
      </span>
      {!revealed && (
        <button type="button" class="btn-secondary !py-0.5 !text-xs" onClick={() => (paused ? mock.resume() : mock.pause())}>
          {paused ? 'Resume' : 'Pause'}
        </button>
      )}
      <span class="text-xs text-slate-600 dark:text-slate-300">
        {revealed
          ? `You took ${clock(mock.elapsedMs.value / 1000)}.`
          : paused
            ? 'Paused.'
            : up
              ? `Time is up (${clock(over / 1000)} over): wrap up, then show the answer.`
              : `${clock(mock.limitMs.value / 1000)} to answer.`}
      </span>
    </div>
  );
}

function Summary({ mock }: { mock: MockModel }) {
  const round = mock.round.value;
  const items = mock.items.value;
  const history = mock.history.value;
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  if (!round) return null;
  const total = items.reduce((s, i) => s + i.seconds, 0);
  const weak = items.filter((i) => i.rating === 'again' || i.rating === 'hard').length;
  const earlier = history.slice(0, 6).reverse();

  return (
    <section ref={box} tabIndex={-1} aria-labelledby="mock-summary-heading" class="space-y-3">
      <h2 id="mock-summary-heading" class="text-base font-semibold">
        Summary
      </h2>
      <p class="text-sm text-slate-700 dark:text-slate-200">
        Mock interview for {round.postingTitle}
        {round.company ? ` at ${round.company}` : ''}: {items.length} questions in {clock(total)}, score{' '}
        {score({ items: items.map((i) => ({ questionId: i.question.id, rating: i.rating, seconds: i.seconds })) })}%.
        {mock.saved.value ? ' Kept with your rounds for this posting.' : ''}
      </p>
      <table class="w-full text-left text-xs">
        <thead>
          <tr class="text-slate-500 dark:text-slate-400">
            <th scope="col" class="p-1.5 font-medium">
              Question
            </th>
            <th scope="col" class="p-1.5 font-medium">
              Rating
            </th>
            <th scope="col" class="p-1.5 font-medium">
              Time
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.question.id} class="border-t border-slate-200 dark:border-slate-700">
              <td class="p-1.5">{i.question.text}</td>
              <td class="p-1.5 font-semibold">{RATING_LABELS[i.rating]}</td>
              <td class="p-1.5">{clock(i.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="space-y-1">
        <button type="button" class={primaryButton} aria-describedby="mock-weak-help" onClick={() => void mock.addWeakToReview()}>
          Add weak ones to review
        </button>
        <p id="mock-weak-help" class="text-xs text-slate-500 dark:text-slate-400">
          {weak === 0
            ? 'No answer was rated Again or Hard this round.'
            : `Bookmarks the ${weak} rated Again or Hard, so spaced review brings them back.`}
        </p>
        <p role="status" class="text-sm text-emerald-700 dark:text-emerald-300">
          {mock.added.value}
        </p>
      </div>
      {mock.error.value && (
        <p role="alert" class="text-sm text-red-700 dark:text-red-300">
          {mock.error.value}
        </p>
      )}
      {earlier.length > 1 && (
        <div class="space-y-1">
          <p class="text-xs font-semibold text-slate-600 dark:text-slate-300">Your rounds for this posting (score, oldest first)</p>
          <ol class="flex flex-wrap gap-2 text-xs">
            {earlier.map((r) => (
              <li key={r.id ?? r.at} class="rounded bg-slate-100 px-1.5 py-0.5 dark:bg-slate-700">
                <time dateTime={new Date(r.at).toISOString()}>
                  {new Date(r.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}
                </time>
                : {score(r)}%
              </li>
            ))}
          </ol>
        </div>
      )}
      <div class="flex flex-wrap gap-2">
        <button type="button" class="btn-secondary" onClick={() => mock.start()}>
          Another round
        </button>
        <button type="button" class="btn-secondary" onClick={() => mock.close()}>
          Back to the posting
        </button>
      </div>
    </section>
  );
}
