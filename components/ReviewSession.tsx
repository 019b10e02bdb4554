import { useEffect, useId, useRef } from 'preact/hooks';
import { isOwnId } from '@/utils/review/own-question';
import { ROLE_NAMES } from '@/data/roles';
import { CATEGORY_LABELS } from './labels';
import { primaryButton, ratingButtonClass, RATING_LABELS, RATING_ORDER } from './review-ui';
import { StarDraft } from './StarDraft';
import type { PanelModel } from './state/panel-model';
import type { ReviewModel } from './state/review-model';
import type { ReviewSessionModel } from './state/review-session-model';

/** Is the key press meant for a field being typed into? Then it is not a review shortcut. */
function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.isContentEditable);
}
/** Space and Enter on these already activate them. */
function activates(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'BUTTON' || el.tagName === 'A' || el.tagName === 'SUMMARY');
}

/**
 * The review keys, on the whole document while the Review view shows: Space
 * or Enter reveals, 1–4 rate. Not while typing (a STAR draft takes digits),
 * and Space or Enter on a button stays that button's.
 */
export function useReviewKeys(review: ReviewModel) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const session = review.session.peek();
      if (!session || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.isComposing || typingInto(e.target)) return;
      if (e.key === ' ' || e.key === 'Enter') {
        if (activates(e.target) || session.revealed.peek() || !session.current.peek()) return;
        e.preventDefault();
        session.reveal();
        return;
      }
      const n = ['1', '2', '3', '4'].indexOf(e.key);
      if (n >= 0 && !e.repeat && session.revealed.peek()) {
        e.preventDefault();
        session.rate(RATING_ORDER[n]!);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [review]);
}

/**
 * One review card at a time: the question, then (after "Show answer") the
 * guidance, your note and your STAR draft, and the four ratings, each
 * described by the interval it gives (keys: `useReviewKeys`). A rating
 * shows the next card at once.
 */
export function ReviewSession({ state, session }: { state: PanelModel; session: ReviewSessionModel }) {
  const { review, bookmarks } = state;
  const id = useId();
  const card = session.current.value;
  const revealed = session.revealed.value;
  const preview = session.preview.value;
  const remaining = session.remaining.value;
  const reviewed = session.reviewed.value;
  const undoable = session.undoable.value;
  const find = review.lookup.value;
  const loaded = state.guides.allLoaded.value;
  const box = useRef<HTMLDivElement>(null);

  // Keys keep working after the button pressed went away: focus stays in the card.
  const key = `${card?.questionId ?? ''}:${revealed}`;
  useEffect(() => {
    const el = box.current;
    if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: false });
  }, [key]);

  if (!card) return null;
  const question = find(card.questionId);
  const bookmark = bookmarks.bookmarkOf(card.questionId).value;
  const own = isOwnId(card.questionId);

  return (
    <div
      ref={box}
      tabIndex={-1}
      data-question-id={card.questionId}
      aria-labelledby={`${id}-q`}
      role="region"
      class="space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-800"
    >
      <p class="flex justify-between text-xs text-slate-500 dark:text-slate-400">
        <span>
          {remaining} {remaining === 1 ? 'card' : 'cards'} left
        </span>
        <span>{reviewed} rated</span>
      </p>
      {question ? (
        <>
          <p class="text-xs text-slate-500 dark:text-slate-400">
            <span class="mr-2 rounded bg-indigo-50 px-1.5 py-0.5 font-medium text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200">
              {ROLE_NAMES[question.role]}
            </span>
            <span class="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-600 dark:bg-slate-700 dark:text-slate-300">
              {CATEGORY_LABELS[question.category]}
            </span>
            {own && <span>Your own question</span>}
          </p>
          <p id={`${id}-q`} class="text-base font-semibold leading-snug">
            {question.text}
          </p>
        </>
      ) : (
        <p id={`${id}-q`} class="text-sm">
          {loaded ? `A question this version of Prep Panel no longer has (${card.questionId}).` : 'Loading the question…'}
        </p>
      )}

      {!revealed ? (
        <div class="space-y-1">
          <button type="button" class={primaryButton} onClick={() => session.reveal()}>
            Show answer
          </button>
          <p class="text-xs text-slate-500 dark:text-slate-400">Answer aloud or in your head first. Space or Enter shows the answer.</p>
        </div>
      ) : (
        <div class="space-y-3">
          {question && (
            <div>
              <p class="text-xs font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">
                {own ? 'Your answer notes' : 'How to answer'}
              </p>
              <p class="mt-1 whitespace-pre-wrap text-sm leading-relaxed text-slate-700 dark:text-slate-200">{question.guidance}</p>
            </div>
          )}
          {bookmark?.note && (
            <div>
              <p class="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Your note</p>
              <p class="mt-1 whitespace-pre-wrap text-sm text-slate-700 dark:text-slate-200">{bookmark.note}</p>
            </div>
          )}
          {question?.category === 'behavioural' && <StarDraft questionId={card.questionId} questionText={question.text} />}
          <div role="group" aria-label="How well did you answer?" class="flex gap-2">
            {RATING_ORDER.map((rating, i) => (
              <div key={rating} class="flex flex-1 flex-col gap-1.5">
                <button
                  type="button"
                  class={ratingButtonClass}
                  aria-describedby={`${id}-${rating}`}
                  aria-keyshortcuts={String(i + 1)}
                  onClick={() => session.rate(rating)}
                >
                  {RATING_LABELS[rating]}
                </button>
                <span id={`${id}-${rating}`} class="text-xs text-slate-500 dark:text-slate-400">
                  {preview ? preview[rating].intervalText : ''}
                </span>
              </div>
            ))}
          </div>
          <p class="text-xs text-slate-500 dark:text-slate-400">Keys: 1 Again · 2 Hard · 3 Good · 4 Easy.</p>
        </div>
      )}

      <div class="flex flex-wrap gap-2 border-t border-slate-200 pt-3 dark:border-slate-700">
        {undoable > 0 && (
          <button type="button" class="btn-secondary !py-0.5 !text-xs" onClick={() => void session.undo()}>
            Undo
          </button>
        )}
        <button type="button" class="btn-ghost" onClick={() => session.end()}>
          End session
        </button>
      </div>
    </div>
  );
}
