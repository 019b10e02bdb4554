/**
 * The bench's results: targets judged PASS/FAIL, a Markdown report (also
 * printed) and the full numbers as JSON, in bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BookmarksReport } from './bookmarks';
import type { ReviewReport } from './review';
import type { BenchConfig } from './config';
import type { PageLoadReport } from './page-load';
import type { PanelOpenReport, SwapReport } from './panel-timing';
import type { ExtractionReport, RankingReport } from './rank-extract';
import type { SizesResult } from './sizes';
import { round, type PairedDifference, type Summary } from './stats';
import { diff, kb, ms, ratio, targets, type Target } from './targets';

export { targets, type Target };

export const RESULTS_DIR = resolve(import.meta.dirname, 'results');

export interface BenchResults {
  meta: {
    date: string;
    commit: string;
    /** Uncommitted changes in the working tree when measured (the numbers are for those). */
    dirtyFiles: number;
    chromium: string;
    node: string;
    cpus: string;
    /** 1-minute load average when the bench started and ended (other work on the machine skews timings). */
    loadAverage: { start: number; end: number };
    config: Omit<BenchConfig, 'sections'> & { sections: string[] };
    durationS: number;
  };
  /** Sections that failed, with the first line of their error. */
  errors: Record<string, string>;
  sizes?: SizesResult;
  pageLoad?: PageLoadReport;
  panelOpen?: PanelOpenReport;
  swap?: SwapReport;
  ranking?: RankingReport;
  extraction?: ExtractionReport;
  bookmarks?: BookmarksReport;
  review?: ReviewReport;
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const med = (s: Summary) => `${round(s.median)}`;
const avg = (s: Summary) => `${round(s.mean)}`;
const medP90 = (s: Summary) => `${round(s.median)} (p90 ${round(s.p90)})`;

function sizesSection(s: SizesResult): string {
  const rows: (string | number)[][] = s.contentScripts.map((c) => [
    `content-scripts/${c.name}.js`,
    c.js.bytes,
    c.js.gzip,
    c.css ? c.css.gzip : 0,
    c.totalGzip,
  ]);
  const other: (string | number)[][] = [
    ...s.sidePanel.js.map((f) => [f.file, f.bytes, f.gzip]),
    ...s.sidePanel.css.map((f) => [f.file, f.bytes, f.gzip]),
    [s.sidePanel.html.file, s.sidePanel.html.bytes, s.sidePanel.html.gzip],
    ['**side panel total** (JS + CSS + HTML)', '', s.sidePanel.totalGzip],
    [s.background.file, s.background.bytes, s.background.gzip],
    ...(s.dataset.bundled ? [[`dataset: ${s.dataset.bundled.file}`, s.dataset.bundled.bytes, s.dataset.bundled.gzip]] : []),
    [`dataset: ${s.dataset.json.file}`, s.dataset.json.bytes, s.dataset.json.gzip],
  ];
  return [
    '## 1. Built sizes (zlib gzip level 9, bytes)',
    '',
    'Content scripts (what a matching page loads before the launcher is clicked; no content CSS is emitted — the launcher’s CSS is a string inside the JS):',
    '',
    table(['file', 'raw', 'gzip JS', 'gzip CSS', 'gzip JS+CSS'], rows),
    '',
    table(['file', 'raw', 'gzip'], other),
    '',
    `Dataset: ${s.dataset.questions} questions, ${s.dataset.topics} topics. “Bundled alone” is data/index.ts built by Vite as its own minified ES module (what it adds to the panel and background bundles); the JSON row is JSON.stringify(dataset).${s.dataset.bundleError ? ` Bundling failed: ${s.dataset.bundleError}` : ''}`,
  ].join('\n');
}

