import { useEffect } from 'preact/hooks';
import { CATEGORIES, type Category } from '@/data/schema';
import { CATEGORY_HEADINGS, CATEGORY_LABELS } from './labels';
import { QuestionCard } from './QuestionCard';
import { ToggleChips } from './ToggleChips';
import { RolePicker } from './RolePicker';
import type { PanelModel } from './state/panel-model';

const CATEGORY_OPTIONS = [['all', 'All'] as const, ...CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]] as const)] as readonly (readonly [
  Category | 'all',
  string,
])[];

/** Every question of a role (or of all roles), grouped by category, with instant search and a category filter. */
export function BrowseView({ state }: { state: PanelModel }) {
  const { browse, bookmarks, guides, page } = state;

  // First open: browse the page's role if there is one; load every module and the search index.
  useEffect(() => {
    if (page.role.value && browse.role.value === 'all' && !browse.query.value) browse.choose(page.role.value);
    void guides.ensureAll().then(async () => {
      if (browse.index.value) return;
      const { createQuestionSearch } = await import('@/utils/search/question-search');
      browse.index.value = createQuestionSearch(Object.values(guides.guides.value));
    });
  }, []);

  const pool = browse.pool.value;
  const results = browse.results.value;
  const groups = CATEGORIES.map((category) => ({ category, questions: results.filter((q) => q.category === category) })).filter(
    (g) => g.questions.length > 0,
  );

  return (
    <div class="space-y-4">
      <div role="search" class="space-y-2">
        <RolePicker value={browse.role.value} onChange={(r) => browse.choose(r)} withAll />
        <input
          type="search"
          aria-label="Search questions"
          placeholder="Search questions, answers, topics (e.g. Kafka)"
          class="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-400 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          value={browse.query.value}
          onInput={(e) => (browse.query.value = e.currentTarget.value)}
        />
        <ToggleChips
          label="Filter by category"
          options={CATEGORY_OPTIONS}
          value={browse.category.value}
          onChange={(c) => (browse.category.value = c)}
          wrap
        />
        <p role="status" class="text-xs text-slate-500 dark:text-slate-400">
          {!pool
            ? 'Loading questions…'
            : results.length === pool.length
              ? `${results.length} questions`
              : `${results.length} of ${pool.length} questions match`}
        </p>
      </div>
      {pool && groups.length === 0 && (
        <p class="rounded-md bg-slate-100 p-3 text-sm text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          No question mentions “{browse.query.value}”. Try a broader word, such as “database” or “design”.
        </p>
      )}
      {groups.map(({ category, questions }) => (
        <section key={category} aria-labelledby={`group-${category}`}>
          <h2 id={`group-${category}`} class="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {CATEGORY_HEADINGS[category]} <span class="font-normal">({questions.length})</span>
          </h2>
          <ul class="space-y-2">
            {questions.map((q) => (
              <QuestionCard key={q.id} question={q} bookmarks={bookmarks} showRole={browse.role.value === 'all'} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
