/**
 * How fast the in-page panel answers: launcher click → first ranked question
 * visible, and a LinkedIn single-page job swap → the panel showing the new
 * posting. Clicks are real mouse events (CDP Input); the clock is the test
 * process's performance.now(), from just before the mouse-up that clicks to
 * the moment a requestAnimationFrame callback inside the panel frame sees the
 * element (i.e. the frame that paints it), plus one CDP reply (~1 ms).
 */
import type { Frame, Page } from 'playwright-core';
import type { BenchBrowser } from './launch';
import { launcherOf, spaRoute, type BenchPage } from './pages';
import { median, summarize, type Summary } from './stats';
import { tracePanelOpen, type PanelOpenTimeline } from './trace';

const PANEL_FRAME = 'sidepanel.html';
const WAIT_LIMIT_MS = 10_000;

export interface PanelOpenReport {
  runsPerPage: number;
  /** The very first open in this browser (panel code not yet cached). */
  firstOpenMs: number;
  pages: { label: string; clickToQuestionMs: Summary }[];
  overall: {
    clickToQuestionMs: Summary;
    /** Inside the panel frame, ms from its navigation start: scripts done (DOMContentLoaded end)… */
    frameScriptsDoneMs: Summary;
    /** …and first question visible. The rest of the total is click → frame navigation start. */
    frameQuestionMs: Summary;
  };
  /** Medians over traced opens of the first page: where the time goes. */
  breakdown: (Record<keyof PanelOpenTimeline, number> & { runs: number }) | null;
}

export interface SwapReport {
  runs: number;
  /** The fixture's own delay between the click and the new posting in the DOM. */
  fixtureDelayMs: number;
  rawMs: Summary;
  netMs: Summary;
}

type Box = { x: number; y: number; width: number; height: number };

/** Clicks the middle of `box` with real mouse events; returns performance.now() just before the mouse-up. */
async function clickAt(page: Page, box: Box): Promise<number> {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const t0 = performance.now();
  await page.mouse.up();
  return t0;
}