function pageLoadSection(p: PageLoadReport): string {
  const pm = (d: PairedDifference) => `${d.meanMs >= 0 ? '+' : ''}${round(d.meanMs)} ± ${round(d.ci95Ms)}`;
  const row = (
    label: string,
    x: {
      with: PageLoadReport['overall']['with'];
      without: PageLoadReport['overall']['without'];
      comparison: PageLoadReport['overall']['comparison'];
    },
    bold = false,
  ) => {
    const b = (v: string) => (bold ? `**${v}**` : v);
    const c = x.comparison;
    return [
      label,
      avg(x.with.load),
      avg(x.without.load),
      pm(c.load),
      b(ratio(c.load.ratio)),
      avg(x.with.lcp),
      avg(x.without.lcp),
      pm(c.lcp),
      b(ratio(c.lcp.ratio)),
      ratio(c.lcp.ratioUpper),
      ratio(c.medianRatio.lcp),
    ];
  };
  const loadRows = p.pages.map((x) => row(x.label, x));
  loadRows.push(row('**all supported pages**', p.overall, true));
  const scriptRows = p.pages.flatMap((x) =>
    x.script && x.injection
      ? [
          [
            x.label,
            med(x.script.selfMs),
            med(x.script.inclusiveMs),
            med(x.script.extractMs),
            round(x.injection.queueWaitMs),
            `${round(x.injection.evaluateMs)} (${round(x.injection.compileMs)})`,
            round(x.injection.dclToLoadMs),
            med(x.without.dclToLoad),
            `${x.injection.beforeFirstPaint}/${x.injection.runs}`,
            round(x.injection.firstInjectionAfterFcpMs),
          ],
        ]
      : [],
  );
  const profiled = p.pages.filter((x) => x.script);
  const worst = profiled.reduce((a, b) => (b.script!.inclusiveMs.median > a.script!.inclusiveMs.median ? b : a));
  return [
    '## 2. Page load, with vs without the extension',
    '',
    `${p.runsPerVariant} loads per page per variant, fresh tab each, after one warm-up load each; each run loads the page once in each browser, back to back, alternating which goes first. Means in ms from navigation start; Δ = the mean of (with − without) over those pairs, ± its 95 % confidence interval; ratio = mean with / mean without. Means, because Chromium reports LCP in 4 ms steps here: a median can only move by a whole step, 4-5 % of these pages. “upper” is the LCP ratio at the interval's upper end; the last column is the ratio of medians, interpolated within the 4 ms step (bench/stats.ts groupedMedian). A target passes when both its mean and its median ratio are within the limit. The control row is the LinkedIn page on a host we do not match (the extension installed, no content script): it is left out of the overall row.`,
    '',
    table(
      ['page', 'load with', 'load without', 'Δ load', 'ratio', 'LCP with', 'LCP without', 'Δ LCP', 'ratio', 'upper', 'median ratio'],
      loadRows,
    ),
    '',
    `The runs were split over ${p.blocks.length} newly launched browser pairs (with and without the extension); each pair's mean ratios over the supported pages, LCP / load: ${p.blocks.map((b) => `${ratio(b.lcpRatio)} / ${ratio(b.loadRatio)}`).join(' · ')}. Their spread shows how much one pair of browser instances differs by itself; the intervals above, from paired loads, do not include it.`,
    '',
    `Our content script on each page, medians: main-thread time from ${p.profileRuns} profiled loads (CDP Profiler, 100 µs sampling, navigation → launcher shown + 500 ms; “self” counts frames with our chrome-extension:// URL, “incl. natives” adds the builtins/DOM calls they make), and from ${p.profileRuns} traced loads showing when our script starts: the background injects it once the tab reports \`complete\`, after the load event (a manifest document_idle script would block the load event; see bench/trace.ts).`,
    '',
    table(
      [
        'page',
        'script self ms',
        'incl. natives ms',
        'of which extract() ms',
        'DCL → our script starts ms',
        'our task: evaluate (compile) ms, traced',
        'DCL → load, with (trace)',
        'DCL → load, without',
        'we touched the page before its first paint (traced loads)',
        'first paint → our first injection ms',
      ],
      scriptRows,
    ),
    '',
    `Heaviest functions of ours on ${worst.label} (a typical profiled load; natives charged to the calling function of ours):`,
    '',
    table(
      ['function (bundle position)', 'ms'],
      worst.script!.top.map((t) => [`\`${t.fn}\``, round(t.ms)]),
    ),
  ].join('\n');
}

