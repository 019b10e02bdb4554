/**
 * Browsing the dataset: instant search over question text, guidance, topic
 * labels and keywords, optionally narrowed to one category.
 */
import { computed, signal } from '@preact/signals';
import type { Category, Dataset, Question } from '@/data/schema';

export type SearchState = ReturnType<typeof createSearchState>;

export function searchText(question: Question, dataset: Dataset): string {
  const labels = question.topics.map((id) => dataset.topics.find((t) => t.id === id)?.label ?? id);
  return [question.text, question.guidance, ...labels, ...question.keywords].join(' \n ').toLowerCase();
}

export function createSearchState(dataset: Dataset) {
  const query = signal('');
  const category = signal<Category | 'all'>('all');
  // Built once: the haystack for every question.
  const haystacks = new Map(dataset.questions.map((q) => [q.id, searchText(q, dataset)]));

  const results = computed(() => {
    const words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    return dataset.questions.filter(
      (q) => (category.value === 'all' || q.category === category.value) && words.every((w) => haystacks.get(q.id)!.includes(w)),
    );
  });

  return { query, category, results };
}