/** Runs in the panel frame: resolves on the animation frame in which a matching, laid-out element exists. */
function waitInFrame(args: { selector: string; text: string | null; limitMs: number }) {
  const start = performance.now();
  return new Promise<{ at: number; scriptsDone: number }>((resolve, reject) => {
    const tick = () => {
      for (const el of document.querySelectorAll(args.selector)) {
        const rect = el.getBoundingClientRect();
        const textOk = args.text === null || el.textContent?.trim() === args.text;
        if (textOk && rect.width > 0 && rect.height > 0) {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          resolve({ at: performance.now(), scriptsDone: nav?.domContentLoadedEventEnd ?? Number.NaN });
          return;
        }
      }
      if (performance.now() - start > args.limitMs) reject(new Error(`Timed out waiting for ${args.selector} ${args.text ?? ''}`));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

const FIRST_QUESTION = 'section[aria-labelledby="relevant-heading"] li';
const POSTING_TITLE = '#posting-heading';

/** Opens `url` in a fresh tab, waits for the launcher and a quiet moment, then runs `fn` with the launcher's box. */
async function onPosting<T>(browser: BenchBrowser, url: string, fn: (page: Page, launcherBox: Box) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const launcher = launcherOf(page);
    await launcher.waitFor({ timeout: WAIT_LIMIT_MS });
    await page.waitForTimeout(300); // let the page and the content script go idle
    const box = await launcher.boundingBox();
    if (!box) throw new Error(`Launcher has no box on ${url}`);
    return await fn(page, box);
  } finally {
    await page.close();
  }
}

const panelNavigation = (page: Page) =>
  page.waitForEvent('framenavigated', { predicate: (f) => f.url().includes(PANEL_FRAME), timeout: WAIT_LIMIT_MS });

function openPanelOnce(browser: BenchBrowser, url: string) {
  return onPosting(browser, url, async (page, box) => {
    const framed = panelNavigation(page);
    const t0 = await clickAt(page, box);
    const frame = await framed;
    const seen = await frame.evaluate(waitInFrame, { selector: FIRST_QUESTION, text: null, limitMs: WAIT_LIMIT_MS });
    return { total: performance.now() - t0, frameScriptsDone: seen.scriptsDone, frameQuestion: seen.at };
  });
}

function traceOpenOnce(browser: BenchBrowser, url: string) {
  return onPosting(browser, url, (page, box) => {
    const framed = panelNavigation(page);
    return tracePanelOpen(
      browser.context,
      page,
      () => clickAt(page, box),
      async () => void (await (await framed).evaluate(waitInFrame, { selector: FIRST_QUESTION, text: null, limitMs: WAIT_LIMIT_MS })),
    );
  });
}

const TRACED_OPENS = 3;

async function panelBreakdown(browser: BenchBrowser, url: string): Promise<PanelOpenReport['breakdown']> {
  const timelines: PanelOpenTimeline[] = [];
  for (let i = 0; i < TRACED_OPENS; i++) {
    const t = await traceOpenOnce(browser, url);
    if (t) timelines.push(t);
  }
  if (timelines.length === 0) return null;
  const med = (key: keyof PanelOpenTimeline) => median(timelines.map((t) => t[key]));
  return {
    runs: timelines.length,
    clickHandlerMs: med('clickHandlerMs'),
    frameCommitAt: med('frameCommitAt'),
    compileMs: med('compileMs'),
    evaluateModuleMs: med('evaluateModuleMs'),
    domContentLoadedAt: med('domContentLoadedAt'),
    questionVisibleAt: med('questionVisibleAt'),
  };
}

export async function measurePanelOpen(
  browser: BenchBrowser,
  pages: BenchPage[],
  options: { runs: number; log: (line: string) => void },
): Promise<PanelOpenReport> {
  const first = await openPanelOnce(browser, pages[0]!.url);
  const perPage: PanelOpenReport['pages'] = [];
  const all: Awaited<ReturnType<typeof openPanelOnce>>[] = [];
  for (const page of pages) {
    const samples = [];
    for (let i = 0; i < options.runs; i++) samples.push(await openPanelOnce(browser, page.url));
    all.push(...samples);
    perPage.push({ label: page.label, clickToQuestionMs: summarize(samples.map((s) => s.total)) });
    options.log(`panel open: ${page.label}`);
  }
  const breakdown = await panelBreakdown(browser, pages[0]!.url);
  return {
    runsPerPage: options.runs,
    firstOpenMs: first.total,
    pages: perPage,
    overall: {
      clickToQuestionMs: summarize(all.map((s) => s.total)),
      frameScriptsDoneMs: summarize(all.map((s) => s.frameScriptsDone)),
      frameQuestionMs: summarize(all.map((s) => s.frameQuestion)),
    },
    breakdown,
  };
}

async function panelFrame(page: Page): Promise<Frame> {
  const framed = panelNavigation(page);
  await launcherOf(page).click();
  return framed;
}

export async function measureSwap(browser: BenchBrowser, options: { runs: number; log: (line: string) => void }): Promise<SwapReport> {
  const route = spaRoute();
  const startTitle = route.expect.kind === 'job' ? route.expect.title : null;
  const raw: number[] = [];
  const net: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const page = await browser.context.newPage();
    try {
      await page.goto(route.url, { waitUntil: 'load' });
      await launcherOf(page).waitFor({ timeout: WAIT_LIMIT_MS });
      const frame = await panelFrame(page);
      await frame.evaluate(waitInFrame, { selector: POSTING_TITLE, text: startTitle, limitMs: WAIT_LIMIT_MS });
      for (const nav of route.navigations) {
        await page.waitForTimeout(300); // idle before the click, as a reader would be
        const box = await page.locator(nav.click).boundingBox();
        if (!box) throw new Error(`No job card ${nav.click}`);
        const t0 = await clickAt(page, box);
        await frame.evaluate(waitInFrame, { selector: POSTING_TITLE, text: nav.expect.title, limitMs: WAIT_LIMIT_MS });
        const ms = performance.now() - t0;
        raw.push(ms);
        net.push(ms - nav.afterMs);
      }
    } finally {
      await page.close();
    }
    options.log(`job swap: run ${run + 1}/${options.runs}`);
  }
  return { runs: options.runs, fixtureDelayMs: route.navigations[0]?.afterMs ?? 0, rawMs: summarize(raw), netMs: summarize(net) };
}
