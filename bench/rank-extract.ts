/**
 * Ranking cost on descriptions up to the 60,000-character cap, and
 * extraction cost on pages of 5 KB, 100 KB and 5 MB.
 *
 *  - Ranking: the real rankQuestions() in Node on generated description text
 *    against the whole dataset (every role's questions at once, more than any
 *    posting is ranked against) and that grown 10x with growDataset() (room
 *    for thousands of own questions). The term index is compiled once per
 *    dataset (prepareRanking) and timed separately.
 *  - Extraction in Node: the real site extract() on fixture-like documents
 *    parsed by happy-dom (parsing not timed). happy-dom's DOM is far slower
 *    than a browser's, so these are upper bounds...
 *  - ...and extraction in Chromium: the same documents served at their real
 *    URLs and loaded with the extension, timed with the CPU profiler as the
 *    inclusive time under the content script's extract().
 */
import { rankQuestions, type RankInput } from '@/utils/ranking/rank-questions';
import { prepareRanking } from '@/utils/ranking/term-index';
import { detect } from '@/utils/sites';
import { growDataset } from './grow-dataset';
import type { BenchBrowser } from './launch';
import { profilePage } from './page-load';
import { descriptionText, parseDocument, RANK_SIZES, withHappyDom, type SyntheticPosting } from './postings';
import { median, summarize, timeSync, type Summary } from './stats';
import { wholeDataset } from './whole-dataset';

const dataset = wholeDataset();
export const DATASET_FACTORS = [1, 10] as const;
const COMPILE_RUNS = 3;

export interface RankingReport {
  datasets: { factor: number; questions: number; topics: number; compileMs: number }[];
  cases: { size: string; chars: number; factor: number; ms: Summary }[];
}

export interface ExtractionReport {
  node: { kind: string; size: string; htmlBytes: number; parseMs: number; extractMs: Summary; descriptionChars: number }[];
  chromium: { kind: string; size: string; extractMs: Summary; contentScriptInclusiveMs: Summary }[];
}

/** Iteration limits per posting size: many runs on small inputs, a few on 5 MB. */
function limits(chars: number) {
  if (chars <= 10_000) return { warmup: 10, minRuns: 20, maxRuns: 500, budgetMs: 2000 };
  if (chars <= 200_000) return { warmup: 5, minRuns: 10, maxRuns: 200, budgetMs: 3000 };
  return { warmup: 1, minRuns: 3, maxRuns: 20, budgetMs: 5000 };
}

export function measureRanking(log: (line: string) => void): RankingReport {
  prepareRanking(growDataset(dataset, 2)); // warm the compiler's code paths, so 1x is not charged for it
  const datasets = DATASET_FACTORS.map((factor) => {
    const d = factor === 1 ? dataset : growDataset(dataset, factor);
    prepareRanking(d);
    // Compiling is cached per Dataset object: time it on fresh copies.
    const compiles = Array.from({ length: COMPILE_RUNS }, () => {
      const copy = { ...growDataset(dataset, factor) };
      const t0 = performance.now();
      prepareRanking(copy);
      return performance.now() - t0;
    });
    return { factor, d, compileMs: median(compiles) };
  });
  const cases: RankingReport['cases'] = [];
  for (const size of RANK_SIZES) {
    const posting: RankInput = {
      title: 'Senior Backend Engineer (Java, Kafka)',
      description: descriptionText(size.chars),
      experience: { min: 4, max: 7 },
    };
    for (const { factor, d } of datasets) {
      const times = timeSync(() => rankQuestions(posting, d), limits(size.chars));
      cases.push({ size: size.label, chars: size.chars, factor, ms: summarize(times) });
    }
    log(`ranking: ${size.label}`);
  }
  return {
    datasets: datasets.map(({ factor, d, compileMs }) => ({ factor, questions: d.questions.length, topics: d.topics.length, compileMs })),
    cases,
  };
}

export function measureExtractionInNode(postings: SyntheticPosting[], log: (line: string) => void): ExtractionReport['node'] {
  return withHappyDom((window) =>
    postings.map((p) => {
      const site = detect(p.url);
      if (site?.kind !== 'job') throw new Error(`No job site for ${p.url}`);
      const url = new URL(p.url);
      const t0 = performance.now();
      const doc = parseDocument(window, p.html);
      const parseMs = performance.now() - t0;
      const posting = site.extract(doc, url);
      if (!posting) throw new Error(`${p.kind} ${p.sizeLabel}: extract() found no posting.`);
      const times = timeSync(() => site.extract(doc, url), limits(p.html.length));
      log(`extraction (happy-dom): ${p.kind} ${p.sizeLabel}`);
      return {
        kind: p.kind,
        size: p.sizeLabel,
        htmlBytes: Buffer.byteLength(p.html),
        parseMs,
        extractMs: summarize(times),
        descriptionChars: posting.description.length,
      };
    }),
  );
}

export async function measureExtractionInChromium(
  browser: BenchBrowser,
  postings: SyntheticPosting[],
  options: { runs: number; log: (line: string) => void },
): Promise<ExtractionReport['chromium']> {
  const out: ExtractionReport['chromium'] = [];
  for (const p of postings) {
    // A 5 MB page takes seconds to load: fewer runs there.
    const script = await profilePage(browser, p.url, p.html.length > 1_000_000 ? Math.min(2, options.runs) : options.runs);
    out.push({ kind: p.kind, size: p.sizeLabel, extractMs: script.extractMs, contentScriptInclusiveMs: script.inclusiveMs });
    options.log(`extraction (Chromium): ${p.kind} ${p.sizeLabel}`);
  }
  return out;
}
