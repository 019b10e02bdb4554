/**
 * What "This page" needs of mock interviews before one starts: how many
 * questions to ask, and the "Mock interview" action. The round itself
 * (components/state/mock-model.ts, with the question picking and the
 * countdown) loads on the first press, and is kept here so a round survives
 * switching views.
 */
import { createModel, effect, signal } from '@preact/signals';
import { clampQuestionCount, MOCK_DEFAULT_QUESTIONS, MOCK_DEFAULT_SECONDS } from '@/utils/review/limits';
import { errorMessage } from '@/utils/error-message';
import type { BookmarksModel } from './bookmarks-model';
import type { MockModel } from './mock-model';
import type { PageModel } from './page-model';
import type { PanelApi } from './panel-api';

export const MockLauncher = createModel((api: PanelApi, page: PageModel, bookmarks: BookmarksModel) => {
  /** Questions per round, 3–10. */
  const count = signal(MOCK_DEFAULT_QUESTIONS);
  /** Seconds per question. */
  const seconds = signal(MOCK_DEFAULT_SECONDS);
  /** The round model, once a round was started (its phase says whether one is running). */
  const round = signal<MockModel | null>(null);
  const error = signal<string | null>(null);
  effect(() => () => round.peek()?.[Symbol.dispose]());

  return {
    count,
    seconds,
    round,
    error,
    setCount(n: number) {
      count.value = clampQuestionCount(n);
    },
    /** Starts a round for the posting on the page. */
    async start(): Promise<boolean> {
      try {
        let model = round.peek();
        if (!model) {
          const { MockModel } = await import('./mock-model');
          model = round.peek() ?? new MockModel(api, page, bookmarks);
        }
        model.count.value = count.peek();
        model.seconds.value = seconds.peek();
        const started = model.start();
        round.value = model;
        error.value = started ? null : model.error.peek();
        return started;
      } catch (e) {
        error.value = `The mock interview could not be loaded: ${errorMessage(e)}`;
        return false;
      }
    },
  };
});
export type MockLauncher = InstanceType<typeof MockLauncher>;
