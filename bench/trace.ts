/**
 * Chrome traces reduced to the moments that matter, for explaining the
 * numbers (not for the headline medians: tracing slows things down a little).
 *
 *  - traceLoad: when our script runs relative to the page's load event.
 *    Chromium runs manifest (document_idle) content scripts as an
 *    asynchronous task that blocks the load event
 *    (extensions/renderer/script_injection.cc: EvaluationTiming::kAsynchronous
 *    + LoadEventBlockingOption::kBlock). That cost 30-75 % of a fast page's
 *    load time, so the background now injects our script after the tab
 *    reports `complete`; the trace shows it starting after the load event.
 *    It also shows our first injection (which creates our isolated world)
 *    relative to the page's first contentful paint: right after `complete`
 *    it landed before the first frame on some pages.
 *  - tracePanelOpen: where the time between the launcher click and the first
 *    ranked question goes (the panel frame lives in the extension's process).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { traced as tracedIn } from '../tests/e2e/support/trace';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; frame?: string; data?: { url?: string; documentLoaderURL?: string; frame?: string; type?: string } };
}

const CATEGORIES = ['devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'navigation', 'extensions', 'toplevel'];

const traced = (cdp: CDPSession, fn: () => Promise<void>) => tracedIn<TraceEvent>(cdp, CATEGORIES, fn);

const firstAfter = (events: TraceEvent[], ts: number, test: (e: TraceEvent) => boolean) =>
  events.filter((e) => e.ts >= ts && test(e)).sort((a, b) => a.ts - b.ts)[0];
const urlOf = (e: TraceEvent) => e.args?.data?.url ?? '';
const ms = (from: TraceEvent, to: TraceEvent | undefined) => (to ? (to.ts - from.ts) / 1000 : Number.NaN);

// ---------------------------------------------------------------- page load

export interface InjectionTimeline {
  /** All ms from the document's navigationStart. */
  domContentLoaded: number;
  /** Chromium asked to inject our content script (ScriptInjection begins). */
  injectionRequested: number;
  /** Our script starts evaluating (EvaluateScript). */
  evaluateStart: number;
  /** EvaluateScript duration: compile + top-level run + main() (trace-instrumented, so a little slow). */
  evaluateMs: number;
  compileMs: number;
  loadEventStart: number;
  firstContentfulPaint: number | null;
}

export async function traceLoad(context: BrowserContext, url: string): Promise<InjectionTimeline | null> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events = await traced(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      // Our script goes in 400 ms after load and then waits for a frame and an idle moment.
      await page.waitForTimeout(1500);
    });
    await cdp.detach().catch(() => {});
    return loadTimeline(events, url);
  } finally {
    await page.close();
  }
}

function loadTimeline(events: TraceEvent[], url: string): InjectionTimeline | null {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const frame = nav?.args?.frame;
  if (!nav || !frame) return null;
  const ofFrame = (e: TraceEvent) => e.args?.frame === frame || e.args?.data?.frame === frame;
  const ours = (e: TraceEvent) => urlOf(e).startsWith('chrome-extension://');

  const load = firstAfter(events, nav.ts, (e) => e.name === 'loadEventStart' && ofFrame(e));
  const injection = firstAfter(events, nav.ts, (e) => e.name === 'ScriptInjection' && e.ph === 'b');
  const evaluate = firstAfter(events, nav.ts, (e) => e.name === 'EvaluateScript' && ours(e));
  const compile = firstAfter(events, nav.ts, (e) => e.name === 'v8.compile' && ours(e));
  if (!load || !injection || !evaluate) return null;
  // The document's DOMContentLoaded: the last one of this frame before the load event.
  const dcl = events
    .filter((e) => e.name === 'domContentLoadedEventStart' && ofFrame(e) && e.ts >= nav.ts && e.ts <= load.ts)
    .sort((a, b) => a.ts - b.ts)
    .pop();
  const fcp = firstAfter(events, nav.ts, (e) => e.name === 'firstContentfulPaint' && ofFrame(e));
  return {
    domContentLoaded: ms(nav, dcl),
    injectionRequested: ms(nav, injection),
    evaluateStart: ms(nav, evaluate),
    evaluateMs: (evaluate.dur ?? 0) / 1000,
    compileMs: (compile?.dur ?? 0) / 1000,
    loadEventStart: ms(nav, load),
    firstContentfulPaint: fcp ? ms(nav, fcp) : null,
  };
}

// ---------------------------------------------------------------- panel open

export interface PanelOpenTimeline {
  /** Our content script's click handler (creates the iframe). */
  clickHandlerMs: number;
  /** ms after the click: the panel document commits in the extension process (navigation, process/frame setup). */
  frameCommitAt: number;
  /** Parsing + compiling the panel's JS chunk (a background parse on the first opens; V8's code cache after that). */
  compileMs: number;
  /** Evaluating the panel module on the main thread (imports, dataset, first render). */
  evaluateModuleMs: number;
  /** ms after the click: the panel's DOMContentLoaded. */
  domContentLoadedAt: number;
  /** ms after the click (test-process clock): first ranked question visible. */
  questionVisibleAt: number;
}

/** Traces one launcher click; `click` performs it, `visible` resolves once the first question shows. */
export async function tracePanelOpen(
  context: BrowserContext,
  page: Page,
  click: () => Promise<number>,
  visible: () => Promise<void>,
): Promise<PanelOpenTimeline | null> {
  const cdp = await context.newCDPSession(page);
  let visibleAt = Number.NaN;
  const events = await traced(cdp, async () => {
    const t0 = await click();
    await visible();
    visibleAt = performance.now() - t0;
  });
  await cdp.detach().catch(() => {});
  const clickEvent = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!clickEvent) return null;
  const handler = events
    .filter(
      (e) =>
        e.name === 'FunctionCall' &&
        urlOf(e).includes('/content-scripts/') &&
        e.ts >= clickEvent.ts &&
        e.ts <= clickEvent.ts + (clickEvent.dur ?? 0),
    )
    .reduce((a: TraceEvent | undefined, b) => (!a || (b.dur ?? 0) > (a.dur ?? 0) ? b : a), undefined);
  const isPanelScript = (name: string) => (e: TraceEvent) => e.name === name && urlOf(e).includes('/chunks/sidepanel');
  const compile = firstAfter(events, clickEvent.ts, isPanelScript('v8.compileModule'));
  const parse = firstAfter(events, clickEvent.ts, isPanelScript('v8.parseOnBackground'));
  if (!compile) return null;
  // The panel frame's main thread, in the extension process (which also hosts the service worker).
  const commit = firstAfter(events, clickEvent.ts, (e) => e.pid === compile.pid && e.name === 'RenderFrameImpl::CommitNavigation');
  const onPanelThread = (name: string) =>
    commit && firstAfter(events, commit.ts, (e) => e.pid === commit.pid && e.tid === commit.tid && e.name === name);
  const evaluate = onPanelThread('v8.evaluateModule');
  const dcl = onPanelThread('domContentLoadedEventStart');
  return {
    clickHandlerMs: (handler?.dur ?? 0) / 1000,
    frameCommitAt: ms(clickEvent, commit),
    compileMs: ((parse?.dur ?? 0) + (compile.dur ?? 0)) / 1000,
    evaluateModuleMs: (evaluate?.dur ?? 0) / 1000,
    domContentLoadedAt: ms(clickEvent, dcl),
    questionVisibleAt: visibleAt,
  };
}
