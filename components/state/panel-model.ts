/**
 * The panel's whole state: one model of nested models (loaded question
 * modules, bookmarks, the page, browsing, the checklist) plus which view is
 * showing, and the actions views call. Views never talk to the background
 * themselves. The entrypoint creates it and disposes of it.
 */
import { computed, createModel, effect, signal } from '@preact/signals';
import { errorMessage } from '@/utils/error-message';
import { IMPORT_MAX_BYTES } from '@/utils/review/limits';
import { openNativePanel } from '@/utils/native-panel';
import { BookmarksModel } from './bookmarks-model';
import { BrowseModel } from './browse-model';
import { ChecklistModel } from './checklist-model';
import { GuidesModel } from './guides-model';
import { InterviewsModel } from './interviews-model';
import { MockLauncher } from './mock-launcher';
import { PageModel } from './page-model';
import type { PanelApi } from './panel-api';
import { ReviewModel } from './review-model';
import { SalaryModel, type InHandPrefill } from './salary-model';

export const VIEWS = ['page', 'questions', 'review', 'bookmarks', 'salary', 'tips', 'upcoming'] as const;
export type View = (typeof VIEWS)[number];

/** What an export or import came to, shown in the view that did it. */
export interface FileResult {
  kind: 'ok' | 'error';
  text: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const PanelModel = createModel((api: PanelApi) => {
  const guides = new GuidesModel();
  const bookmarks = new BookmarksModel(api);
  const page = new PageModel(api, guides);
  const review = new ReviewModel(api, guides);
  const browse = new BrowseModel(guides, review.ownQuestions);
  const checklist = new ChecklistModel(api);
  const mock = new MockLauncher(api, page, bookmarks);
  const interviews = new InterviewsModel(api);
  const salary = new SalaryModel();

  /** The view the user picked; null follows the page (its context if any, else browsing). */
  const chosenView = signal<View | null>(null);
  const view = computed<View>(() => {
    const chosen = chosenView.value;
    if (chosen === 'page' && !page.context.value) return 'questions';
    return chosen ?? (page.context.value ? 'page' : 'questions');
  });
  /** A problem moving to the side panel, shown in the header where the button is. */
  const notice = signal<string | null>(null);
  const fileResult = signal<FileResult | null>(null);

  // A call page's checklist ticks belong to that meeting.
  effect(() => {
    const call = page.call.value;
    if (call) void checklist.open(call.site, call.meetingId);
  });

  return {
    guides,
    bookmarks,
    page,
    browse,
    checklist,
    review,
    mock,
    interviews,
    salary,
    view,
    notice,
    fileResult,
    showView(next: View) {
      if (next === 'review') review.prefetchStats(); // while the view's code loads
      chosenView.value = next;
      fileResult.value = null;
    },
    /** "Calculate in-hand" on a posting: fills the Salary guide's calculator with its pay and shows it. */
    openInHandCalculator(fill: InHandPrefill) {
      salary.fill(fill);
      chosenView.value = 'salary';
      fileResult.value = null;
    },
    async exportBookmarks() {
      try {
        // The file module (and the scheduler it imports) stays out of the panel's first chunk.
        const [data, { exportFileName }] = await Promise.all([api.request('exportBookmarks', {}), import('@/utils/bookmark-file')]);
        const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = exportFileName();
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        fileResult.value = { kind: 'ok', text: `Exported ${plural(data.bookmarks.length, 'bookmark')}.` };
      } catch (e) {
        fileResult.value = { kind: 'error', text: errorMessage(e) };
      }
    },
    async importFile(file: File) {
      if (file.size > IMPORT_MAX_BYTES) {
        fileResult.value = {
          kind: 'error',
          text: `That file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB). A Prep Panel export is at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Nothing was imported.`,
        };
        return;
      }
      try {
        const r = await api.request('importBookmarks', { text: await file.text() });
        await bookmarks.reload();
        const parts = [`${r.added} added`, `${r.updated} updated`, `${r.unchanged} already up to date`];
        if (r.skippedUnknown) parts.push(`${r.skippedUnknown} skipped (questions this version does not have)`);
        fileResult.value = { kind: 'ok', text: `Imported: ${parts.join(', ')}.` };
      } catch (e) {
        fileResult.value = { kind: 'error', text: errorMessage(e) };
      }
    },
    closeInPagePanel: () => api.request('closeInPagePanel', {}).then(() => undefined),
    /**
     * Opens the browser's own panel for this tab, then closes the in-page one.
     * `openNativePanel` runs first and synchronously inside the click: browsers
     * only allow it during a user gesture.
     */
    async moveToSidePanel() {
      try {
        await openNativePanel({ tabId: page.tabId.peek() ?? undefined });
        await api.request('closeInPagePanel', {});
      } catch (error) {
        notice.value = errorMessage(error);
      }
    },
  };
});
export type PanelModel = InstanceType<typeof PanelModel>;