function panelSection(open: PanelOpenReport | undefined, swap: SwapReport | undefined): string {
  const out = ['## 3. In-page panel'];
  if (open) {
    out.push(
      '',
      `Launcher click → first ranked question visible in the panel frame, ${open.runsPerPage} runs per page (ms):`,
      '',
      table(
        ['page', 'median (p90)'],
        [
          ...open.pages.map((p) => [p.label, medP90(p.clickToQuestionMs)]),
          ['**all pages**', `**${medP90(open.overall.clickToQuestionMs)}**`],
        ],
      ),
      '',
      `First open after browser start (panel code not yet in V8's cache): ${ms(open.firstOpenMs)}.`,
      `Inside the panel frame (ms from the frame's navigation start, median): scripts done (DOMContentLoaded end) ${round(open.overall.frameScriptsDoneMs.median)}, first question visible ${round(open.overall.frameQuestionMs.median)}; the rest of the total is click → frame navigation start.`,
    );
    const b = open.breakdown;
    if (b)
      out.push(
        '',
        `Where the time goes (${b.runs} traced opens on ${open.pages[0]?.label ?? 'the first page'}, medians; tracing slows everything a little):`,
        '',
        table(
          ['step', 'ms'],
          [
            ['our content script’s click handler (creates the iframe)', round(b.clickHandlerMs)],
            ['click → panel document committed in the extension process (navigation, frame/process setup)', round(b.frameCommitAt)],
            ['panel JS chunk parsed + compiled (background parse on first opens, V8 code cache later)', round(b.compileMs)],
            ['panel module evaluated on the main thread (imports, dataset, first render)', round(b.evaluateModuleMs)],
            ['click → panel DOMContentLoaded', round(b.domContentLoadedAt)],
            ['click → first ranked question visible (after getTabContext round trip, ranking, render, layout)', round(b.questionVisibleAt)],
          ],
        ),
      );
  }
  if (swap)
    out.push(
      '',
      `LinkedIn single-page job swap (click a job card → panel shows the new title), ${swap.rawMs.n} swaps: raw ${medP90(swap.rawMs)} ms; net of the fixture's own ${swap.fixtureDelayMs} ms delay ${medP90(swap.netMs)} ms.`,
    );
  return out.join('\n');
}

function rankSection(rank: RankingReport | undefined, extraction: ExtractionReport | undefined): string {
  const out = ['## 4. Extraction and ranking'];
  if (rank) {
    const factors = rank.datasets.map((d) => d.factor);
    const sizes = [...new Set(rank.cases.map((c) => c.size))];
    out.push(
      '',
      'rankQuestions() in Node, median ms (p90) per call, description text not capped:',
      '',
      table(
        ['posting', ...rank.datasets.map((d) => `${d.factor}x (${d.questions} questions)`)],
        sizes.map((size) => [size, ...factors.map((f) => medP90(rank.cases.find((c) => c.size === size && c.factor === f)!.ms))]),
      ),
      '',
      `Term index compile (prepareRanking, once per dataset; median of 3 on fresh copies): ${rank.datasets.map((d) => `${d.factor}x ${ms(d.compileMs)}`).join(', ')}.`,
      'A posting’s description is capped at 60,000 characters (utils/posting/limits.ts), the largest size here; 10x is the whole dataset grown with synthetic copies (room for own questions).',
    );
  }
  if (extraction) {
    out.push(
      '',
      'Site extract() in Node on happy-dom documents (document parsed once, not timed; happy-dom is much slower than a browser DOM, so these are upper bounds):',
      '',
      table(
        ['posting', 'size', 'HTML bytes', 'extract median ms (p90)', 'description chars out', 'happy-dom parse ms (not ours)'],
        extraction.node.map((e) => [e.kind, e.size, e.htmlBytes, medP90(e.extractMs), e.descriptionChars, round(e.parseMs)]),
      ),
      '',
      'The same documents loaded in Chromium with the extension (CPU profile of the page, median over the runs):',
      '',
      table(
        ['posting', 'size', 'extract() incl. natives ms', 'all content-script ms'],
        extraction.chromium.map((e) => [e.kind, e.size, medP90(e.extractMs), medP90(e.contentScriptInclusiveMs)]),
      ),
    );
  }
  return out.join('\n');
}

function bookmarksSection(b: BookmarksReport): string {
  return [
    `## 5. Bookmarks in real Chromium IndexedDB (${b.count.toLocaleString('en-US')} bookmarks)`,
    '',
    'Round trips from the panel page to the background (chrome.runtime.sendMessage), timed in the page, ms:',
    '',
    table(
      ['operation', 'n', 'median', 'p90', 'max'],
      [
        [
          'setBookmarked toggle, empty store',
          b.toggleEmptyMs.n,
          round(b.toggleEmptyMs.median),
          round(b.toggleEmptyMs.p90),
          round(b.toggleEmptyMs.max),
        ],
        [
          `**setBookmarked toggle, ${b.count} stored** (panel page holding them all)`,
          b.toggleMs.n,
          `**${round(b.toggleMs.median)}**`,
          round(b.toggleMs.p90),
          round(b.toggleMs.max),
        ],
        [
          `…same, from a bare extension page (no panel state)`,
          b.toggleBareMs.n,
          round(b.toggleBareMs.median),
          round(b.toggleBareMs.p90),
          round(b.toggleBareMs.max),
        ],
        [
          `…IndexedDB alone in the service worker (get + put/delete)`,
          b.toggleIndexedDbMs.n,
          round(b.toggleIndexedDbMs.median),
          round(b.toggleIndexedDbMs.p90),
          round(b.toggleIndexedDbMs.max),
        ],
        ['listBookmarks', b.listMs.n, round(b.listMs.median), round(b.listMs.p90), round(b.listMs.max)],
        ['exportBookmarks', b.exportMs.n, round(b.exportMs.median), round(b.exportMs.p90), round(b.exportMs.max)],
      ],
    ),
    '',
    `Seeding ${b.count} records in one transaction took ${ms(b.seedMs)}; one listBookmarks reply is ${kb(b.listReplyBytes)} of JSON.`,
  ].join('\n');
}

