/**
 * Browsing the questions of any role: the "Role" combobox, instant search
 * (utils/search/question-search.ts, loaded with the view) and a category filter.
 */
import { computed, createModel, signal } from '@preact/signals';
import type { Category, Question, Role } from '@/data/schema';
import type { QuestionSearch } from '@/utils/search/question-search';
import { datasetOf, type GuidesModel } from './guides-model';

export const BrowseModel = createModel((guides: GuidesModel) => {
  /** The role browsed; 'all' is every role at once. */
  const role = signal<Role | 'all'>('all');
  const query = signal('');
  const category = signal<Category | 'all'>('all');
  /** Set once the search library and every module have loaded. */
  const index = signal<QuestionSearch | null>(null);

  const pool = computed<Question[] | null>(() => {
    const r = role.value;
    if (r === 'all') return guides.allLoaded.value ? dedupe(guides.allQuestions.value) : null;
    return datasetOf(guides.guides.value, r)?.questions ?? null;
  });

  const results = computed<Question[]>(() => {
    const questions = pool.value ?? [];
    const inCategory = (q: Question) => category.value === 'all' || q.category === category.value;
    const search = index.value;
    const words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return questions.filter(inCategory);
    // Until the search library has loaded (a moment on first open), plain word matching.
    if (!search) return questions.filter((q) => inCategory(q) && words.every((w) => `${q.text} ${q.guidance} ${q.keywords.join(' ')}`.toLowerCase().includes(w)));
    const byId = new Map(questions.map((q) => [q.id, q]));
    return search
      .search(query.value)
      .map((id) => byId.get(id))
      .filter((q): q is Question => q !== undefined && inCategory(q));
  });

  return {
    role,
    query,
    category,
    index,
    pool,
    results,
    choose(next: Role | 'all') {
      role.value = next;
      if (next !== 'all') void guides.ensure(next);
    },
  };
});
export type BrowseModel = InstanceType<typeof BrowseModel>;

function dedupe(questions: Question[]): Question[] {
  const seen = new Set<string>();
  return questions.filter((q) => !seen.has(q.id) && (seen.add(q.id), true));
}
