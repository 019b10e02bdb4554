import { CATEGORIES, type Category } from '@/data/schema';
import { CATEGORY_HEADINGS, CATEGORY_LABELS } from './labels';
import { QuestionCard } from './QuestionCard';
import type { PanelState } from './state/panel-state';

/** Every question, grouped by category, with instant search and a category filter. */
export function BrowseView({ state }: { state: PanelState }) {
  const { search, bookmarks, dataset } = state;
  const results = search.results.value;
  const groups = CATEGORIES.map((category) => ({ category, questions: results.filter((q) => q.category === category) })).filter(
    (g) => g.questions.length > 0,
  );

  return (
    <div class="space-y-4">
      <div role="search" class="space-y-2">
        <input
          type="search"
          aria-label="Search questions"
          placeholder="Search questions, answers, topics (e.g. Kafka)"
          class="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-400 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          value={search.query.value}
          onInput={(e) => (search.query.value = e.currentTarget.value)}
        />
        <div role="group" aria-label="Filter by category" class="flex flex-wrap gap-1.5">
          {(['all', ...CATEGORIES] as const).map((c: Category | 'all') => (
            <button
              key={c}
              type="button"
              aria-pressed={search.category.value === c ? 'true' : 'false'}
              class={`cursor-pointer rounded-full border px-2.5 py-0.5 text-xs ${
                search.category.value === c
                  ? 'border-indigo-600 bg-indigo-600 text-white'
                  : 'border-slate-300 text-slate-700 hover:border-indigo-400 dark:border-slate-600 dark:text-slate-200'
              }`}
              onClick={() => (search.category.value = c)}
            >
              {c === 'all' ? 'All' : CATEGORY_LABELS[c]}
            </button>
          ))}
        </div>
        <p role="status" class="text-xs text-slate-500 dark:text-slate-400">
          {results.length === dataset.questions.length
            ? `${results.length} questions`
            : `${results.length} of ${dataset.questions.length} questions match`}
        </p>
      </div>
      {groups.length === 0 && (
        <p class="rounded-md bg-slate-100 p-3 text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          No question mentions “{search.query.value}”. Try a broader word, such as “database” or “design”.
        </p>
      )}
      {groups.map(({ category, questions }) => (
        <section key={category} aria-labelledby={`group-${category}`}>
          <h2 id={`group-${category}`} class="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {CATEGORY_HEADINGS[category]} <span class="font-normal">({questions.length})</span>
          </h2>
          <ul class="space-y-2">
            {questions.map((q) => (
              <QuestionCard key={q.id} question={q} bookmarks={bookmarks} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
