import type { Dataset, Question } from './schema';
import { questions } from './questions';
import { tips } from './tips';
import { topics } from './topics';
import { negotiationAdvice, salaryBands, salaryCaveat, salarySource } from './salary';
import { interviewProcess } from './interview-process';

export { questions, tips, topics, salaryBands, salarySource, salaryCaveat, negotiationAdvice, interviewProcess };

/**
 * Old question id -> current id. Add an entry whenever a question is renamed
 * or merged so bookmarks made with the old id keep working. Targets must be
 * live ids (no chains); data/validate.ts enforces it.
 */
export const idAliases: Record<string, string> = {};

/** Everything the panel shows, bundled: works offline, nothing fetched. */
export const dataset: Dataset = {
  role: 'backend',
  title: 'Backend developer interviews in India, 2025',
  questions,
  tips,
  topics,
  salaryBands,
  idAliases,
};

const byIdCache = new WeakMap<Dataset, Map<string, Question>>();

/** The question with this id, following a renamed id's alias; undefined if unknown. */
export function questionById(id: string, d: Dataset = dataset): Question | undefined {
  let byId = byIdCache.get(d);
  if (!byId) {
    byId = new Map(d.questions.map((q) => [q.id, q]));
    byIdCache.set(d, byId);
  }
  return byId.get(id) ?? (Object.hasOwn(d.idAliases, id) ? byId.get(d.idAliases[id] as string) : undefined);
}
