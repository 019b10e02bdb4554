import { LEVEL_LABELS, LEVEL_YEARS, marketPayFor, type PayLevel, type PayRole } from '@/data/market-pay';
import { formatLpa } from '@/utils/pay/compare-band';

/** "under 2 years", "2 to 6 years", "6+ years". */
export function levelYears(level: PayLevel): string {
  const { min, max } = LEVEL_YEARS[level];
  if (max === null) return `${min}+ years`;
  return min === 0 ? `under ${max} years` : `${min} to ${max} years`;
}

/**
 * The market range for one role and level, with every source it rests on. Where
 * sources disagree the range they span is shown and said; where none was found
 * the panel says so instead of showing a band.
 */
export function MarketRange({ role, level, highlight }: { role: PayRole; level: PayLevel; highlight?: boolean }) {
  const pay = marketPayFor(role, level);
  return (
    <li
      class={`rounded-lg border p-3 ${
        highlight
          ? 'border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950'
          : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800'
      }`}
    >
      <p class="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
        {LEVEL_LABELS[level]} · {levelYears(level)}
      </p>
      {pay.status === 'none' ? (
        <p class="mt-1 text-sm text-slate-700 dark:text-slate-200">{pay.note}</p>
      ) : (
        <>
          <p class="text-lg font-semibold">{formatLpa(pay.span.min, pay.span.max)}</p>
          {pay.disagree && (
            <p class="text-xs text-amber-800 dark:text-amber-200">The sources disagree: this is the range they span together.</p>
          )}
          {pay.guide && (
            <p class="text-xs text-slate-600 dark:text-slate-300">
              The guide’s figure: {formatLpa(pay.guide.lpaMin, pay.guide.lpaMax)} ({pay.guide.source}, {pay.guide.year}).
            </p>
          )}
          <details class="mt-1 text-xs text-slate-600 dark:text-slate-300">
            <summary class="cursor-pointer">
              {pay.figures.length} source{pay.figures.length === 1 ? '' : 's'}
            </summary>
            <ul class="mt-1 space-y-1 pl-3">
              {pay.figures.map((f, i) => (
                <li key={i}>
                  {formatLpa(f.lpaMin, f.lpaMax)} for {f.yearsLabel}
                  {f.track ? ` (${f.track})` : ''}:{' '}
                  <a class="underline" href={f.url} target="_blank" rel="noopener noreferrer">
                    {f.source}
                  </a>
                  , {f.year}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </li>
  );
}
