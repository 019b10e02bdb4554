/**
 * Coverage: for each role and each category, how many of its questions you
 * have in review, have practised and have mastered. Pure: takes the cards and
 * the questions (the guide's and your own); the background feeds it.
 */
import type { Category, Role } from '@/data/schema';
import type { CoverageRow } from './protocol';
import { cardState, type StoredCard } from './schedule';

export interface QuestionMeta {
  id: string;
  role: Role;
  category: Category;
}

export function coverage(
  cards: readonly (StoredCard & { questionId: string })[],
  questions: Iterable<QuestionMeta>,
  /** Finds a question not in `questions` by id (a renamed one, through its alias). */
  lookup: (id: string) => QuestionMeta | undefined = () => undefined,
): { byRole: CoverageRow[]; byCategory: CoverageRow[] } {
  const meta = new Map<string, QuestionMeta>();
  for (const q of questions) if (!meta.has(q.id)) meta.set(q.id, q);
  const roles = new Map<string, CoverageRow>();
  const categories = new Map<string, CoverageRow>();
  const row = (rows: Map<string, CoverageRow>, key: string) => {
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, total: 0, inReview: 0, practised: 0, mastered: 0 }));
    return r;
  };
  for (const q of meta.values()) {
    row(roles, q.role).total++;
    row(categories, q.category).total++;
  }
  for (const card of cards) {
    const q = meta.get(card.questionId) ?? lookup(card.questionId);
    if (!q) continue; // a question this version no longer has
    for (const r of [row(roles, q.role), row(categories, q.category)]) {
      r.inReview++;
      if (card.reps > 0) r.practised++;
      if (cardState(card) === 'mastered') r.mastered++;
    }
  }
  const used = (rows: Map<string, CoverageRow>) =>
    [...rows.values()].filter((r) => r.inReview > 0).sort((a, b) => b.inReview - a.inReview || a.key.localeCompare(b.key));
  return { byRole: used(roles), byCategory: used(categories) };
}
