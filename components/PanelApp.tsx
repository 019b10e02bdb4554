import { lazyView } from './LazyView';
import { PageView } from './PageView';
import type { PanelMode } from './state/panel-api';
import type { PanelModel, View } from './state/panel-model';
import { ReviewContext } from './state/review-context';

// Only the page view ships in the panel's first chunk; the others load when opened.
const BrowseView = lazyView(() => import('./BrowseView').then((m) => m.BrowseView));
const TipsView = lazyView(() => import('./TipsView').then((m) => m.TipsView));
const SalaryView = lazyView(() => import('./SalaryView').then((m) => m.SalaryView));
const BookmarksView = lazyView(() => import('./BookmarksView').then((m) => m.BookmarksView));
const ReviewView = lazyView(() => import('./ReviewView').then((m) => m.ReviewView));
const DeletedQuestionNotice = lazyView(() => import('./OwnQuestionTools').then((m) => m.DeletedQuestionNotice));

const NAV: { view: View; label: string }[] = [
  { view: 'page', label: 'This page' },
  { view: 'questions', label: 'Questions' },
  { view: 'review', label: 'Review' },
  { view: 'bookmarks', label: 'Bookmarks' },
  { view: 'salary', label: 'Salary guide' },
  { view: 'tips', label: 'Tips' },
];

/**
 * The one panel app: Chrome's side panel, Firefox's sidebar and the in-page
 * panel all mount this component; only `mode` differs.
 */
export function PanelApp(props: { state: PanelModel; mode: PanelMode }) {
  // The review model reaches question cards anywhere (their STAR drafts, own questions' edit and delete).
  return (
    <ReviewContext.Provider value={props.state.review}>
      <PanelShell {...props} />
    </ReviewContext.Provider>
  );
}

function PanelShell({ state, mode }: { state: PanelModel; mode: PanelMode }) {
  const { view, page, bookmarks, guides } = state;
  const current = view.value;
  const hasPage = page.context.value !== null;
  const errors = [
    ...new Set([bookmarks.error.value, page.error.value, guides.error.value, state.review.error.value, state.notice.value]),
  ].filter(Boolean);

  return (
    <div class="flex h-full min-h-0 flex-col bg-slate-50 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header class="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-800">
        <h1 class="flex-1 text-sm font-bold tracking-tight">
          <span aria-hidden="true" class="mr-1 text-indigo-600 dark:text-indigo-400">
            ◆
          </span>
          Prep Panel
        </h1>
        {mode === 'embedded' && (
          <>
            <button type="button" class="btn-ghost" title="Move to the browser’s side panel" onClick={() => void state.moveToSidePanel()}>
              Open in side panel
            </button>
            <button
              type="button"
              class="btn-ghost"
              aria-label="Close panel"
              title="Close (Alt+Shift+P)"
              onClick={() => void state.closeInPagePanel()}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </>
        )}
      </header>

      {errors.length > 0 && (
        <div
          role="alert"
          class="border-b border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      )}

      {state.review.deleted.value && <DeletedQuestionNotice />}

      <main class="min-h-0 flex-1 overflow-y-auto px-3 py-3">
        {current === 'page' && <PageView state={state} />}
        {current === 'questions' && <BrowseView state={state} />}
        {current === 'tips' && <TipsView state={state} />}
        {current === 'salary' && <SalaryView state={state} />}
        {current === 'bookmarks' && <BookmarksView state={state} />}
        {current === 'review' && <ReviewView state={state} />}
      </main>

      <nav aria-label="Panel views" class="border-t border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800">
        <ul class="flex">
          {NAV.filter((item) => item.view !== 'page' || hasPage).map((item) => (
            <li key={item.view} class="flex-1">
              <button
                type="button"
                class={`nav-button ${current === item.view ? 'nav-button-current' : ''}`}
                aria-current={current === item.view ? 'page' : undefined}
                aria-describedby={item.view === 'bookmarks' ? 'bookmark-count' : item.view === 'review' ? 'review-due-count' : undefined}
                onClick={() => state.showView(item.view)}
              >
                {item.label}
                {item.view === 'bookmarks' && <BookmarkCount state={state} />}
                {item.view === 'review' && <DueCount state={state} />}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

/**
 * The count beside "Bookmarks": hidden from the button's name (it stays
 * "Bookmarks") and read as its description. Its own component, so a new
 * bookmark re-renders this badge and not the whole panel.
 */
function BookmarkCount({ state }: { state: PanelModel }) {
  const count = state.bookmarks.count.value;
  if (count === 0) return null;
  return (
    <span
      id="bookmark-count"
      aria-hidden="true"
      class="ml-1 rounded-full bg-indigo-100 px-1.5 text-[10px] text-indigo-800 dark:bg-indigo-900 dark:text-indigo-200"
    >
      {count}
    </span>
  );
}

/** The number of cards due beside "Review", read as its description (as the bookmark count is). */
function DueCount({ state }: { state: PanelModel }) {
  const count = state.review.dueCount.value;
  if (count === 0) return null;
  return (
    <span
      id="review-due-count"
      aria-hidden="true"
      class="ml-1 rounded-full bg-indigo-100 px-1.5 text-[10px] text-indigo-800 dark:bg-indigo-900 dark:text-indigo-200"
    >
      {count}
    </span>
  );
}
