/**
 * Bench parameters, from the environment (npm passes no flags through vitest):
 *
 *   BENCH_LOAD_RUNS=60     page loads per page per variant (with / without the extension)
 *   BENCH_LOAD_BLOCKS=6    browser pairs the load runs are split across (each pair newly launched)
 *   BENCH_PROFILE_RUNS=5   profiled loads per page (content script main-thread time)
 *   BENCH_PANEL_RUNS=5     launcher clicks per page (click → first ranked question)
 *   BENCH_SWAP_RUNS=5      LinkedIn search page visits; each clicks through 2 job swaps
 *   BENCH_BOOKMARKS=10000  bookmarks seeded into IndexedDB
 *   BENCH_TOGGLES=50       bookmark toggles timed
 *   BENCH_REVIEW_CARDS=2000   review cards seeded (with BENCH_REVIEW_LOG=20000 review-log entries)
 *   BENCH_REVIEW_RATINGS=30   ratings timed in a review session (and BENCH_REVIEW_OPENS=10 Review view opens)
 *   BENCH_ONLY=sizes,load  run only these sections (sizes, load, panel, rank, bookmarks, review)
 */

function int(name: string, fallback: number, min = 1, max = 1000): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be an integer in ${min}..${max}, got "${raw}".`);
  return value;
}

export const SECTIONS = ['sizes', 'load', 'panel', 'rank', 'bookmarks', 'review'] as const;
export type Section = (typeof SECTIONS)[number];

function only(): Set<Section> {
  const raw = process.env.BENCH_ONLY;
  if (!raw) return new Set(SECTIONS);
  const wanted = raw.split(',').map((s) => s.trim());
  for (const s of wanted)
    if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`BENCH_ONLY: unknown section "${s}" (use ${SECTIONS.join(', ')}).`);
  return new Set(wanted as Section[]);
}

export const config = {
  loadRuns: int('BENCH_LOAD_RUNS', 60),
  loadBlocks: int('BENCH_LOAD_BLOCKS', 6),
  profileRuns: int('BENCH_PROFILE_RUNS', 5),
  panelRuns: int('BENCH_PANEL_RUNS', 5),
  swapRuns: int('BENCH_SWAP_RUNS', 5),
  bookmarks: int('BENCH_BOOKMARKS', 10_000, 1, 100_000),
  reviewCards: int('BENCH_REVIEW_CARDS', 2000, 1, 20_000),
  reviewLog: int('BENCH_REVIEW_LOG', 20_000, 0, 100_000),
  reviewRatings: int('BENCH_REVIEW_RATINGS', 30, 1, 1000),
  reviewOpens: int('BENCH_REVIEW_OPENS', 10, 1, 100),
  toggles: int('BENCH_TOGGLES', 50),
  sections: only(),
};

export type BenchConfig = typeof config;
