/** The bench's budgets, each judged PASS / FAIL / NOT MEASURED from the results. */
import type { BenchResults } from './report';
import { round, type PairedDifference } from './stats';

export interface Target {
  name: string;
  limit: string;
  measured: string;
  status: 'PASS' | 'FAIL' | 'NOT MEASURED';
}

export const KB = 1024;
export const ms = (v: number) => `${round(v)} ms`;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
/** A paired difference: "Δ +1.2 ± 1.5 ms, n = 360". */
export const diff = (d: PairedDifference) => `Δ ${d.meanMs >= 0 ? '+' : ''}${round(d.meanMs)} ± ${round(d.ci95Ms)} ms, n = ${d.n}`;
export const ratio = (v: number) => v.toFixed(3);
const judge = (ok: boolean): Target['status'] => (ok ? 'PASS' : 'FAIL');

export function targets(r: BenchResults): Target[] {
  const out: Target[] = [];
  const missing = (name: string, limit: string) => out.push({ name, limit, measured: '–', status: 'NOT MEASURED' });

  const largest = r.sizes?.largestContentScript;
  if (largest)
    out.push({
      name: 'Loaded by a supported page before the launcher is clicked (largest content script, JS+CSS gzipped)',
      limit: '≤ 6,000 B',
      measured: `${largest.totalGzip} B (${largest.name}.js)`,
      status: judge(largest.totalGzip <= 6000),
    });
  else missing('Largest content script, gzipped', '≤ 6,000 B');

  const panel = r.sizes?.sidePanel;
  if (panel)
    out.push({
      name: 'Panel initial JS+CSS+HTML, gzipped (what sidepanel.html loads before its first paint; views and role data load later)',
      limit: '≤ 48 KB (49,152 B)',
      measured: `${kb(panel.initialGzip)} (${panel.initial.join(', ')})`,
      status: judge(panel.initialGzip <= 48 * KB),
    });
  else missing('Panel initial JS+CSS, gzipped', '≤ 48 KB');

  const load = r.pageLoad?.overall;
  if (load) {
    const c = load.comparison;
    out.push({
      name: 'Page load with / without the extension: loadEventEnd (ratio of paired means, over browser pairs)',
      limit: '≤ 1.02',
      measured: `mean ${ratio(c.load.ratio)} (${diff(c.load)}), median ${ratio(c.medianRatio.load)}`,
      status: judge(c.load.ratio <= 1.02),
    });
    out.push({
      name: 'Page load with / without the extension: LCP (ratio of paired means, over browser pairs)',
      limit: '≤ 1.02',
      measured: `mean ${ratio(c.lcp.ratio)} (${diff(c.lcp)}), median ${ratio(c.medianRatio.lcp)}${c.lcpStepMs > 1 ? ` (interpolated in ${c.lcpStepMs} ms steps)` : ''}`,
      status: judge(c.lcp.ratio <= 1.02),
    });
  } else missing('Page-load ratio (load event and LCP)', '≤ 1.02');

  const open = r.panelOpen?.overall.clickToQuestionMs;
  if (open)
    out.push({
      name: 'Launcher click → first ranked question visible (median, all pages)',
      limit: '≤ 100 ms',
      measured: ms(open.median),
      status: judge(open.median <= 100),
    });
  else missing('Launcher click → first ranked question', '≤ 100 ms');

  const rank = r.ranking?.cases.find((c) => c.chars === 60_000 && c.factor === 1);
  const whole = r.ranking?.datasets.find((d) => d.factor === 1);
  if (rank && whole)
    out.push({
      name: `Ranking a 60,000-character posting against the whole dataset (${whole.questions} questions, median)`,
      limit: '≤ 10 ms',
      measured: ms(rank.ms.median),
      status: judge(rank.ms.median <= 10),
    });
  else missing('Ranking a 60,000-character posting vs the whole dataset', '≤ 10 ms');

  const toggle = r.bookmarks?.toggleMs;
  if (toggle && r.bookmarks)
    out.push({
      name: `Bookmark toggle at ${r.bookmarks.count.toLocaleString('en-US')} bookmarks (median round trip from the panel)`,
      limit: '≤ 10 ms',
      measured: ms(toggle.median),
      status: judge(toggle.median <= 10),
    });
  else missing('Bookmark toggle at 10,000 bookmarks', '≤ 10 ms');

  const review = r.review;
  if (review) {
    const at = `${review.cards.toLocaleString('en-US')} cards`;
    out.push({
      name: `Review: rating → next card shown, ${at} (median key press → frame)`,
      limit: '≤ 16 ms',
      measured: `${ms(review.rateToNextMs.median)} (p90 ${ms(review.rateToNextMs.p90)})`,
      status: judge(review.rateToNextMs.median <= 16),
    });
    out.push({
      name: `Review view open, ${at} and ${review.reviewLog.toLocaleString('en-US')} review-log entries (median click → view with progress; first open ${ms(review.firstOpenMs)})`,
      limit: '≤ 50 ms',
      measured: `${ms(review.openMs.median)} (p90 ${ms(review.openMs.p90)})`,
      status: judge(review.openMs.median <= 50),
    });
  } else {
    missing('Review: rating → next card shown, 2,000 cards', '≤ 16 ms');
    missing('Review view open, 2,000 cards and 20,000 review-log entries', '≤ 50 ms');
  }
  return out;
}
