import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/utils/error-message';
import { openNativePanel } from '@/utils/native-panel';
import { callSites, jobSites } from '@/utils/sites';
import { Keys, ShortcutList } from './KeyboardHelp';
import { BROWSER_SHORTCUTS, PANEL_SHORTCUTS, type Shortcut } from './shortcuts';

const FIREFOX = import.meta.env.FIREFOX;
const list = (names: string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The manifest commands with the keys the user has now (they can change them), else the defaults. */
function useBrowserShortcuts(): Shortcut[] {
  const [shortcuts, setShortcuts] = useState(BROWSER_SHORTCUTS);
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => {
        const keysOf = (name: string) => commands.find((c) => c.name === name)?.shortcut;
        const names = ['toggle-panel', FIREFOX ? '_execute_sidebar_action' : '_execute_action'];
        setShortcuts(
          BROWSER_SHORTCUTS.map((s, i) => {
            const keys = keysOf(names[i]!);
            if (keys === undefined) return s;
            // Empty: the browser gave the suggested keys to something else; the user can pick others.
            return keys ? { ...s, keys: keys.split('+') } : { keys: ['Not set'], what: `${s.what} (suggested: ${s.keys.join('+')})` };
          }),
        );
      })
      .catch(() => {});
  }, []);
  return shortcuts;
}

/** Opened once, on install: what Prep Panel does, where, its keys, its privacy promise, and how to open it. */
export function WelcomePage() {
  const shortcuts = useBrowserShortcuts();
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Looked up ahead: the side panel must be opened synchronously inside the click.
    browser.tabs
      ?.getCurrent()
      .then((tab) => setWindowId(tab?.windowId))
      .catch(() => {});
  }, []);
  const openKeys = shortcuts[1]!.keys;

  return (
    <div class="min-h-full bg-slate-50 dark:bg-slate-900">
      <div class="mx-auto max-w-2xl space-y-8 px-5 py-10 text-slate-900 dark:text-slate-100">
        <header class="space-y-2">
          <h1 class="text-2xl font-bold tracking-tight">
            <span aria-hidden="true" class="mr-2 text-indigo-600 dark:text-indigo-400">
              ◆
            </span>
            Welcome to Prep Panel
          </h1>
          <p class="text-base text-slate-700 dark:text-slate-200">
            Interview prep beside the job posting or call you are looking at: the questions this job will ask, how to answer them, what it
            pays, and a checklist before the call.
          </p>
        </header>

        <main class="space-y-8">
          <section aria-labelledby="what-heading" class="space-y-2">
            <h2 id="what-heading" class="text-lg font-semibold">
              What it does
            </h2>
            <ul class="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
              <li>On a job posting, the interview questions it points at, ranked, each with why it was picked and how to answer it.</li>
              <li>The market pay for the posting’s role and level, and an in-hand salary calculator.</li>
              <li>Bookmarks with your notes, spaced review, and STAR stories for behavioural questions.</li>
              <li>
                “Schedule interview” on a posting: a reminder 30 minutes before to test your camera and mic, and 5 minutes before to join.
                On the call, the panel shows the checklist, that posting’s bookmarked questions and your stories.
              </li>
            </ul>
          </section>

          <section aria-labelledby="where-heading" class="space-y-2">
            <h2 id="where-heading" class="text-lg font-semibold">
              Where it works
            </h2>
            <p class="text-sm text-slate-700 dark:text-slate-200">
              <span class="font-medium">Job postings</span> on {list(jobSites.map((s) => s.name))}: an{' '}
              <span class="font-medium">Interview prep</span> tab appears at the right edge of the page with the number of questions that
              match; click it to open the panel beside the posting.
            </p>
            <p class="text-sm text-slate-700 dark:text-slate-200">
              <span class="font-medium">Video calls</span> on {list(callSites.map((s) => s.name))}: the panel leads with the call checklist.
            </p>
          </section>

          <section aria-labelledby="open-heading" class="space-y-2">
            <h2 id="open-heading" class="text-lg font-semibold">
              Open the side panel
            </h2>
            <p class="text-sm text-slate-700 dark:text-slate-200">
              {FIREFOX ? (
                <>
                  Press <Keys keys={openKeys} /> on any page, or choose View › Sidebar › Prep Panel. The sidebar browses every question,
                  your bookmarks and review, and the salary guide, on any site.
                </>
              ) : (
                <>
                  Click Prep Panel’s button in the toolbar (pin it from the puzzle-piece Extensions menu), or press <Keys keys={openKeys} />{' '}
                  on any page. The side panel browses every question, your bookmarks and review, and the salary guide, on any site.
                </>
              )}
            </p>
            <button
              type="button"
              class="cursor-pointer rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
              onClick={() => {
                setProblem(null);
                openNativePanel({ windowId }).catch((e: unknown) => setProblem(errorMessage(e)));
              }}
            >
              Open the side panel now
            </button>
            {problem && (
              <p role="alert" class="text-sm text-red-700 dark:text-red-300">
                The side panel did not open: {problem}
              </p>
            )}
          </section>

          <section aria-labelledby="keys-heading" class="space-y-2">
            <h2 id="keys-heading" class="text-lg font-semibold">
              Keyboard shortcuts
            </h2>
            <h3 class="text-sm font-semibold">In the browser</h3>
            <ShortcutList shortcuts={shortcuts} />
            <p class="text-xs text-slate-600 dark:text-slate-300">
              {FIREFOX ? 'Change them in about:addons, under Manage Extension Shortcuts.' : 'Change them at chrome://extensions/shortcuts.'}
            </p>
            <h3 class="text-sm font-semibold">In the panel</h3>
            <ShortcutList shortcuts={PANEL_SHORTCUTS} />
          </section>

          <section aria-labelledby="privacy-heading" class="space-y-2">
            <h2 id="privacy-heading" class="text-lg font-semibold">
              Your privacy
            </h2>
            <ul class="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
              <li>No network: Prep Panel makes no network request. Its questions, pay data and tax rules ship inside the extension.</li>
              <li>No account, no sign-in, no analytics, no tracking.</li>
              <li>
                What you write (bookmarks, notes, stories, scheduled interviews) stays in this browser. Export your bookmarks to a file
                whenever you like.
              </li>
              <li>It reads only the supported job and call pages, and only to match questions to them.</li>
            </ul>
          </section>
        </main>
      </div>
    </div>
  );
}
