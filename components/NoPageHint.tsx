import { callSites, jobSites } from '@/utils/sites';

const list = (names: string[]) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/**
 * The panel beside a page it cannot read (the side panel on any other site):
 * what to open to see matching questions. Browsing, review and the salary
 * guide work anywhere, below and in the bar.
 */
export function NoPageHint() {
  return (
    <div role="note" class="mb-4 space-y-1 rounded-lg bg-indigo-50 p-3 text-sm dark:bg-indigo-950">
      <p class="font-semibold">No job posting or call on this tab.</p>
      <p class="text-slate-700 dark:text-slate-200">
        Open a job posting on {list(jobSites.map((s) => s.name))} to see the questions that match it here, or an interview call on{' '}
        {list(callSites.map((s) => s.name))} for its checklist.
      </p>
      <p class="text-slate-700 dark:text-slate-200">
        Meanwhile, browse every question below, practise your bookmarks in Review, or look up pay in the Salary guide.
      </p>
    </div>
  );
}
