/** Drafts in the database (utils/db/database.ts). */
import { checkDraftFields, isQuestionId, type Draft, type StarFields } from '../review/records';
import { atomically, capitalize, invalid, run } from './database';
export function getDraft(questionId: string): Promise<Draft | undefined> {
  return run((db) => db.get('drafts', questionId));
}

/**
 * Saves the STAR fields given (autosave): they are merged into the stored
 * draft, fields not given keep their text. Each field is at most 4000 characters.
 */
export function saveDraft(questionId: string, fields: Partial<StarFields>, now = Date.now()): Promise<Draft> {
  if (!isQuestionId(questionId)) return Promise.reject(invalid('A draft needs the id of its question.'));
  const checked = checkDraftFields(fields, true);
  if (!checked.ok) return Promise.reject(invalid(`${capitalize(checked.problem)}.`));
  return run(async (db) => {
    const tx = db.transaction('drafts', 'readwrite');
    return atomically(tx, async (queue) => {
      const existing = await tx.store.get(questionId);
      const draft: Draft = {
        questionId,
        situation: '',
        task: '',
        action: '',
        result: '',
        ...existing,
        ...checked.value,
        updatedAt: now,
      };
      queue(tx.store.put(draft));
      return draft;
    });
  });
}

export function deleteDraft(questionId: string): Promise<void> {
  return run((db) => db.delete('drafts', questionId));
}
