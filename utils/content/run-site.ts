/**
 * What every content script does on a supported site: find the posting or
 * call, tell the background, show the launcher, and follow single-page
 * navigation. Work starts when the browser is idle, never on the page's
 * critical path, and it is event-driven: a MutationObserver and history
 * events wake a throttled check; nothing polls.
 */
import type { ContentCommand } from '../messages';
import type { ReportedPage } from '../posting/types';
import { readSitePage } from '../sites/read-page';
import type { Site } from '../sites/types';
import { launcherHiddenKey } from '../storage-keys';
import { alive, ext, type ContentExt } from './ext';
import { createLauncher, type LauncherView } from './launcher';

/** Quiet period after DOM activity before we look again. */
const THROTTLE_MS = 400;
/** How long a changed URL may keep showing the old posting before we accept it as is. */
const SWAP_WAIT_MS = 8000;

/** After a report, how long DOM changes still make us read the page again: parts of a posting (LinkedIn's top card) render late. */
const SETTLE_MS = 3000;

const fingerprint = (c: ReportedPage | null) =>
  !c
    ? ''
    : c.kind === 'call'
      ? `call:${c.call.meetingId}`
      : `job:${c.posting.title}|${c.posting.company}|${c.posting.experience}|${c.posting.description.length}`;

/**
 * `stop` aborts `signal`, and everything this started ends with it: listeners,
 * the observer, the timer and the launcher. It is called once the extension
 * that injected us is gone (reloaded, updated, removed).
 */
export function runSite(site: Site, signal: AbortSignal, stop: () => void): void {
  if (ext && window.top === window) watchPage(ext, site, signal, stop);
}

function watchPage(api: ContentExt, site: Site, signal: AbortSignal, stop: () => void): void {
  const hiddenKey = launcherHiddenKey(site.id);
  let launcher: LauncherView | null = null;
  let hidden = false;
  let current: ReportedPage | null = null;
  let reportedHref = '';
  let reportedTitle = '';
  let changedAt = 0;
  let settleUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function schedule(delay: number) {
    if (timer === undefined) timer = setTimeout(() => ((timer = undefined), check()), delay);
  }
  function soon() {
    schedule(50);
  }

  const read = (url: URL | null): ReportedPage | null => (url ? readSitePage(site, url, document) : null);

  function check() {
    if (!alive()) return stop();
    launcher?.reattach();
    const href = location.href;
    const title = document.title;
    const navigated = href !== reportedHref;
    // Nothing moved since the last report, and it has settled: skip the extraction entirely.
    if (!navigated && title === reportedTitle && current && Date.now() > settleUntil) return;
    if (navigated && changedAt === 0) changedAt = Date.now();
    const url = parseUrl(href);
    const onPosting = !!url && site.matchesUrl(url);
    const next = read(url);
    const same = fingerprint(next) === fingerprint(current);
    // After a single-page navigation the old posting, or a loading placeholder,
    // lingers for a moment: keep what we show and look again shortly.
    if (navigated && current && onPosting && (same || !next) && Date.now() - changedAt < SWAP_WAIT_MS) return schedule(THROTTLE_MS);
    // A posting that has not rendered yet: the observer wakes us when the DOM changes.
    if (!next && onPosting && !current) return;
    // Settling, the posting may blink out while the site re-renders it: only a navigation or a new title takes it away.
    if (!next && current && !navigated && title === reportedTitle) return;
    reportedHref = href;
    reportedTitle = title;
    changedAt = 0;
    if (!same || (navigated && next)) report(next);
  }

  function report(next: ReportedPage | null) {
    current = next;
    settleUntil = Date.now() + SETTLE_MS;
    // No posting here any more: the launcher goes; an open panel stays (the user
    // opened it) and falls back to browsing.
    if (!next) launcher?.hideLauncher();
    api.runtime
      .sendMessage({ type: 'reportPage', context: next })
      .then((reply) => {
        if (signal.aborted || current !== next || !next) return;
        const value = (reply as { ok?: boolean; value?: { relevantCount?: number } } | undefined)?.value;
        showLauncher(next, value?.relevantCount ?? 0);
      })
      .catch(() => {
        if (!alive()) stop();
        else if (next && current === next) showLauncher(next, 0);
      });
  }

  function showLauncher(context: ReportedPage, relevant: number) {
    try {
      showLauncherOrThrow(context, relevant);
    } catch {
      // A page that breaks our UI gets no launcher; never an error in its console.
    }
  }

  function showLauncherOrThrow(context: ReportedPage, relevant: number) {
    launcher ??= createLauncher({
      panelUrl: api.runtime.getURL('/sidepanel.html?embedded=1'),
      siteName: site.name,
      siteId: site.id,
      card: site.kind === 'call',
      loadChrome: () => api.runtime.sendMessage({ type: 'loadPanelChrome' }),
      canOpen: () => alive() || (stop(), false),
      onDismiss: () => void api.storage.local.set({ [hiddenKey]: true }).catch(() => {}),
      onUndoDismiss: () => void api.storage.local.set({ [hiddenKey]: false }).catch(() => {}),
    });
    if (hidden) return launcher.hideLauncher();
    if (context.kind === 'call') launcher.show('✓', `Interview prep: checklist for this ${context.call.service} call`);
    else launcher.show(relevant ? String(relevant) : '', `Interview prep: ${relevant} question${relevant === 1 ? '' : 's'} match this job`);
  }

  function onCommand(message: unknown) {
    const command = message as ContentCommand;
    if (!current || !launcher) return;
    if (command?.type === 'togglePanel') launcher.togglePanel();
    else if (command?.type === 'closePanel') launcher.togglePanel(false);
  }

  function onStorage(changes: Record<string, { newValue?: unknown }>, area: string) {
    if (area !== 'local' || !(hiddenKey in changes)) return;
    hidden = changes[hiddenKey]?.newValue === true;
    if (hidden) launcher?.hideLauncher();
    else if (current) report(current);
  }

  const observer = new MutationObserver(() => schedule(THROTTLE_MS));
  api.runtime.onMessage.addListener(onCommand);
  api.storage.onChanged.addListener(onStorage);
  addEventListener('popstate', soon, { signal });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
    launcher?.destroy();
    try {
      api.runtime.onMessage.removeListener(onCommand);
      api.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension is already gone; nothing left to detach from.
    }
  });

  const start = () => {
    api.storage.local
      .get(hiddenKey)
      .then((stored) => (hidden = stored[hiddenKey] === true))
      .catch(() => {})
      .finally(check);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1500 });
  else setTimeout(start, 200);
}

function parseUrl(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}
