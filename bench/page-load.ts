/**
 * Page-load cost of the extension: the same fixture postings loaded in a
 * Chromium with the extension and in one without (same flags otherwise),
 * alternating, each run in a fresh tab. The server sends `no-store`, so every
 * load fetches the page again. Then, with the extension only: profiled loads
 * give the content script's own main-thread time, and traced loads show when
 * it runs relative to the load event (see trace.ts).
 */
import type { BenchBrowser } from './launch';
import { afterPaint, launcherOf, type BenchPage } from './pages';
import { startProfiler, type ScriptTime } from './profile';
import { groupedMedian, median, pairedDifference, quantum, summarize, type PairedDifference, type Summary } from './stats';
import { traceLoad, type InjectionTimeline } from './trace';

export interface LoadSample {
  /** PerformanceNavigationTiming, ms from navigation start. */
  domContentLoaded: number;
  loadEventEnd: number;
  /** Latest largest-contentful-paint entry's startTime once the page has painted, or null if none was reported. */
  lcp: number | null;
  /** first-contentful-paint, or null. */
  fcp: number | null;
}

export interface VariantResult {
  dcl: Summary;
  load: Summary;
  /** Per load: loadEventEnd − domContentLoadedEventEnd. */
  dclToLoad: Summary;
  lcp: Summary;
  fcp: Summary;
}

/** With vs without, from the loads paired within each run (see stats.ts: means, not medians). */
export interface Comparison {
  load: PairedDifference;
  lcp: PairedDifference;
  fcp: PairedDifference;
  /**
   * median(with) / median(without). LCP's medians are interpolated within its
   * reporting step (`lcpStepMs`, 4 ms here; see stats.ts groupedMedian).
   */
  medianRatio: { load: number; lcp: number };
  lcpStepMs: number;
}

export interface PageLoadResult {
  label: string;
  url: string;
  control: boolean;
  with: VariantResult;
  without: VariantResult;
  comparison: Comparison;
  /** Content-script main-thread time (profiled loads); null on the control page. */
  script: { selfMs: Summary; inclusiveMs: Summary; extractMs: Summary; top: ScriptTime['top'] } | null;
  /** Medians over traced loads; null on the control page. */
  injection: {
    runs: number;
    /** DOMContentLoaded → the injection task runs: the load event is blocked, waiting its turn behind the page's own tasks. */
    queueWaitMs: number;
    /** Our script's evaluation (compile + run) inside that task. */
    evaluateMs: number;
    compileMs: number;
    /** DOMContentLoaded → load event with the extension (compare: without, from navigation timing). */
    dclToLoadMs: number;
    /** Traced loads in which anything of ours (the first injection, which creates our isolated world) ran before the first contentful paint. */
    beforeFirstPaint: number;
    /** Median ms from the first contentful paint to our first injection (negative: before it). */
    firstInjectionAfterFcpMs: number;
  } | null;
}

export interface PageLoadReport {
  runsPerVariant: number;
  /** Per browser pair (see measurePageLoad): mean ratios over its supported pages. */
  blocks: { runs: number; loadRatio: number; lcpRatio: number }[];
  profileRuns: number;
  pages: PageLoadResult[];
  /** Over the supported pages (the control page is left out). */
  overall: {
    with: VariantResult;
    without: VariantResult;
    comparison: Comparison;
    /** The largest per-page median content-script time (self / inclusive). */
    worstScriptSelfMs: number;
    worstScriptInclusiveMs: number;
  };
}

/** Runs in the page: navigation timing, FCP and LCP, read after two frames so the first paint is in. */
function readMetrics(): Promise<LoadSample> {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return new Promise((resolve) => {
    let lcp: number | null = null;
    const observer = new PerformanceObserver((list) => {
      const entries = list.getEntries();
      const last = entries[entries.length - 1];
      if (last) lcp = last.startTime;
    });
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    // Buffered entries are delivered asynchronously; two frames is plenty.
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          observer.takeRecords().forEach((e) => (lcp = e.startTime));
          observer.disconnect();
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
          resolve({ domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN, loadEventEnd: nav?.loadEventEnd ?? Number.NaN, lcp, fcp });
        }, 0),
      ),
    );
  });
}

const SETTLE_MS = 100;

