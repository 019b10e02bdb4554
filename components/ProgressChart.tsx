import { useState } from 'preact/hooks';
import { ToggleChips } from './ToggleChips';
import { ROLE_NAMES } from '@/data/roles';
import type { Category, Role } from '@/data/schema';
import type { CoverageRow, ReviewStats } from '@/utils/review/protocol';
import { CATEGORY_LABELS } from './labels';

/**
 * Progress at a glance, drawn as small SVGs (no chart library): cards by
 * state, ratings per day over the last 30 days, the streak, and coverage per
 * role or per category. Each picture carries its numbers as its accessible
 * name, so a screen reader hears what a glance shows.
 */
export function ProgressChart({ stats }: { stats: ReviewStats }) {
  return (
    <div class="space-y-4">
      <CardStates stats={stats} />
      <ReviewsPerDay perDay={stats.perDay} streak={stats.streak} />
      <Coverage byRole={stats.byRole} byCategory={stats.byCategory} />
    </div>
  );
}

const STATE_PARTS = [
  { key: 'new', label: 'New', color: 'text-slate-400' },
  { key: 'learning', label: 'Learning', color: 'text-amber-500' },
  { key: 'due', label: 'Due', color: 'text-indigo-600 dark:text-indigo-400' },
  { key: 'mastered', label: 'Mastered', color: 'text-emerald-700 dark:text-emerald-300' },
] as const;

function CardStates({ stats }: { stats: ReviewStats }) {
  const { byState, total } = stats.summary;
  const described = STATE_PARTS.map((p) => `${byState[p.key]} ${p.label.toLowerCase()}`).join(', ');
  let x = 0;
  return (
    <section aria-labelledby="progress-cards" class="space-y-1">
      <h4 id="progress-cards" class="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        Cards ({total})
      </h4>
      <svg
        role="img"
        aria-label={`Cards by state: ${described}`}
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        height="12"
        class="block w-full rounded"
      >
        <rect x="0" y="0" width="100" height="6" fill="currentColor" opacity="0.15" />
        {total > 0 &&
          STATE_PARTS.map((p) => {
            const w = (byState[p.key] / total) * 100;
            const rect = <rect key={p.key} x={x} y="0" width={w} height="6" fill="currentColor" class={p.color} />;
            x += w;
            return rect;
          })}
      </svg>
      <ul class="flex flex-wrap gap-x-2 gap-y-1 text-xs text-slate-700 dark:text-slate-200" aria-hidden="true">
        {STATE_PARTS.map((p) => (
          <li key={p.key}>
            <span class={p.color}>■</span> {p.label} <span class="font-semibold">{byState[p.key]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

const BAR = 8;
const GAP = 2;
const HEIGHT = 48;

function ReviewsPerDay({ perDay, streak }: { perDay: ReviewStats['perDay']; streak: number | null }) {
  const max = Math.max(1, ...perDay.map((d) => d.count));
  const sum = perDay.reduce((s, d) => s + d.count, 0);
  const today = perDay[perDay.length - 1]?.count ?? 0;
  const width = perDay.length * (BAR + GAP) - GAP;
  const label = `Ratings per day over the last ${perDay.length} days: ${sum} in all, ${today} today, at most ${max === 1 && sum === 0 ? 0 : max} in a day`;
  return (
    <section aria-labelledby="progress-days" class="space-y-1">
      <div class="flex items-baseline justify-between gap-2">
        <h4 id="progress-days" class="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Last {perDay.length} days
        </h4>
        <p class="text-xs text-slate-700 dark:text-slate-200">
          Streak: <span class="font-semibold">{streak ?? `${perDay.length}+`}</span> {streak === 1 ? 'day' : 'days'}
        </p>
      </div>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${HEIGHT + 1}`}
        height="56"
        class="block w-full text-indigo-600 dark:text-indigo-400"
        preserveAspectRatio="none"
      >
        <line x1="0" x2={width} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} stroke="currentColor" opacity="0.3" stroke-width="1" />
        {perDay.map((d, i) => {
          const h = d.count === 0 ? 0 : Math.max(2, (d.count / max) * HEIGHT);
          const isToday = i === perDay.length - 1;
          return (
            <rect
              key={d.day}
              x={i * (BAR + GAP)}
              y={HEIGHT - h}
              width={BAR}
              height={h}
              rx="1"
              fill="currentColor"
              opacity={isToday ? 1 : 0.55}
            >
              <title>{`${d.day}: ${d.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <p class="flex justify-between text-[10px] text-slate-500 dark:text-slate-400" aria-hidden="true">
        <span>{perDay[0]?.day}</span>
        <span>
          {sum} ratings · most {sum === 0 ? 0 : max} a day
        </span>
        <span>today</span>
      </p>
    </section>
  );
}

function Coverage({ byRole, byCategory }: { byRole: CoverageRow[]; byCategory: CoverageRow[] }) {
  const [by, setBy] = useState<'role' | 'category'>('role');
  const rows = by === 'role' ? byRole : byCategory;
  const name = (key: string) => (by === 'role' ? (ROLE_NAMES[key as Role] ?? key) : (CATEGORY_LABELS[key as Category] ?? key));
  return (
    <section aria-labelledby="progress-coverage" class="space-y-2">
      <div class="flex items-center justify-between gap-2">
        <h4 id="progress-coverage" class="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Coverage
        </h4>
        <ToggleChips<'role' | 'category'>
          label="Coverage by"
          options={
            [
              ['role', 'By role'],
              ['category', 'By category'],
            ] as const
          }
          value={by}
          onChange={setBy}
        />
      </div>
      {rows.length === 0 ? (
        <p class="text-xs text-slate-500 dark:text-slate-400">No cards yet.</p>
      ) : (
        <ul class="space-y-2">
          {rows.map((r) => {
            const pct = (n: number) => (r.total > 0 ? (n / r.total) * 100 : 0);
            const text = `${r.inReview} in review, ${r.practised} practised, ${r.mastered} mastered, of ${r.total} questions`;
            return (
              <li key={r.key} class="text-xs">
                <div class="flex justify-between gap-2">
                  <span class="font-medium">{name(r.key)}</span>
                  <span class="text-slate-500 dark:text-slate-400">
                    {r.practised}/{r.total} practised
                  </span>
                </div>
                <svg
                  role="img"
                  aria-label={`${name(r.key)}: ${text}`}
                  viewBox="0 0 100 4"
                  preserveAspectRatio="none"
                  height="8"
                  class="mt-0.5 block w-full rounded text-indigo-600 dark:text-indigo-400"
                >
                  <rect x="0" y="0" width="100" height="4" fill="currentColor" opacity="0.15" />
                  <rect x="0" y="0" width={pct(r.inReview)} height="4" fill="currentColor" opacity="0.35" />
                  <rect x="0" y="0" width={pct(r.practised)} height="4" fill="currentColor" opacity="0.7" />
                  <rect x="0" y="0" width={pct(r.mastered)} height="4" fill="currentColor" class="text-emerald-700 dark:text-emerald-300" />
                </svg>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
