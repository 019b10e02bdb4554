/**
 * A question you added yourself, shown like any question of the guide: its
 * notes stand where the guide's guidance does, its role and category are the
 * ones you picked (the form offers the guide's roles and categories; anything
 * else, say from an old import, shows as General / Technical).
 *
 * Runtime imports only from data/schema, so the panel's first chunk can use
 * this without pulling in the scheduler (utils/review/records.ts imports it).
 */
import { CATEGORIES, ROLES, type Category, type Question, type Role } from '@/data/schema';
import type { OwnQuestion } from './records';

export const OWN_ID_PREFIX = 'own-';

/** Whether a question id is one of yours (ids are 'own-' and a random part; records.ts checks the whole shape). */
export const isOwnId = (id: string): boolean => id.startsWith(OWN_ID_PREFIX);

export const ownRole = (q: Pick<OwnQuestion, 'role'>): Role =>
  (ROLES as readonly string[]).includes(q.role) ? (q.role as Role) : 'general';

export const ownCategory = (q: Pick<OwnQuestion, 'category'>): Category =>
  (CATEGORIES as readonly string[]).includes(q.category) ? (q.category as Category) : 'technical';

export function ownToQuestion(q: OwnQuestion): Question {
  return {
    id: q.id,
    category: ownCategory(q),
    role: ownRole(q),
    text: q.text,
    guidance: q.notes,
    topics: [],
    keywords: [q.company ?? ''].filter(Boolean).map((c) => c.toLowerCase()),
  };
}