async function loadOnce(browser: BenchBrowser, page: BenchPage): Promise<LoadSample> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'load' });
    await afterPaint(tab);
    const sample = await tab.evaluate(readMetrics);
    // Let the extension finish its work inside this run rather than during the next one.
    if (browser.extensionId && !page.control) await launcherOf(tab).waitFor({ timeout: 10_000 });
    return sample;
  } finally {
    await tab.close();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
  }
}

async function profileOnce(browser: BenchBrowser, url: string): Promise<ScriptTime> {
  const page = await browser.context.newPage();
  try {
    // Started on about:blank; V8's profiler state follows the tab into the site's renderer.
    const stop = await startProfiler(browser.context, page);
    await page.goto(url, { waitUntil: 'load' });
    await launcherOf(page).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    return await stop();
  } finally {
    await page.close();
  }
}

function variant(samples: LoadSample[]): VariantResult {
  return {
    dcl: summarize(samples.map((s) => s.domContentLoaded)),
    load: summarize(samples.map((s) => s.loadEventEnd)),
    dclToLoad: summarize(samples.map((s) => s.loadEventEnd - s.domContentLoaded)),
    lcp: summarize(samples.flatMap((s) => (s.lcp === null ? [] : [s.lcp]))),
    fcp: summarize(samples.flatMap((s) => (s.fcp === null ? [] : [s.fcp]))),
  };
}

/** `with[i]` and `without[i]` were loaded back to back in run i. */
function compare(withExt: LoadSample[], without: LoadSample[]): Comparison {
  const pairs = (f: (s: LoadSample) => number | null) => withExt.map((w, i) => [f(w), without[i] ? f(without[i]) : null] as const);
  const a = variant(withExt);
  const b = variant(without);
  const lcps = (samples: LoadSample[]) => samples.flatMap((s) => (s.lcp === null ? [] : [s.lcp]));
  const step = quantum([...lcps(withExt), ...lcps(without)]);
  const lcpMedian = (samples: LoadSample[]) => (step > 1 ? groupedMedian(lcps(samples), step) : median(lcps(samples)));
  return {
    load: pairedDifference(pairs((s) => s.loadEventEnd)),
    lcp: pairedDifference(pairs((s) => s.lcp)),
    fcp: pairedDifference(pairs((s) => s.fcp)),
    medianRatio: { load: a.load.median / b.load.median, lcp: lcpMedian(withExt) / lcpMedian(without) },
    lcpStepMs: step,
  };
}

/** Content-script main-thread time on one page (profiled loads, with the extension). */
export async function profilePage(browser: BenchBrowser, url: string, runs: number) {
  await profileOnce(browser, url); // warm-up: the first visit compiles the script
  const samples: ScriptTime[] = [];
  for (let i = 0; i < runs; i++) samples.push(await profileOnce(browser, url));
  // The run closest to the median, for its per-function breakdown.
  const mid = median(samples.map((s) => s.inclusiveMs));
  const typical = samples.reduce((a, b) => (Math.abs(b.inclusiveMs - mid) < Math.abs(a.inclusiveMs - mid) ? b : a));
  return {
    selfMs: summarize(samples.map((s) => s.selfMs)),
    inclusiveMs: summarize(samples.map((s) => s.inclusiveMs)),
    extractMs: summarize(samples.map((s) => s.extractMs)),
    top: typical.top,
  };
}

async function traceInjection(browser: BenchBrowser, url: string, runs: number): Promise<PageLoadResult['injection']> {
  const timelines: InjectionTimeline[] = [];
  for (let i = 0; i < runs; i++) {
    const t = await traceLoad(browser.context, url);
    if (t) timelines.push(t);
  }
  if (timelines.length === 0) return null;
  const med = (f: (t: InjectionTimeline) => number) => median(timelines.map(f));
  return {
    runs: timelines.length,
    queueWaitMs: med((t) => t.evaluateStart - t.domContentLoaded),
    evaluateMs: med((t) => t.evaluateMs),
    compileMs: med((t) => t.compileMs),
    dclToLoadMs: med((t) => t.loadEventStart - t.domContentLoaded),
    beforeFirstPaint: timelines.filter((t) => t.firstContentfulPaint !== null && t.injectionRequested < t.firstContentfulPaint).length,
    firstInjectionAfterFcpMs: med((t) => t.injectionRequested - (t.firstContentfulPaint ?? Number.NaN)),
  };
}

