import { allGuides } from '@/data/roles/all';
import type { Dataset, Question, Topic } from '@/data/schema';

/** Every question and topic of every role as one dataset: the most a posting could ever be ranked against. */
export function wholeDataset(): Dataset {
  const seen = new Set<string>();
  const questions: Question[] = [];
  const topics: Topic[] = [];
  for (const g of Object.values(allGuides)) {
    topics.push(...g.topics);
    for (const q of g.questions) if (!seen.has(q.id) && seen.add(q.id)) questions.push(q);
  }
  return { role: 'general', name: 'All roles', phrase: 'software', questions, topics, tips: [], rounds: [] };
}
