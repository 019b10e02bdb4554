import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { lazyView } from './LazyView';
import { PageView } from './PageView';
import { usePanelKeys } from './panel-keys';
import { ReviewContext } from './state/review-context';
import type { PanelMode } from './state/panel-api';
import type { PanelModel, View } from './state/panel-model';

// Only the page view ships in the panel's first chunk; the others load when opened.
const BrowseView = lazyView(() => import('./BrowseView').then((m) => m.BrowseView));
const TipsView = lazyView(() => import('./TipsView').then((m) => m.TipsView));
const SalaryView = lazyView(() => import('./SalaryView').then((m) => m.SalaryView));
const BookmarksView = lazyView(() => import('./BookmarksView').then((m) => m.BookmarksView));
const ReviewView = lazyView(() => import('./ReviewView').then((m) => m.ReviewView));
const DeletedQuestionNotice = lazyView(() => import('./OwnQuestionTools').then((m) => m.DeletedQuestionNotice));
const UpcomingList = lazyView(() => import('./UpcomingList').then((m) => m.UpcomingList));
const KeyboardHelp = lazyView(() => import('./KeyboardHelp').then((m) => m.KeyboardHelp));
const NoPageHint = lazyView(() => import('./NoPageHint').then((m) => m.NoPageHint));

/**
 * The views along the bottom. `short` is what a narrow panel (under 360 px,
 * e.g. the 320 px side panel) shows so the bar stays one line; the button's
 * name stays `label` (visually hidden there), which contains the short word.
 */