export interface BrowserPair {
  withExtension: BenchBrowser;
  without: BenchBrowser;
  close(): Promise<void>;
}

export async function measurePageLoad(
  /** The browser with the extension that profiles and traces our script. */
  profiler: BenchBrowser,
  /** A fresh pair of browsers (with / without the extension) for each block of runs. */
  launchPair: (block: number) => Promise<BrowserPair>,
  pages: BenchPage[],
  options: { runs: number; blocks: number; profileRuns: number; log: (line: string) => void },
): Promise<PageLoadReport> {
  const samples = new Map(pages.map((p) => [p.url, { with: [] as LoadSample[], without: [] as LoadSample[] }]));
  const blocks: PageLoadReport['blocks'] = [];

  // The runs are split into blocks, each in a newly launched pair of browsers: an A/A check (two
  // browsers, neither with the extension) differed by up to 2 ms on its own, so a single pair
  // could pass its own quirks off as the extension's cost. Across blocks those quirks average out.
  const perBlock = Math.ceil(options.runs / options.blocks);
  for (let block = 0, run = 0; run < options.runs; block++) {
    const pair = await launchPair(block);
    const before = new Map([...samples].map(([url, b]) => [url, b.with.length]));
    try {
      // Warm-up: one unrecorded load of every page in each browser (process start, first compile).
      for (const page of pages) {
        await loadOnce(pair.withExtension, page);
        await loadOnce(pair.without, page);
      }
      for (const end = Math.min(options.runs, run + perBlock); run < end; run++) {
        for (const [i, page] of pages.entries()) {
          const bucket = samples.get(page.url)!;
          // Alternate which variant goes first, so neither always follows the other.
          const withFirst = (run + i) % 2 === 0;
          for (const useExtension of withFirst ? [true, false] : [false, true]) {
            const sample = await loadOnce(useExtension ? pair.withExtension : pair.without, page);
            (useExtension ? bucket.with : bucket.without).push(sample);
          }
        }
        options.log(`page load: run ${run + 1}/${options.runs} (browser pair ${block + 1})`);
      }
    } finally {
      await pair.close();
    }
    const supported = pages.filter((p) => !p.control);
    const slice = (key: 'with' | 'without') => supported.flatMap((p) => samples.get(p.url)![key].slice(before.get(p.url)));
    const c = compare(slice('with'), slice('without'));
    blocks.push({ runs: slice('with').length / supported.length, loadRatio: c.load.ratio, lcpRatio: c.lcp.ratio });
  }

  const results: PageLoadResult[] = [];
  for (const page of pages) {
    const bucket = samples.get(page.url)!;
    const withExt = variant(bucket.with);
    const without = variant(bucket.without);
    let script: PageLoadResult['script'] = null;
    let injection: PageLoadResult['injection'] = null;
    if (!page.control) {
      options.log(`content script profile and trace: ${page.label}`);
      script = await profilePage(profiler, page.url, options.profileRuns);
      injection = await traceInjection(profiler, page.url, options.profileRuns);
    }
    results.push({
      label: page.label,
      url: page.url,
      control: !!page.control,
      with: withExt,
      without,
      comparison: compare(bucket.with, bucket.without),
      script,
      injection,
    });
  }

  const supported = new Set(pages.filter((p) => !p.control).map((p) => p.url));
  const all = (key: 'with' | 'without') => [...samples].filter(([url]) => supported.has(url)).flatMap(([, b]) => b[key]);
  const overallWith = variant(all('with'));
  const overallWithout = variant(all('without'));
  const scripts = results.flatMap((r) => (r.script ? [r.script] : []));
  return {
    runsPerVariant: options.runs,
    profileRuns: options.profileRuns,
    blocks,
    pages: results,
    overall: {
      with: overallWith,
      without: overallWithout,
      comparison: compare(all('with'), all('without')),
      worstScriptSelfMs: Math.max(...scripts.map((s) => s.selfMs.median)),
      worstScriptInclusiveMs: Math.max(...scripts.map((s) => s.inclusiveMs.median)),
    },
  };
}
