/**
 * A review session: the cards due when it started, one at a time. Loaded
 * with the Review view (components/state/review-model.ts creates it), so the
 * scheduler it previews intervals with (utils/review/schedule.ts, i.e.
 * ts-fsrs) never enters the panel's first chunk.
 *
 * Ratings are optimistic: a rating shows the next card in the same frame and
 * is stored behind it, one request at a time in order, so an undo or the
 * next batch never overtakes a rating still on its way. The session holds
 * the cards due when it started (and, when that batch was full, the next
 * batch); a card rated Again comes back once it is due, in a later session.
 */
import { batch, computed, createModel, signal } from '@preact/signals';
import type { CardRecord } from '@/utils/bookmarks-db';
import { errorMessage } from '@/utils/error-message';
import type { RatingPreviewJson, ReviewRating } from '@/utils/review/schedule';
import type { PanelApi } from './panel-api';

type Scheduler = typeof import('@/utils/review/schedule');

/** Due cards fetched per batch; a session asks for the next batch when it runs out. */
export const SESSION_BATCH = 200;

export type SessionPhase = 'idle' | 'loading' | 'active' | 'done';

export const ReviewSessionModel = createModel(
  (
    api: PanelApi,
    scheduler: Scheduler,
    /** Reports a problem to show, or clears it (null). */
    report: (problem: string | null) => void,
    /** Review state changed here: the counts should be read again. */
    changed: () => void,
  ) => {
    const phase = signal<SessionPhase>('idle');
    const queue = signal<CardRecord[]>([]);
    const position = signal(0);
    const revealed = signal(false);
    const revealedAt = signal(0);
    const retention = signal(0.9);
    const reviewed = signal(0);
    /** Ratings of this session that can be undone, newest last. */
    const undoStack: { card: CardRecord; rating: ReviewRating }[] = [];
    const undoable = signal(0);
    const lastRating = signal<{ questionId: string; rating: ReviewRating } | null>(null);
    let batchWasFull = false;

    const current = computed<CardRecord | null>(() => (phase.value === 'active' ? (queue.value[position.value] ?? null) : null));
    const preview = computed<RatingPreviewJson | null>(() => {
      const card = current.value;
      if (!card || !revealed.value) return null;
      return scheduler.previewJson(card, revealedAt.value, retention.value);
    });
    /** Cards left in this session, the one showing included. */
    const remaining = computed(() => Math.max(0, queue.value.length - position.value));

    /** One request at a time, in order (ratings, undo, the next batch). */
    let chain: Promise<unknown> = Promise.resolve();
    function serial<T>(work: () => Promise<T>): Promise<T> {
      const run = chain.then(work, work);
      chain = run.catch(() => {});
      return run;
    }

    async function fetchBatch(): Promise<CardRecord[]> {
      const due = await api.request('listDueCards', { limit: SESSION_BATCH });
      batchWasFull = due.cards.length >= SESSION_BATCH;
      retention.value = due.retention;
      return due.cards;
    }

    function showBatch(cards: CardRecord[]) {
      batch(() => {
        queue.value = cards;
        position.value = 0;
        revealed.value = false;
        phase.value = cards.length > 0 ? 'active' : 'done';
      });
      if (cards.length === 0) changed();
    }

    /** The queue ran out: the next batch if the last one was full, else the session is done. */
    function exhausted() {
      if (!batchWasFull) {
        phase.value = 'done';
        changed();
        return;
      }
      phase.value = 'loading';
      void serial(fetchBatch).then(showBatch, (e: unknown) => {
        report(errorMessage(e));
        phase.value = 'done';
      });
    }

    return {
      phase,
      current,
      revealed,
      preview,
      remaining,
      reviewed,
      undoable,
      lastRating,
      async start() {
        if (phase.peek() === 'loading') return;
        undoStack.length = 0;
        batch(() => {
          phase.value = 'loading';
          reviewed.value = 0;
          undoable.value = 0;
          lastRating.value = null;
        });
        try {
          showBatch(await serial(fetchBatch));
          report(null);
        } catch (e) {
          report(errorMessage(e));
          phase.value = 'idle';
        }
      },
      reveal() {
        if (!current.peek() || revealed.peek()) return;
        batch(() => {
          revealedAt.value = Date.now();
          revealed.value = true;
        });
      },
      /** Rates the card showing and shows the next at once; the rating is stored behind it. False when there is nothing to rate. */
      rate(rating: ReviewRating): boolean {
        const card = current.peek();
        if (!card || !revealed.peek()) return false;
        undoStack.push({ card, rating });
        batch(() => {
          position.value++;
          revealed.value = false;
          reviewed.value++;
          undoable.value = undoStack.length;
          lastRating.value = { questionId: card.questionId, rating };
        });
        void serial(() => api.request('rateCard', { questionId: card.questionId, rating })).then(
          () => report(null),
          (e: unknown) => report(`That rating was not saved: ${errorMessage(e)}`),
        );
        if (position.peek() >= queue.peek().length) exhausted();
        return true;
      },
      /** Undoes the newest rating of this session: its card shows again, as it was before. */
      async undo(): Promise<boolean> {
        const last = undoStack.pop();
        if (!last) return false;
        const next = queue.peek().slice();
        const at = Math.min(position.peek(), next.length);
        next.splice(at, 0, last.card);
        batch(() => {
          queue.value = next;
          position.value = at;
          revealed.value = false;
          reviewed.value = Math.max(0, reviewed.peek() - 1);
          undoable.value = undoStack.length;
          lastRating.value = null;
          phase.value = 'active';
        });
        try {
          const undone = await serial(() => api.request('undoLastRating', {}));
          if (!undone) report('That rating could not be undone: the card changed since (in another panel, or by an import).');
          else if (undone.questionId !== last.card.questionId) report('The newest rating was made in another panel: that one was undone.');
          else report(null);
          return undone !== null;
        } catch (e) {
          report(errorMessage(e));
          return false;
        }
      },
      /** Leaves the session (every rating is already on its way). */
      end() {
        undoStack.length = 0;
        batch(() => {
          phase.value = 'idle';
          queue.value = [];
          position.value = 0;
          revealed.value = false;
          undoable.value = 0;
        });
        changed();
      },
    };
  },
);
export type ReviewSessionModel = InstanceType<typeof ReviewSessionModel>;