function reviewSection(v: ReviewReport): string {
  const row = (label: string, x: Summary, bold = false) => [
    label,
    x.n,
    bold ? `**${round(x.median)}**` : round(x.median),
    round(x.p90),
    round(x.max),
  ];
  return [
    `## 6. Spaced review in the panel (${v.cards.toLocaleString('en-US')} cards, ${v.reviewLog.toLocaleString('en-US')} review-log entries)`,
    '',
    'Timed inside the panel page (performance.now() from the click or keydown to the animation frame that shows the result), ms:',
    '',
    table(
      ['operation', 'n', 'median', 'p90', 'max'],
      [
        ['Review view open, first time (its code loads; then the session code and every role module)', 1, round(v.firstOpenMs), '', ''],
        row('Review view open again (after Tips): heading, Start review, progress chart', v.openMs, true),
        row('…reviewStats round trip from the panel (background + IndexedDB)', v.statsMs),
        row('Rating (key 3, a CDP key event) → the frame showing the next card', v.rateToNextMs, true),
        row('Rating (key 3) → the next card in the DOM (key handler + render)', v.rateToDomMs),
      ],
    ),
    '',
    `Seeding took ${ms(v.seedMs)}. Ratings are stored behind the screen, in order: ${v.ratingsStored} of ${v.rateToNextMs.n} had reached IndexedDB when checked.`,
  ].join('\n');
}

const cpuCount = (cpus: string): number => Number.parseInt(cpus, 10) || 1;

export function renderMarkdown(r: BenchResults): string {
  const m = r.meta;
  const t = targets(r);
  return [
    '# Prep Panel bench',
    '',
    `${m.date} · commit ${m.commit}${m.dirtyFiles ? ` + ${m.dirtyFiles} uncommitted files` : ''} · ${m.chromium} · Node ${m.node} · ${m.cpus} · took ${m.durationS.toFixed(0)} s · load average ${m.loadAverage.start.toFixed(1)} → ${m.loadAverage.end.toFixed(1)}`,
    '',
    ...(Math.max(m.loadAverage.start, m.loadAverage.end) > cpuCount(m.cpus)
      ? [
          '> **The machine was busy with other work during this run (load average above the core count): timings are noisier and slower than on an idle machine.**',
          '',
        ]
      : []),
    '## Targets',
    '',
    table(
      ['target', 'limit', 'measured', 'result'],
      t.map((x) => [x.name, x.limit, x.measured, `**${x.status}**`]),
    ),
    ...Object.entries(r.errors).map(([name, message]) => `\n> **Section “${name}” failed:** ${message}`),
    r.sizes ? `\n${sizesSection(r.sizes)}` : '',
    r.pageLoad ? `\n${pageLoadSection(r.pageLoad)}` : '',
    r.panelOpen || r.swap ? `\n${panelSection(r.panelOpen, r.swap)}` : '',
    r.ranking || r.extraction ? `\n${rankSection(r.ranking, r.extraction)}` : '',
    r.bookmarks ? `\n${bookmarksSection(r.bookmarks)}` : '',
    r.review ? `\n${reviewSection(r.review)}` : '',
    '',
  ].join('\n');
}

export function writeReport(r: BenchResults): { markdown: string; files: string[] } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const markdown = renderMarkdown(r);
  const json = join(RESULTS_DIR, 'report.json');
  const md = join(RESULTS_DIR, 'report.md');
  writeFileSync(json, `${JSON.stringify({ ...r, targets: targets(r) }, null, 2)}\n`);
  writeFileSync(md, markdown);
  return { markdown, files: [json, md] };
}
