/**
 * A mock interview for the posting on "This page": questions picked for it
 * (utils/review/mock-selection.ts), one at a time, each with a countdown to
 * answer aloud (pausable), then the answer, then a self-rating. The round
 * ends with a summary and is kept (date, posting, ratings, time taken), so a
 * candidate sees how they improve on that posting.
 *
 * The clock is injected: the panel uses the real one, tests a fake they move
 * by hand. Loaded with the mock interview (components/state/mock-launcher.ts
 * creates it on the first "Mock interview"), not with the panel's first chunk.
 */
import { batch, computed, createModel, effect, signal } from '@preact/signals';
import type { Question, Role } from '@/data/schema';
import type { MockRound } from '@/utils/bookmarks-db';
import { errorMessage } from '@/utils/error-message';
import { clampQuestionCount, MOCK_DEFAULT_QUESTIONS, MOCK_DEFAULT_SECONDS } from '@/utils/review/limits';
import { selectMockQuestions } from '@/utils/review/mock-selection';
import type { ReviewRating } from '@/utils/review/schedule';
import type { BookmarksModel } from './bookmarks-model';
import type { PageModel } from './page-model';
import type { PanelApi } from './panel-api';

export interface MockClock {
  now(): number;
  /** Calls `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

export const realClock: MockClock = {
  now: () => Date.now(),
  every(ms, fn) {
    const timer = setInterval(fn, ms);
    return () => clearInterval(timer);
  },
};

/** Ratings that count as weak: the ones "Add weak ones to review" bookmarks. */
export const WEAK_RATINGS: readonly ReviewRating[] = ['again', 'hard'];
const TICK_MS = 250;

export type MockPhase = 'idle' | 'running' | 'summary';

export interface MockItem {
  question: Question;
  rating: ReviewRating;
  seconds: number;
}

export interface MockRoundInfo {
  postingTitle: string;
  company: string;
  role: Role;
  questions: Question[];
  /** Seconds allowed per question. */
  seconds: number;
}

/** Rounds for the same posting (same title and company). */
export const samePosting = (a: { postingTitle: string; company: string }, b: { postingTitle: string; company: string }) =>
  a.postingTitle === b.postingTitle && a.company === b.company;

export const MockModel = createModel((api: PanelApi, page: PageModel, bookmarks: BookmarksModel, clock: MockClock = realClock) => {
  /** Questions per round, 3–10. */
  const count = signal(MOCK_DEFAULT_QUESTIONS);
  /** Seconds per question. */
  const seconds = signal(MOCK_DEFAULT_SECONDS);

  const phase = signal<MockPhase>('idle');
  const round = signal<MockRoundInfo | null>(null);
  const index = signal(0);
  const revealed = signal(false);
  const items = signal<MockItem[]>([]);
  const error = signal<string | null>(null);
  /** What "Add weak ones to review" did. */
  const added = signal<string | null>(null);
  /** Earlier rounds for this round's posting, newest first (this one included once saved). */
  const history = signal<MockRound[]>([]);
  const saved = signal(false);

  // The countdown: time spent on the current question, paused or not.
  const elapsedMs = signal(0);
  const paused = signal(false);
  let accumulated = 0;
  let since: number | null = null;
  let stopTicking: (() => void) | null = null;

  const tick = () => {
    elapsedMs.value = accumulated + (since === null ? 0 : clock.now() - since);
  };
  const run = () => {
    since = clock.now();
    stopTicking ??= clock.every(TICK_MS, tick);
  };
  const halt = () => {
    tick();
    accumulated = elapsedMs.peek();
    since = null;
    stopTicking?.();
    stopTicking = null;
  };
  const restartClock = () => {
    halt();
    accumulated = 0;
    batch(() => {
      elapsedMs.value = 0;
      paused.value = false;
    });
    run();
  };
  effect(() => () => stopTicking?.());

  const current = computed(() => round.value?.questions[index.value] ?? null);
  const limitMs = computed(() => (round.value?.seconds ?? seconds.value) * 1000);
  const remainingMs = computed(() => Math.max(0, limitMs.value - elapsedMs.value));
  const timeUp = computed(() => elapsedMs.value >= limitMs.value);

  async function loadHistory(info: MockRoundInfo) {
    try {
      const rounds = await api.request('listMockRounds', {});
      history.value = rounds.filter((r) => samePosting(r, info));
    } catch (e) {
      error.value = errorMessage(e);
    }
  }

  async function finish(info: MockRoundInfo, done: MockItem[]) {
    halt();
    batch(() => {
      phase.value = 'summary';
      revealed.value = false;
      saved.value = false;
    });
    try {
      await api.request('addMockRound', {
        round: {
          at: clock.now(),
          postingTitle: info.postingTitle,
          company: info.company,
          role: info.role,
          items: done.map((i) => ({ questionId: i.question.id, rating: i.rating, seconds: i.seconds })),
        },
      });
      saved.value = true;
      error.value = null;
    } catch (e) {
      error.value = `This round was not kept: ${errorMessage(e)}`;
    }
    await loadHistory(info);
  }

  return {
    count,
    seconds,
    phase,
    round,
    index,
    current,
    revealed,
    items,
    error,
    added,
    history,
    saved,
    elapsedMs,
    remainingMs,
    limitMs,
    timeUp,
    paused,
    setCount(n: number) {
      count.value = clampQuestionCount(n);
    },
    /** Starts a round for the posting on the page; false when there is none or it has no questions yet. */
    start(): boolean {
      const posting = page.posting.peek();
      const role = page.role.peek();
      const questions = selectMockQuestions(page.ranked.peek(), count.peek());
      if (!posting || !role || questions.length === 0) {
        error.value = 'The questions for this posting are still loading. Try again in a moment.';
        return false;
      }
      const info: MockRoundInfo = { postingTitle: posting.title, company: posting.company ?? '', role, questions, seconds: seconds.peek() };
      batch(() => {
        round.value = info;
        index.value = 0;
        items.value = [];
        revealed.value = false;
        added.value = null;
        error.value = null;
        saved.value = false;
        phase.value = 'running';
      });
      restartClock();
      void loadHistory(info);
      return true;
    },
    pause() {
      if (phase.peek() !== 'running' || revealed.peek() || paused.peek()) return;
      halt();
      paused.value = true;
    },
    resume() {
      if (!paused.peek()) return;
      paused.value = false;
      run();
    },
    reveal() {
      if (phase.peek() !== 'running' || revealed.peek()) return;
      halt();
      batch(() => {
        revealed.value = true;
        paused.value = false;
      });
    },
    rate(rating: ReviewRating) {
      const info = round.peek();
      const question = current.peek();
      if (phase.peek() !== 'running' || !revealed.peek() || !info || !question) return;
      const done = [...items.peek(), { question, rating, seconds: Math.round(elapsedMs.peek() / 1000) }];
      items.value = done;
      if (done.length >= info.questions.length) {
        void finish(info, done);
        return;
      }
      batch(() => {
        index.value = done.length;
        revealed.value = false;
      });
      restartClock();
    },
    /** Bookmarks the questions rated Again or Hard, so they come up in review. */
    async addWeakToReview() {
      const weak = items.peek().filter((i) => WEAK_RATINGS.includes(i.rating));
      if (weak.length === 0) {
        added.value = 'Nothing to add: no answer was rated Again or Hard.';
        return;
      }
      const fresh = weak.filter((i) => !bookmarks.isBookmarked(i.question.id));
      const results = await Promise.all(fresh.map((i) => bookmarks.setBookmarked(i.question.id, true)));
      const ok = results.filter(Boolean).length;
      const already = weak.length - fresh.length;
      const parts = [`Added ${ok} question${ok === 1 ? '' : 's'} to review`];
      if (already) parts.push(`${already} already in review`);
      added.value = `${parts.join('; ')}.`;
    },
    /** Leaves the round (a finished one is already kept). */
    close() {
      halt();
      batch(() => {
        phase.value = 'idle';
        round.value = null;
        revealed.value = false;
        paused.value = false;
        elapsedMs.value = 0;
      });
    },
  };
});
export type MockModel = InstanceType<typeof MockModel>;
