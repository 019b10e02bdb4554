/** Bookmarks in the database (utils/db/database.ts). */
import { newCard } from '../review/schedule';
import { NOTE_MAX_LENGTH } from '../review/limits';
import { type Bookmark, REVIEW_STATUSES, type ReviewStatus, atomically, invalid, run } from './database';
import { mergeImport } from './backup';
/** All bookmarks, newest first. */
export function listBookmarks(): Promise<Bookmark[]> {
  return run(async (db) => (await db.getAllFromIndex('bookmarks', 'by-savedAt')).reverse());
}

export function getBookmark(questionId: string): Promise<Bookmark | undefined> {
  return run((db) => db.get('bookmarks', questionId));
}

/**
 * Bookmarks or un-bookmarks a question. Takes the wanted state rather than
 * "toggle", so two panels clicking at once converge instead of cancelling out.
 * Returns the bookmark now stored, or null when removed.
 *
 * Bookmarking gives the question a new card (due now) unless it has one;
 * removing deletes the card but keeps the question's review log and draft.
 */
export function setBookmarked(questionId: string, bookmarked: boolean, now = Date.now()): Promise<Bookmark | null> {
  return run(async (db) => {
    const tx = db.transaction(['bookmarks', 'cards'], 'readwrite');
    const bookmarks = tx.objectStore('bookmarks');
    const cards = tx.objectStore('cards');
    return atomically(tx, async (queue) => {
      const [existing, card] = await Promise.all([bookmarks.get(questionId), cards.getKey(questionId)]);
      let result: Bookmark | null = existing ?? null;
      if (bookmarked) {
        if (!existing) {
          result = { questionId, savedAt: now, updatedAt: now, note: '', status: 'to-review' };
          queue(bookmarks.put(result));
        }
        if (card === undefined) queue(cards.put({ questionId, ...newCard(now) }));
      } else {
        result = null;
        if (existing) queue(bookmarks.delete(questionId));
        if (card !== undefined) queue(cards.delete(questionId));
      }
      return result;
    });
  });
}

/**
 * Updates the note and/or status of a bookmark. Returns null, changing
 * nothing, when the question is not bookmarked (any more): a note saved just
 * after the bookmark was removed must not bring it back.
 */
export function updateBookmark(
  questionId: string,
  changes: { note?: string; status?: ReviewStatus },
  now = Date.now(),
): Promise<Bookmark | null> {
  if (changes.note !== undefined && (typeof changes.note !== 'string' || changes.note.length > NOTE_MAX_LENGTH)) {
    return Promise.reject(invalid(`Notes can be at most ${NOTE_MAX_LENGTH} characters.`));
  }
  if (changes.status !== undefined && !REVIEW_STATUSES.includes(changes.status)) {
    return Promise.reject(invalid('Unknown review status.'));
  }
  return run(async (db) => {
    const tx = db.transaction('bookmarks', 'readwrite');
    const existing = await tx.store.get(questionId);
    if (!existing) {
      await tx.done;
      return null;
    }
    // Only the fields given: `{ note: undefined }` must not erase a note.
    const next: Bookmark = {
      ...existing,
      note: changes.note ?? existing.note,
      status: changes.status ?? existing.status,
      updatedAt: now,
    };
    await tx.store.put(next);
    await tx.done;
    return next;
  });
}

/**
 * Merges bookmarks in ONE transaction: either every record lands or none does.
 * A question already bookmarked keeps whichever copy was changed last, so an
 * import never duplicates and never overwrites newer work with older. New
 * bookmarks get a new card. (The import of a whole file is `mergeImport`.)
 */
export async function mergeBookmarks(
  incoming: Bookmark[],
  now = Date.now(),
): Promise<{ added: number; updated: number; unchanged: number }> {
  const { added, updated, unchanged } = await mergeImport({ bookmarks: incoming }, now);
  return { added, updated, unchanged };
}
