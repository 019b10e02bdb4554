/**
 * `npm run bench`: builds the extension (bench/build.mjs), then measures it
 * and writes bench/results/report.{json,md}. Parameters: see bench/config.ts.
 * One test so the sections share a fixture server and browsers, in order.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { measureBookmarks } from './bookmarks';
import { config } from './config';
import { launchBrowser, type BenchBrowser } from './launch';
import { measurePageLoad } from './page-load';
import { CONTROL_PAGE, representativePages, startServer } from './pages';
import { measurePanelOpen, measureSwap } from './panel-timing';
import { SIZES, syntheticPostings, type SyntheticPosting } from './postings';
import { measureExtractionInChromium, measureExtractionInNode, measureRanking } from './rank-extract';
import { writeReport, type BenchResults } from './report';
import { measureReview } from './review';
import { measureSizes } from './sizes';

const started = performance.now();
const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

async function chromiumVersion(browser: BenchBrowser): Promise<string> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    return (await cdp.send('Browser.getVersion')).product;
  } finally {
    await page.close();
  }
}

/**
 * Runs one section; a failure is logged and recorded in the report instead of
 * losing every other section's numbers.
 */
async function section<T>(name: string, errors: Record<string, string>, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    errors[name] = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    log(`${name} FAILED: ${errors[name]}`);
    return undefined;
  }
}

it('measures Prep Panel', async () => {
  const loadAtStart = loadavg()[0] ?? 0;
  const on = config.sections;
  const errors: Record<string, string> = {};
  const results: Omit<BenchResults, 'meta' | 'errors'> = {};

  if (on.has('sizes')) {
    results.sizes = await section('sizes', errors, measureSizes);
    if (results.sizes) log('sizes done');
  }

  // Synthetic large postings: ranked and extracted in Node, and served to Chromium.
  let synthetic: SyntheticPosting[] = [];
  if (on.has('rank')) {
    synthetic = SIZES.flatMap((size) => syntheticPostings(size));
    log(`built ${synthetic.length} synthetic postings`);
  }

  const server = await startServer(synthetic);
  const browser = await launchBrowser({ extension: true, hosts: server.hosts, port: server.port });
  let chromium = '';
  try {
    chromium = await chromiumVersion(browser);

    if (on.has('load')) {
      results.pageLoad = await section('page load', errors, async () => {
        const launch = (extension: boolean) => launchBrowser({ extension, hosts: server.hosts, port: server.port });
        const pages = [...representativePages(), CONTROL_PAGE];
        return measurePageLoad(
          browser,
          async (block) => {
            // Alternate which one starts first.
            const [first, second] = block % 2 === 0 ? [true, false] : [false, true];
            const a = await launch(first);
            const b = await launch(second);
            const [withExtension, without] = first ? [a, b] : [b, a];
            return { withExtension, without, close: async () => void (await Promise.all([a.close(), b.close()])) };
          },
          pages,
          { runs: config.loadRuns, blocks: config.loadBlocks, profileRuns: config.profileRuns, log },
        );
      });
    }

    if (on.has('panel')) {
      results.panelOpen = await section('panel open', errors, () =>
        measurePanelOpen(browser, representativePages(), { runs: config.panelRuns, log }),
      );
      results.swap = await section('job swap', errors, () => measureSwap(browser, { runs: config.swapRuns, log }));
    }

    if (on.has('rank')) {
      results.ranking = await section('ranking', errors, async () => measureRanking(log));
      results.extraction = await section('extraction', errors, async () => ({
        node: measureExtractionInNode(synthetic, log),
        chromium: await measureExtractionInChromium(browser, synthetic, { runs: 3, log }),
      }));
    }

    if (on.has('bookmarks')) {
      results.bookmarks = await section('bookmarks', errors, () =>
        measureBookmarks(browser, { count: config.bookmarks, toggles: config.toggles, log }),
      );
    }

    if (on.has('review')) {
      results.review = await section('review', errors, () =>
        // Its own browser: the bookmarks section leaves 10,000 bookmarks behind.
        measureReview(() => launchBrowser({ extension: true }), {
          cards: config.reviewCards,
          reviewLog: config.reviewLog,
          opens: config.reviewOpens,
          ratings: config.reviewRatings,
          log,
        }),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const { markdown, files } = writeReport({
    meta: {
      date: new Date().toISOString(),
      commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
      dirtyFiles: git(['status', '--porcelain']).split('\n').filter(Boolean).length,
      chromium,
      node: process.version,
      cpus: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      config: { ...config, sections: [...config.sections] },
      durationS: (performance.now() - started) / 1000,
    },
    errors,
    ...results,
  });
  console.log(`\n${markdown}`);
  log(`wrote ${files.join(' and ')}`);
  expect(errors).toEqual({});
});
