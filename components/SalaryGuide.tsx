import type { AdviceItem, SalaryBand } from '@/data/schema';
import { salaryCaveat } from '@/data/salary';
import { formatBand, type SalaryGuidance } from '@/utils/salary-band';

interface Props {
  bands: SalaryBand[];
  negotiation: AdviceItem[];
  /** For a posting: the band picked for its seniority and why. */
  guidance?: SalaryGuidance;
  /** Salary shown on the posting, as the site shows it. */
  posted?: string | null;
}

/** Bands cover [min, max) years: "under 2 years", "2 to 6 years", "6+ years". */
function formatYears({ years: { min, max } }: SalaryBand): string {
  if (max === null) return `${min}+ years`;
  return min === 0 ? `under ${max} years` : `${min} to ${max} years`;
}

/** Market salary bands, the one that fits this posting, and how to negotiate. */
export function SalaryGuide({ bands, negotiation, guidance, posted }: Props) {
  const shown = guidance ? guidance.bands : bands;
  const source = shown[0]?.source;
  return (
    <section aria-labelledby="salary-heading" class="space-y-3">
      <h2 id="salary-heading" class="text-base font-semibold">
        Salary
      </h2>
      {posted !== undefined && (
        <p class="text-sm">
          <span class="font-medium">Posted salary: </span>
          {posted ?? <span class="text-slate-500 dark:text-slate-400">not shown on the posting</span>}
        </p>
      )}
      {guidance && <p class="text-sm text-slate-600 dark:text-slate-300">{guidance.basis}</p>}
      <ul class="grid gap-2" aria-label="Salary bands">
        {shown.map((band) => (
          <li
            key={band.level}
            class={`rounded-lg border p-3 ${
              guidance?.level === band.level
                ? 'border-indigo-500 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950'
                : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-800'
            }`}
          >
            <p class="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {band.label} · {formatYears(band)}
            </p>
            <p class="text-lg font-semibold">{formatBand(band)}</p>
          </li>
        ))}
      </ul>
      {source && (
        <p class="text-xs text-slate-500 dark:text-slate-400">
          {salaryCaveat} Source: {source.name}, {source.year}.
        </p>
      )}
      <div>
        <h3 class="text-sm font-semibold">Negotiating</h3>
        <ul class="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-200">
          {negotiation.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
