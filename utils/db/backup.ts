/** Import / export in the database (utils/db/database.ts). */
import { newCard } from '../review/schedule';
import { type CardRecord, type Draft, type MockRound, type OwnQuestion, type ReviewLogEntry } from '../review/records';
import { type StoredCard } from '../review/schedule';
import { ALL_STORES, type Bookmark, atomically, run } from './database';
/** Everything a backup holds; the collections of an export file. */
export interface BackupData {
  bookmarks: Bookmark[];
  cards: CardRecord[];
  /** Export files carry `before`/`after` as null: only the newest local rating can be undone. */
  reviewLog: ReviewLogEntry[];
  drafts: Draft[];
  ownQuestions: OwnQuestion[];
  mockRounds: MockRound[];
}

export interface MergeResult {
  /** Bookmarks added, replaced by a newer copy, and kept because ours was newer. */
  added: number;
  updated: number;
  unchanged: number;
  /** Records written in the other stores (new or replaced by a newer copy). */
  cards: number;
  reviews: number;
  drafts: number;
  ownQuestions: number;
  mockRounds: number;
}

/** Every record of every store, in one read-only transaction (for export). Bookmarks newest first. */
export function exportAll(): Promise<BackupData> {
  return run(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readonly');
    const [bookmarks, cards, reviewLog, drafts, ownQuestions, mockRounds] = await Promise.all([
      tx.objectStore('bookmarks').index('by-savedAt').getAll(),
      tx.objectStore('cards').getAll(),
      tx.objectStore('reviewLog').getAll(),
      tx.objectStore('drafts').getAll(),
      tx.objectStore('ownQuestions').getAll(),
      tx.objectStore('mockRounds').getAll(),
      tx.done,
    ]);
    return { bookmarks: bookmarks.reverse(), cards, reviewLog, drafts, ownQuestions, mockRounds };
  });
}

export const reviewedLater = (a: StoredCard, b: StoredCard) => (a.lastReview ?? -1) > (b.lastReview ?? -1);
export const logKey = (e: { questionId: string; reviewedAt: number }) => `${e.questionId}\u0000${e.reviewedAt}`;
export const roundKey = (r: { at: number; postingTitle: string }) => `${r.at}\u0000${r.postingTitle}`;

/**
 * Merges an import (parsed and validated by utils/bookmark-file.ts) in ONE
 * transaction across all stores: every record lands or none does.
 * - bookmarks, drafts, own questions: the copy changed last wins (`updatedAt`);
 * - cards: the copy reviewed last wins; a card is only kept for a question
 *   that is bookmarked after the merge, and a bookmark without one gets a new card;
 * - review log and mock rounds are history: entries not already present
 *   (same question and time; same time and posting) are added, none replaced.
 */
export function mergeImport(data: Partial<BackupData> & { bookmarks: Bookmark[] }, now = Date.now()): Promise<MergeResult> {
  const incomingCards = data.cards ?? [];
  const incomingLog = data.reviewLog ?? [];
  const incomingDrafts = data.drafts ?? [];
  const incomingOwn = data.ownQuestions ?? [];
  const incomingRounds = data.mockRounds ?? [];
  return run(async (db) => {
    const tx = db.transaction(ALL_STORES, 'readwrite');
    const s = {
      bookmarks: tx.objectStore('bookmarks'),
      cards: tx.objectStore('cards'),
      reviewLog: tx.objectStore('reviewLog'),
      drafts: tx.objectStore('drafts'),
      ownQuestions: tx.objectStore('ownQuestions'),
      mockRounds: tx.objectStore('mockRounds'),
    };
    return atomically(tx, async (queue) => {
      const result: MergeResult = { added: 0, updated: 0, unchanged: 0, cards: 0, reviews: 0, drafts: 0, ownQuestions: 0, mockRounds: 0 };
      const cardIds = [...new Set([...data.bookmarks.map((b) => b.questionId), ...incomingCards.map((c) => c.questionId)])];
      const logIds = [...new Set(incomingLog.map((e) => e.questionId))];
      // Every read first, in parallel; then every write, with no await between.
      const [bookmarks, bookmarkedIds, cards, drafts, own, logs, rounds] = await Promise.all([
        Promise.all(data.bookmarks.map((b) => s.bookmarks.get(b.questionId))),
        Promise.all(cardIds.map((id) => s.bookmarks.getKey(id))),
        Promise.all(cardIds.map((id) => s.cards.get(id))),
        Promise.all(incomingDrafts.map((d) => s.drafts.get(d.questionId))),
        Promise.all(incomingOwn.map((q) => s.ownQuestions.get(q.id))),
        Promise.all(logIds.map((id) => s.reviewLog.index('by-questionId').getAll(id))),
        incomingRounds.length ? s.mockRounds.getAll() : Promise.resolve([]),
      ]);

      const bookmarkedAfter = new Set(data.bookmarks.map((b) => b.questionId));
      cardIds.forEach((id, i) => bookmarkedIds[i] !== undefined && bookmarkedAfter.add(id));
      data.bookmarks.forEach((bookmark, i) => {
        const current = bookmarks[i];
        if (!current) {
          result.added++;
          queue(s.bookmarks.put(bookmark));
        } else if (bookmark.updatedAt > current.updatedAt) {
          result.updated++;
          queue(s.bookmarks.put({ ...bookmark, savedAt: Math.min(bookmark.savedAt, current.savedAt) }));
        } else {
          result.unchanged++;
        }
      });

      const cardById = new Map(cardIds.map((id, i) => [id, cards[i]]));
      for (const card of incomingCards) {
        if (!bookmarkedAfter.has(card.questionId)) continue;
        const current = cardById.get(card.questionId);
        if (!current || reviewedLater(card, current)) {
          result.cards++;
          queue(s.cards.put(card));
          cardById.set(card.questionId, card);
        }
      }
      for (const bookmark of data.bookmarks) {
        if (cardById.get(bookmark.questionId)) continue;
        const card = { questionId: bookmark.questionId, ...newCard(now) };
        result.cards++;
        queue(s.cards.put(card));
        cardById.set(bookmark.questionId, card);
      }

      incomingDrafts.forEach((draft, i) => {
        const current = drafts[i];
        if (!current || draft.updatedAt > current.updatedAt) {
          result.drafts++;
          queue(s.drafts.put(draft));
        }
      });

      incomingOwn.forEach((question, i) => {
        const current = own[i];
        if (!current || question.updatedAt > current.updatedAt) {
          result.ownQuestions++;
          queue(s.ownQuestions.put(current ? { ...question, createdAt: Math.min(question.createdAt, current.createdAt) } : question));
        }
      });

      const seenLog = new Set(logs.flat().map(logKey));
      for (const entry of incomingLog) {
        if (seenLog.has(logKey(entry))) continue;
        seenLog.add(logKey(entry));
        const { id: _id, ...rest } = entry;
        result.reviews++;
        queue(s.reviewLog.add(rest));
      }

      const seenRounds = new Set(rounds.map(roundKey));
      for (const round of incomingRounds) {
        if (seenRounds.has(roundKey(round))) continue;
        seenRounds.add(roundKey(round));
        const { id: _id, ...rest } = round;
        result.mockRounds++;
        queue(s.mockRounds.add(rest));
      }
      return result;
    });
  });
}
