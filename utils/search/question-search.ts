/**
 * Search over every question: prefix- and typo-tolerant, across the question,
 * its guidance, its tags (topic labels and keywords) and its roles, through
 * MiniSearch (6 KB gzipped, no dependencies; loaded with the Questions view,
 * never on the panel's first paint). "kafk", "idempotncy" and "spring boot"
 * all find what a reader means.
 */
import MiniSearch from 'minisearch';
import type { Question, Role, RoleGuide } from '@/data/schema';
import { ROLE_NAMES } from '@/data/roles';

export interface QuestionSearch {
  /** Ids of the matching questions, best first; every question for a blank query. */
  search(query: string): string[];
}

interface Doc {
  id: string;
  text: string;
  guidance: string;
  tags: string;
  roles: string;
}

export function createQuestionSearch(guides: readonly RoleGuide[]): QuestionSearch {
  const labels = new Map(guides.flatMap((g) => g.topics.map((t) => [t.id, t.label] as const)));
  const seen = new Set<string>();
  const docs: Doc[] = [];
  const order: string[] = [];
  for (const g of guides) {
    for (const q of g.questions) {
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      order.push(q.id);
      docs.push(toDoc(q, labels));
    }
  }
  const index = new MiniSearch<Doc>({
    fields: ['text', 'guidance', 'tags', 'roles'],
    searchOptions: {
      boost: { text: 3, tags: 2, roles: 1.5 },
      prefix: true,
      // One typo in five letters: "kafak" finds Kafka, "redis" does not find "reduce".
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(docs);
  return {
    search(query) {
      const q = query.trim();
      if (!q) return order;
      return index.search(q).map((r) => r.id as string);
    },
  };
}

function toDoc(q: Question, labels: Map<string, string>): Doc {
  const roles: Role[] = [q.role, ...(q.alsoFor ?? [])];
  return {
    id: q.id,
    text: q.text,
    guidance: q.guidance,
    tags: [...q.topics.map((t) => labels.get(t) ?? ''), ...q.keywords].join(' '),
    roles: roles.map((r) => ROLE_NAMES[r]).join(' '),
  };
}