const NAV: { view: View; label: string; short?: string }[] = [
  { view: 'page', label: 'This page', short: 'Page' },
  { view: 'questions', label: 'Questions' },
  { view: 'review', label: 'Review' },
  { view: 'bookmarks', label: 'Bookmarks' },
  { view: 'salary', label: 'Salary guide', short: 'Salary' },
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
  const { view, page } = state;
  const current = view.value;
  const hasPage = page.context.value !== null;
  const main = useRef<HTMLElement>(null);
  const nav = useRef<HTMLElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  // Each view opens at its top, not where the last one was scrolled to.
  useLayoutEffect(() => {
    if (main.current) main.current.scrollTop = 0;
  }, [current]);
  usePanelKeys(state, mode, main);
  // An export's or import's result shows under its buttons, which may sit below a long list: bring it into sight.
  const fileResult = state.fileResult.value;
  useEffect(() => {
    if (!fileResult || !main.current) return;
    const shown = [...main.current.querySelectorAll<HTMLElement>('[role="alert"], [role="status"]')].find(
      (el) => el.textContent === fileResult.text,
    );
    shown?.scrollIntoView?.({ block: 'nearest' });
  }, [fileResult]);

  const focusNav = () =>
    (nav.current?.querySelector<HTMLElement>('[aria-current="page"]') ?? nav.current?.querySelector('button'))?.focus();

  return (
    <div class="relative flex h-full min-h-0 flex-col bg-slate-50 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      {/* First in the Tab order: the views are otherwise behind every card of the list. */}
      <a
        href="#panel-nav"
        class="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 dark:bg-slate-800 dark:text-indigo-200"
        onClick={(e) => {
          e.preventDefault();
          focusNav();
        }}
      >
        Skip to navigation
      </a>
      <header class="flex flex-wrap items-center gap-x-1 gap-y-1 border-b border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-800">
        <h1 class="mr-auto text-sm font-bold tracking-tight whitespace-nowrap">
          <span aria-hidden="true" class="mr-1 text-indigo-600 dark:text-indigo-400">
            ◆
          </span>
          {/* Under 360 px the name is read, not shown: the browser's panel header or the page's sheet already says it. */}
          <span class="max-[359px]:sr-only">Prep Panel</span>
        </h1>
        <button
          type="button"
          class={`btn-ghost whitespace-nowrap max-[399px]:px-1 ${current === 'upcoming' ? 'text-indigo-700 underline underline-offset-4 dark:text-indigo-300' : ''}`}
          aria-current={current === 'upcoming' ? 'page' : undefined}
          aria-describedby="upcoming-count"
          onClick={() => state.showView('upcoming')}
        >
          Upcoming
          <UpcomingCount state={state} />
        </button>
        <button
          type="button"
          class="btn-ghost max-[399px]:px-1"
          aria-label="Keyboard shortcuts"
          aria-haspopup="dialog"
          title="Keyboard shortcuts"
          onClick={() => setHelpOpen(true)}
        >
          <span aria-hidden="true" class="inline-block w-3 text-center font-bold">
            ?
          </span>
        </button>
        {mode === 'embedded' && (
          <>
            <button
              type="button"
              class="btn-ghost whitespace-nowrap max-[399px]:px-1"
              title="Move to the browser’s side panel"
              onClick={() => void state.moveToSidePanel()}
            >
              <span class="max-[399px]:sr-only">Open in </span>side panel
            </button>
            <button
              type="button"
              class="btn-ghost max-[399px]:px-1"
              aria-label="Close panel"
              title="Close (Esc, Alt+Shift+P)"
              onClick={() => void state.closeInPagePanel()}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </>
        )}
      </header>

      {state.notice.value && (
        <p
          role="alert"
          class="border-b border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {state.notice.value}
        </p>
      )}

      {state.review.deleted.value && <DeletedQuestionNotice />}

      {/* Focusable: a view without controls (Tips) can still be scrolled from the keyboard. */}
      <main ref={main} tabIndex={0} class="min-h-0 flex-1 overflow-y-auto px-3 py-3 focus-visible:-outline-offset-2">
        <ViewErrors state={state} view={current} />
        {current === 'page' && <PageView state={state} />}
        {current === 'questions' && (
          <>
            {!hasPage && page.loaded.value && <NoPageHint />}
            <BrowseView state={state} />
          </>
        )}
        {current === 'tips' && <TipsView state={state} />}
        {current === 'salary' && <SalaryView state={state} />}
        {current === 'bookmarks' && <BookmarksView state={state} />}
        {current === 'review' && <ReviewView state={state} />}
        {current === 'upcoming' && <UpcomingList state={state} />}
      </main>

      <nav
        ref={nav}
        id="panel-nav"
        tabIndex={-1}
        aria-label="Panel views"
        class="border-t border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800"
      >
        <ul class="flex">
          {NAV.filter((item) => item.view !== 'page' || hasPage).map((item) => (
            <li key={item.view} class="min-w-0 flex-auto">
              <button
                type="button"
                class={`nav-button relative whitespace-nowrap max-[359px]:px-0.5 max-[359px]:text-[11px] ${current === item.view ? 'nav-button-current' : ''}`}
                aria-current={current === item.view ? 'page' : undefined}
                aria-describedby={item.view === 'bookmarks' ? 'bookmark-count' : item.view === 'review' ? 'review-due-count' : undefined}
                onClick={() => state.showView(item.view)}
              >
                <NavLabel label={item.label} short={item.short} />
                {item.view === 'bookmarks' && <BookmarkCount state={state} />}
                {item.view === 'review' && <DueCount state={state} />}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      {helpOpen && <KeyboardHelp open onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

/** A nav label; under 360 px the short word shows and the full label is still the name. */
function NavLabel({ label, short }: { label: string; short?: string }): ComponentChildren {
  if (!short) return label;
  return (
    <>
      <span aria-hidden="true" class="min-[360px]:hidden">
        {short}
      </span>
      <span class="max-[359px]:sr-only">{label}</span>
    </>
  );
}

/**
 * What went wrong, at the top of the view it concerns and in sight however far
 * the view is scrolled (it sticks to the top). Each view shows the errors of
 * the parts it uses.
 */
function ViewErrors({ state, view }: { state: PanelModel; view: View }) {
  const { bookmarks, page, guides, review, interviews } = state;
  const sources: Record<View, (string | null)[]> = {
    page: [page.error.value, guides.error.value, bookmarks.error.value, review.error.value, interviews.error.value],
    questions: [page.error.value, guides.error.value, bookmarks.error.value, review.error.value],
    review: [review.error.value, guides.error.value, bookmarks.error.value],
    bookmarks: [bookmarks.error.value, guides.error.value, review.error.value],
    salary: [],
    tips: [guides.error.value],
    upcoming: [interviews.error.value],
  };
  const errors = [...new Set(sources[view].filter((e): e is string => Boolean(e)))];
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      class="sticky -top-3 z-10 -mx-3 -mt-3 mb-3 border-b border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}

/**
 * A count beside a control, hidden from its name and read as its description
 * (`aria-describedby` points here, so it is always rendered, empty at 0). In
 * the nav under 360 px it sits on the button's top corner, taking no width.
 */
function Badge({ id, count, corner = false }: { id: string; count: number; corner?: boolean }) {
  return (
    <span
      id={id}
      aria-hidden="true"
      class={
        count === 0
          ? 'hidden'
          : `ml-1 rounded-full bg-indigo-100 px-1.5 text-[10px] text-indigo-800 dark:bg-indigo-900 dark:text-indigo-200 ${
              corner
                ? 'max-[359px]:absolute max-[359px]:top-0.5 max-[359px]:right-0 max-[359px]:ml-0 max-[359px]:px-1 max-[359px]:leading-tight'
                : ''
            }`
      }
    >
      {count === 0 ? '' : count}
    </span>
  );
}

/** Interviews still to come, beside "Upcoming". */
function UpcomingCount({ state }: { state: PanelModel }) {
  return <Badge id="upcoming-count" count={state.interviews.upcoming.value.length} />;
}

/**
 * The count beside "Bookmarks" (its description; the name stays "Bookmarks").
 * Its own component, so a new bookmark re-renders this badge and not the whole panel.
 */
function BookmarkCount({ state }: { state: PanelModel }) {
  return <Badge id="bookmark-count" count={state.bookmarks.count.value} corner />;
}

/** The number of cards due beside "Review", read as its description (as the bookmark count is). */
function DueCount({ state }: { state: PanelModel }) {
  return <Badge id="review-due-count" count={state.review.dueCount.value} corner />;
}
