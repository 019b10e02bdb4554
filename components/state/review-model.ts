/**
 * Spaced review as the panel sees it: the due count (the "Review" nav
 * control's description), the review session, progress, your own questions,
 * STAR drafts and mock rounds. The background owns the cards
 * (utils/background/review-handlers.ts); this model asks for them and
 * follows its `reviewChanged` / `bookmarkChanged` events, so every open panel
 * shows the same counts.
 *
 * The session itself (components/state/review-session-model.ts) and the
 * scheduler it previews intervals with (ts-fsrs) load with the Review view,
 * never with the panel's first chunk.
 */
import { batch, computed, createModel, effect, signal } from '@preact/signals';
import { questionById } from '@/data/dataset';
import type { Question } from '@/data/schema';
import type { Draft, DueSummary, OwnQuestion, OwnQuestionChanges, OwnQuestionInput } from '@/utils/bookmarks-db';
import { errorMessage } from '@/utils/error-message';
import { ownToQuestion } from '@/utils/review/own-question';
import type { DeletedOwnQuestion, ReviewStats } from '@/utils/review/protocol';
import type { StarFields } from '@/utils/review/records';
import type { GuidesModel } from './guides-model';
import type { PanelApi } from './panel-api';
import type { ReviewSessionModel } from './review-session-model';
/** Bursts of changes (a mock round's bookmarks, an import) refresh the counts once. */
const REFRESH_DELAY_MS = 60;
/** Longest wait before asking again when the next card falls due (the computer may sleep in between). */
const MAX_TIMER_MS = 60 * 60 * 1000;

/** An own question just deleted, kept so it can be undone. */
export interface DeletedNotice {
  deleted: DeletedOwnQuestion;
  at: number;
}

