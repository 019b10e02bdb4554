import type { Dataset } from '@/data/schema';

/**
 * A synthetic dataset `factor` times the size of `d`, for benchmarks and
 * stress tests. Copy 0 is `d` itself (so real postings still match it); copy k
 * gets ids, topic ids and terms suffixed with "zq<k>", so every copy adds
 * distinct questions, topics and terms rather than repeats the ranker could
 * deduplicate. The result passes validateDataset when `d` does.
 */
export function growDataset(d: Dataset, factor: number): Dataset {
  const copies = Math.max(1, Math.floor(factor));
  const questions = [...d.questions];
  const topics = [...d.topics];
  for (let k = 1; k < copies; k++) {
    const tag = `zq${k}`;
    const term = (t: string) => `${t}${tag}`;
    const id = (s: string) => `${s}-${tag}`;
    for (const t of d.topics) topics.push({ ...t, id: id(t.id), terms: t.terms.map(term) });
    for (const q of d.questions) {
      questions.push({ ...q, id: id(q.id), topics: q.topics.map(id), keywords: q.keywords.map(term) });
    }
  }
  return { ...d, questions, topics };
}
