/**
 * Browsing the questions of any role: the "Role" combobox, instant search
 * (utils/search/question-search.ts, loaded with the view) and a category filter.
 */
import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import type { Category, Question, Role } from '@/data/schema';
import type { QuestionSearch } from '@/utils/search/question-search';
import { datasetOf, type GuidesModel } from './guides-model';

const NO_OWN = signal<Question[]>([]);

/** `own`: the questions you added yourself (components/state/review-model.ts), listed and searched first. */
export const BrowseModel = createModel((guides: GuidesModel, own: ReadonlySignal<Question[]> = NO_OWN) => {
  /** The role browsed; 'all' is every role at once. */
  const role = signal<Role | 'all'>('all');
  const query = signal('');
  const category = signal<Category | 'all'>('all');
  /** Set once the search library and every module have loaded. */
  const index = signal<QuestionSearch | null>(null);

  const pool = computed<Question[] | null>(() => {
    const r = role.value;
    const guide =
      r === 'all'
        ? guides.allLoaded.value
          ? dedupe(guides.allQuestions.value)
          : null
        : (datasetOf(guides.guides.value, r)?.questions ?? null);
    const mine = own.value.filter((q) => r === 'all' || q.role === r);
    return guide && mine.length > 0 ? [...mine, ...guide] : guide;
  });

  const results = computed<Question[]>(() => {
    const questions = pool.value ?? [];
    const inCategory = (q: Question) => category.value === 'all' || q.category === category.value;
    const search = index.value;
    const words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return questions.filter(inCategory);
    // Until the search library has loaded (a moment on first open), plain word matching.
    if (!search)
      return questions.filter(
        (q) => inCategory(q) && words.every((w) => `${q.text} ${q.guidance} ${q.keywords.join(' ')}`.toLowerCase().includes(w)),
      );
    const byId = new Map(questions.map((q) => [q.id, q]));
    // Your own questions are not in the search index (it is built once): matched word by word, listed first.
    const mine = own.value.filter(
      (q) =>
        byId.has(q.id) && inCategory(q) && words.every((w) => `${q.text} ${q.guidance} ${q.keywords.join(' ')}`.toLowerCase().includes(w)),
    );
    const found = search
      .search(query.value)
      .map((id) => byId.get(id))
      .filter((q): q is Question => q !== undefined && inCategory(q));
    return mine.length > 0 ? [...mine, ...found] : found;
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