export const ReviewModel = createModel((api: PanelApi, guides: GuidesModel) => {
  const summary = signal<DueSummary | null>(null);
  /** Cards due now (the "Review" nav control's description and the toolbar badge). */
  const dueCount = computed(() => summary.value?.dueCount ?? 0);
  const stats = signal<ReviewStats | null>(null);
  const error = signal<string | null>(null);

  // ------------------------------------------------------------ own questions
  const own = signal<OwnQuestion[]>([]);
  const ownById = computed(() => new Map(own.value.map((q) => [q.id, ownToQuestion(q)])));
  const ownQuestions = computed(() => [...ownById.value.values()]);
  const ownRecords = computed(() => new Map(own.value.map((q) => [q.id, q])));
  /** Finds any question by id: yours, or the guide's (from the modules loaded so far). */
  const lookup = computed(() => {
    const mine = ownById.value;
    const loaded = guides.guides.value;
    return (id: string): Question | undefined => mine.get(id) ?? questionById(id, loaded);
  });
  const deleted = signal<DeletedNotice | null>(null);

  // ------------------------------------------------------------ session
  /** The review session, created when the Review view first opens (its code loads then). */
  const session = signal<ReviewSessionModel | null>(null);
  const sessionActive = () => session.peek()?.phase.peek() === 'active';

  /** Draft saves and loads seen from other panels: a counter per change, and which question it was. */
  const draftChange = signal<{ questionId: string | null; n: number }>({ questionId: null, n: 0 });

  // ------------------------------------------------------------ loading
  let summaryTimer: ReturnType<typeof setTimeout> | null = null;
  let summaryLoading = false;
  let summaryAgain = false;
  async function loadSummary() {
    if (summaryLoading) {
      summaryAgain = true;
      return;
    }
    summaryLoading = true;
    try {
      do {
        summaryAgain = false;
        summary.value = await api.request('dueSummary', {});
        error.value = null;
      } while (summaryAgain);
    } catch (e) {
      error.value = errorMessage(e);
    } finally {
      summaryLoading = false;
    }
  }

  let statsWanted = 0;
  let statsTimer: ReturnType<typeof setTimeout> | null = null;
  /** One request at a time: a second call while one is on its way joins it. */
  let statsLoading: Promise<void> | null = null;
  function loadStats(): Promise<void> {
    statsLoading ??= (async () => {
      try {
        const s = await api.request('reviewStats', {});
        batch(() => {
          stats.value = s;
          summary.value = s.summary;
        });
        error.value = null;
        // A streak longer than the chart's 30 days is read from the whole log, after the rest shows.
        if (s.streak === null) {
          const streak = await api.request('reviewStreak', {});
          if (stats.peek() === s) stats.value = { ...s, streak };
        }
      } catch (e) {
        error.value = errorMessage(e);
      } finally {
        statsLoading = null;
      }
    })();
    return statsLoading;
  }

  /** A change somewhere: counts again soon, progress too while the Review view shows it (not mid-session: it would only slow rating). */
  function changed() {
    if (summaryTimer === null)
      summaryTimer = setTimeout(() => {
        summaryTimer = null;
        void loadSummary();
      }, REFRESH_DELAY_MS);
    if (statsWanted > 0 && !sessionActive() && statsTimer === null)
      statsTimer = setTimeout(() => {
        statsTimer = null;
        void loadStats();
      }, REFRESH_DELAY_MS);
  }

  async function loadOwn() {
    try {
      own.value = await api.request('listOwnQuestions', {});
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  // Disposed with the model: the subscription is this effect's cleanup.
  effect(() =>
    api.onEvent((event) => {
      if (event.type === 'reviewChanged') {
        if (event.what === 'draft' || event.questionId === null)
          draftChange.value = { questionId: event.questionId, n: draftChange.peek().n + 1 };
        if (event.what === 'ownQuestion' || event.questionId === null) void loadOwn();
        if (event.what !== 'draft') changed();
      } else if (event.type === 'bookmarkChanged' || event.type === 'bookmarksImported') {
        changed();
      }
    }),
  );
  // When the next card falls due, count again (the badge follows: the background refreshes it on each count).
  effect(() => {
    const next = summary.value?.nextDue;
    if (next === null || next === undefined) return;
    const timer = setTimeout(() => void loadSummary(), Math.min(MAX_TIMER_MS, Math.max(500, next - Date.now() + 250)));
    return () => clearTimeout(timer);
  });
  effect(() => () => {
    if (summaryTimer !== null) clearTimeout(summaryTimer);
    if (statsTimer !== null) clearTimeout(statsTimer);
    session.peek()?.[Symbol.dispose]();
  });
  void loadSummary();
  void loadOwn();

  // ------------------------------------------------------------ own questions actions
  /** Null when saved, else the message to show. */
  async function createOwn(input: OwnQuestionInput): Promise<{ question: OwnQuestion | null; problem: string | null }> {
    try {
      const { question } = await api.request('createOwnQuestion', { question: input });
      if (!own.peek().some((q) => q.id === question.id)) own.value = [question, ...own.peek()];
      return { question, problem: null };
    } catch (e) {
      return { question: null, problem: errorMessage(e) };
    }
  }

  async function updateOwn(id: string, changes: OwnQuestionChanges): Promise<string | null> {
    try {
      const question = await api.request('updateOwnQuestion', { id, changes });
      own.value = own.peek().map((q) => (q.id === id ? question : q));
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  async function deleteOwn(id: string): Promise<string | null> {
    try {
      const gone = await api.request('deleteOwnQuestion', { id });
      batch(() => {
        own.value = own.peek().filter((q) => q.id !== id);
        deleted.value = gone ? { deleted: gone, at: Date.now() } : null;
      });
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  async function undoDelete(): Promise<string | null> {
    const notice = deleted.peek();
    if (!notice) return null;
    try {
      const { question } = await api.request('restoreOwnQuestion', { deleted: notice.deleted });
      batch(() => {
        deleted.value = null;
        if (!own.peek().some((q) => q.id === question.id)) own.value = [question, ...own.peek()].sort((a, b) => b.createdAt - a.createdAt);
      });
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  }

  return {
    summary,
    dueCount,
    stats,
    error,
    // own questions
    own,
    ownRecords,
    ownById,
    ownQuestions,
    lookup,
    deleted,
    session,
    draftChange,
    reloadSummary: loadSummary,
    /** The Review view shows progress: load it, and keep it fresh until `unwatchStats`. Resolves once loaded. */
    watchStats(): Promise<void> {
      statsWanted++;
      return loadStats();
    },
    /** The Review view is about to open: ask for its progress while its code loads. */
    prefetchStats() {
      void loadStats();
    },
    unwatchStats() {
      statsWanted = Math.max(0, statsWanted - 1);
    },
    reloadStats: loadStats,
    /** The review session (loaded with its scheduler on first use). */
    async openSession(): Promise<ReviewSessionModel> {
      const existing = session.peek();
      if (existing) return existing;
      const [{ ReviewSessionModel: Session }, scheduler] = await Promise.all([
        import('./review-session-model'),
        import('@/utils/review/schedule'),
      ]);
      const created = session.peek() ?? new Session(api, scheduler, (problem) => (error.value = problem), changed);
      session.value = created;
      return created;
    },
    async setRetention(value: number) {
      try {
        await api.request('setRetention', { retention: value });
        await loadStats();
      } catch (e) {
        error.value = errorMessage(e);
      }
    },
    createOwn,
    updateOwn,
    deleteOwn,
    undoDelete,
    dismissDeleted() {
      deleted.value = null;
    },
    async loadDraft(questionId: string): Promise<Draft | null> {
      return api.request('getDraft', { questionId });
    },
    /** Null when saved, else the message to show. */
    async saveDraft(questionId: string, fields: Partial<StarFields>): Promise<string | null> {
      try {
        await api.request('saveDraft', { questionId, fields });
        return null;
      } catch (e) {
        return errorMessage(e);
      }
    },
    listMockRounds: (limit?: number) => api.request('listMockRounds', limit === undefined ? {} : { limit }),
  };
});
export type ReviewModel = InstanceType<typeof ReviewModel>;
