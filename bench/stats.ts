/** Small statistics helpers. Medians are what the report and the targets use. */

export interface Summary {
  n: number;
  mean: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (rank - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN,
    median: median(values),
    p90: percentile(values, 0.9),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/** Rounds for the report: 2 decimals under 10, 1 under 1000, else whole. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 1000 ? 1 : 0;
  return Number(value.toFixed(digits));
}

/**
 * Runs `fn` `warmup` times unrecorded, then up to `maxRuns` recorded times,
 * stopping early (after at least `minRuns`) once `budgetMs` is spent.
 * Returns one duration in ms per recorded run.
 */
export function timeSync(fn: () => unknown, options: { warmup: number; minRuns: number; maxRuns: number; budgetMs: number }): number[] {
  for (let i = 0; i < options.warmup; i++) fn();
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < options.maxRuns; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    if (times.length >= options.minRuns && performance.now() - start > options.budgetMs) break;
  }
  return times;
}

export const mean = (values: readonly number[]): number =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;

export interface PairedDifference {
  /** Pairs that had both values. */
  n: number;
  /** Mean of (with − without) over the pairs, ms. */
  meanMs: number;
  /** Half-width of its 95 % confidence interval (normal approximation), ms. */
  ci95Ms: number;
  /** mean(with) / mean(without) over the same pairs. */
  ratio: number;
  /** The ratio at the interval's upper end: (mean(without) + meanMs + ci95Ms) / mean(without). */
  ratioUpper: number;
}

/**
 * Compares two variants measured in pairs (one load of each, back to back).
 * Means, not medians: LCP comes in 4 ms steps here, so a median can only move
 * a whole step (4-5 % of these pages) while the mean resolves the difference.
 */
export function pairedDifference(pairs: readonly (readonly [number | null, number | null])[]): PairedDifference {
  const complete = pairs.filter((p): p is [number, number] => p[0] !== null && p[1] !== null && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const diffs = complete.map(([a, b]) => a - b);
  const base = mean(complete.map(([, b]) => b));
  const meanMs = mean(diffs);
  const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - meanMs) ** 2, 0) / Math.max(1, diffs.length - 1));
  const ci95Ms = (1.96 * sd) / Math.sqrt(Math.max(1, diffs.length));
  return { n: complete.length, meanMs, ci95Ms, ratio: (base + meanMs) / base, ratioUpper: (base + meanMs + ci95Ms) / base };
}

/**
 * The median of values reported in steps of `step` (Chromium's LCP: 4 ms),
 * interpolated within the middle step as for grouped data: each reported
 * value v stands for [v − step/2, v + step/2). A plain median of such values
 * can only move by whole steps.
 */
export function groupedMedian(values: readonly number[], step: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const half = sorted.length / 2;
  const mid = sorted[Math.min(sorted.length - 1, Math.floor(half))]!;
  const below = sorted.filter((v) => v < mid).length;
  const within = sorted.filter((v) => v === mid).length;
  return mid - step / 2 + ((half - below) / within) * step;
}

/** The step all values are multiples of, if they are (e.g. 4 for LCP here), else 0. */
export function quantum(values: readonly number[], candidates = [4, 1]): number {
  return candidates.find((q) => values.length > 0 && values.every((v) => Math.abs(v / q - Math.round(v / q)) < 1e-6)) ?? 0;
}
