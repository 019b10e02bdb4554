/**
 * The panel's whole state, built from small factories: bookmarks, search,
 * page context and checklist, plus which view is showing. One factory call per
 * panel; components get it through props.
 */
import { computed, effect, signal } from '@preact/signals';
import type { Dataset } from '@/data/schema';
import { callChecklist } from '@/data/checklist';
import { createBookmarksState } from './bookmarks-state';
import { createChecklistState } from './checklist-state';
import { createPageState } from './page-state';
import type { PanelApi, PanelMode } from './panel-api';
import { createSearchState } from './search-state';

export const VIEWS = ['page', 'questions', 'tips', 'salary', 'bookmarks'] as const;
export type View = (typeof VIEWS)[number];

export type PanelState = ReturnType<typeof createPanelState>;

export function createPanelState(options: { api: PanelApi; dataset: Dataset; mode: PanelMode }) {
  const { api, dataset, mode } = options;
  const bookmarks = createBookmarksState(api);
  const search = createSearchState(dataset);
  const page = createPageState(api, dataset);
  const checklist = createChecklistState(api, callChecklist);

  /** The view the user picked; null follows the page (its context if any, else browsing). */
  const chosenView = signal<View | null>(null);
  const view = computed<View>(() => {
    const chosen = chosenView.value;
    if (chosen === 'page' && !page.context.value) return 'questions';
    return chosen ?? (page.context.value ? 'page' : 'questions');
  });
  /** A short message for a screen reader's status region (import results and the like). */
  const notice = signal<string | null>(null);

  void bookmarks.reload();
  // A call page's checklist ticks belong to that meeting.
  const stopChecklist = effect(() => {
    const call = page.call.value;
    if (call) void checklist.open(call.site, call.meetingId);
  });

  return {
    api,
    dataset,
    mode,
    bookmarks,
    search,
    page,
    checklist,
    view,
    notice,
    showView(next: View) {
      chosenView.value = next;
    },
    dispose() {
      bookmarks.dispose();
      page.dispose();
      stopChecklist();
    },
  };
}
