/** Small statistics helpers. Medians are what the report and the targets use. */

export interface Summary {
  n: number;
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
