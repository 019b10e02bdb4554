/** Own questions in the database (utils/db/database.ts). */
import { newCard } from '../review/schedule';
import {
  checkOwnQuestionChanges,
  checkOwnQuestionInput,
  type CardRecord,
  type OwnQuestion,
  type OwnQuestionChanges,
  type OwnQuestionInput,
} from '../review/records';
import { type Bookmark, atomically, capitalize, invalid, run } from './database';
export function randomId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return Array.from({ length: 4 }, () =>
    Math.floor(Math.random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
}

/** Own questions, newest first. */
export function listOwnQuestions(): Promise<OwnQuestion[]> {
  return run(async (db) => (await db.getAllFromIndex('ownQuestions', 'by-createdAt')).reverse());
}

export function getOwnQuestion(id: string): Promise<OwnQuestion | undefined> {
  return run((db) => db.get('ownQuestions', id));
}

/** Adds a question of your own, bookmarks it and gives it a new card, in one transaction. */
export function createOwnQuestion(
  input: OwnQuestionInput,
  now = Date.now(),
): Promise<{ question: OwnQuestion; bookmark: Bookmark; card: CardRecord }> {
  const checked = checkOwnQuestionInput(input);
  if (!checked.ok) return Promise.reject(invalid(`${capitalize(checked.problem)}.`));
  const question: OwnQuestion = { id: `own-${randomId()}`, ...checked.value, createdAt: now, updatedAt: now };
  const bookmark: Bookmark = { questionId: question.id, savedAt: now, updatedAt: now, note: '', status: 'to-review' };
  const card: CardRecord = { questionId: question.id, ...newCard(now) };
  return run(async (db) => {
    const tx = db.transaction(['ownQuestions', 'bookmarks', 'cards'], 'readwrite');
    return atomically(tx, (queue) => {
      queue(tx.objectStore('ownQuestions').add(question));
      queue(tx.objectStore('bookmarks').put(bookmark));
      queue(tx.objectStore('cards').put(card));
      return { question, bookmark, card };
    });
  });
}

/** Changes the fields given (null clears company or askedOn). Returns null when there is no such question. */
export function updateOwnQuestion(id: string, changes: OwnQuestionChanges, now = Date.now()): Promise<OwnQuestion | null> {
  const checked = checkOwnQuestionChanges(changes);
  if (!checked.ok) return Promise.reject(invalid(`${capitalize(checked.problem)}.`));
  return run(async (db) => {
    const tx = db.transaction('ownQuestions', 'readwrite');
    return atomically(tx, async (queue) => {
      const existing = await tx.store.get(id);
      if (!existing) return null;
      const { company, askedOn, ...rest } = checked.value;
      const next: OwnQuestion = { ...existing, ...rest, updatedAt: now };
      if (company === null) delete next.company;
      else if (company !== undefined) next.company = company;
      if (askedOn === null) delete next.askedOn;
      else if (askedOn !== undefined) next.askedOn = askedOn;
      queue(tx.store.put(next));
      return next;
    });
  });
}

/**
 * Deletes an own question with its bookmark, card and draft (nothing could
 * show them any more). Its review-log entries stay, as for any removed
 * bookmark. Returns whether there was such a question.
 */
export function deleteOwnQuestion(id: string): Promise<boolean> {
  return run(async (db) => {
    const tx = db.transaction(['ownQuestions', 'bookmarks', 'cards', 'drafts'], 'readwrite');
    return atomically(tx, async (queue) => {
      const existing = await tx.objectStore('ownQuestions').getKey(id);
      if (existing === undefined) return false;
      queue(tx.objectStore('ownQuestions').delete(id));
      queue(tx.objectStore('bookmarks').delete(id));
      queue(tx.objectStore('cards').delete(id));
      queue(tx.objectStore('drafts').delete(id));
      return true;
    });
  });
}
