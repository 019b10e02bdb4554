/** Cards and ratings in the database (utils/db/database.ts). */
import { isRating, type CardRecord } from '../review/records';
import {
  CARD_BUCKETS,
  cardState,
  previewJson,
  rate,
  type CardBucket,
  type RatingPreviewJson,
  type ReviewRating,
  type StoredCard,
} from '../review/schedule';
import { addLocalDays, localDayKey, startOfLocalDay } from '../review/days';
import { atomically, checkRetention, invalid, run } from './database';
/** Cards ordered by due date (soonest first); `dueBy` keeps those due by then, `limit` the first n. */
export function listCards(options: { dueBy?: number; limit?: number } = {}): Promise<CardRecord[]> {
  const range = options.dueBy === undefined ? undefined : IDBKeyRange.upperBound(options.dueBy);
  return run((db) => db.getAllFromIndex('cards', 'by-due', range, options.limit));
}

export function getCard(questionId: string): Promise<CardRecord | undefined> {
  return run((db) => db.get('cards', questionId));
}

export interface RateResult {
  card: CardRecord;
  /** Key of the new review-log entry. */
  logId: number;
  /** What each rating would do next time, from `now`. */
  preview: RatingPreviewJson;
}

/**
 * Rates a question's card at `now` in one transaction: reads the card,
 * schedules it (utils/review/schedule.ts), writes it and a log entry.
 * Returns null, changing nothing, when the question has no card (it is not
 * bookmarked any more): a late rating must not bring a removed bookmark back.
 */
export function rateCard(questionId: string, rating: ReviewRating, now = Date.now(), retention?: number): Promise<RateResult | null> {
  if (!isRating(rating)) return Promise.reject(invalid('Unknown rating: use again, hard, good or easy.'));
  let r: number;
  try {
    r = checkRetention(retention);
  } catch (error) {
    return Promise.reject(error);
  }
  return run(async (db) => {
    const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
    const cards = tx.objectStore('cards');
    return atomically(tx, async (queue) => {
      const current = await cards.get(questionId);
      if (!current) return null;
      const { questionId: _q, ...before } = current;
      const next = rate(before, rating, now, r);
      const card: CardRecord = { questionId, ...next.card };
      queue(cards.put(card));
      const logId = tx.objectStore('reviewLog').add({ questionId, ...next.log });
      queue(logId);
      return { card, logId: await logId, preview: previewJson(next.card, now, r) };
    });
  });
}

export const sameCard = (a: StoredCard, b: StoredCard) =>
  a.due === b.due &&
  a.stability === b.stability &&
  a.difficulty === b.difficulty &&
  a.scheduledDays === b.scheduledDays &&
  a.learningSteps === b.learningSteps &&
  a.reps === b.reps &&
  a.lapses === b.lapses &&
  a.state === b.state &&
  a.lastReview === b.lastReview;

/**
 * Undoes the newest rating: puts back the card as it was before it and
 * deletes its log entry. Returns null, changing nothing, when there is
 * nothing to undo: no log, the newest entry came from an import, or the card
 * changed since (removed, re-bookmarked, or replaced by an import).
 */
export function undoLastRating(): Promise<{ questionId: string; rating: ReviewRating; card: CardRecord } | null> {
  return run(async (db) => {
    const tx = db.transaction(['cards', 'reviewLog'], 'readwrite');
    return atomically(tx, async (queue) => {
      const cursor = await tx.objectStore('reviewLog').openCursor(null, 'prev');
      if (!cursor) return null;
      const entry = cursor.value;
      const current = await tx.objectStore('cards').get(entry.questionId);
      if (!entry.before || !entry.after || !current) return null;
      const { questionId, ...stored } = current;
      if (!sameCard(stored, entry.after)) return null;
      const card: CardRecord = { questionId, ...entry.before };
      queue(tx.objectStore('cards').put(card));
      queue(cursor.delete());
      return { questionId, rating: entry.rating, card };
    });
  });
}

export interface DueSummary {
  /** Cards due by `now` (new cards are due from the moment they are made). */
  dueCount: number;
  /** The soonest due date after `now` (ms), null when no card is waiting. */
  nextDue: number | null;
  /** Cards per `cardState` bucket. */
  byState: Record<CardBucket, number>;
  total: number;
}

export function dueSummary(now = Date.now()): Promise<DueSummary> {
  return run(async (db) => {
    const cards = await db.getAllFromIndex('cards', 'by-due');
    const byState = Object.fromEntries(CARD_BUCKETS.map((b) => [b, 0])) as Record<CardBucket, number>;
    let dueCount = 0;
    let nextDue: number | null = null;
    for (const card of cards) {
      byState[cardState(card)]++;
      if (card.due <= now) dueCount++;
      else nextDue ??= card.due; // sorted by due: the first one after now is the soonest
    }
    return { dueCount, nextDue, byState, total: cards.length };
  });
}

export function checkDays(days: number): number {
  if (typeof days !== 'number' || !Number.isFinite(days)) throw invalid('The number of days must be a number.');
  return Math.min(366, Math.max(1, Math.floor(days)));
}

/**
 * Ratings per local day for the last `days` days (1–366), today included,
 * oldest first: `[{ day: 'YYYY-MM-DD', count }]`.
 */
export function reviewsPerDay(days: number, now = Date.now()): Promise<{ day: string; count: number }[]> {
  let n: number;
  try {
    n = checkDays(days);
  } catch (error) {
    return Promise.reject(error);
  }
  return run(async (db) => {
    const tx = db.transaction('reviewLog', 'readonly');
    const index = tx.store.index('by-reviewedAt');
    const starts = Array.from({ length: n }, (_, i) => addLocalDays(now, i - (n - 1)));
    const counts = await Promise.all(starts.map((start) => index.count(IDBKeyRange.bound(start, addLocalDays(start, 1), false, true))));
    await tx.done;
    return starts.map((start, i) => ({ day: localDayKey(start), count: counts[i]! }));
  });
}

/**
 * Consecutive local days with at least one rating, ending today, or
 * yesterday when there is none yet today (the streak is not broken until
 * the day is over). 0 when neither day has a rating.
 */
export function streak(now = Date.now()): Promise<number> {
  return run(async (db) => {
    const tx = db.transaction('reviewLog', 'readonly');
    const today = startOfLocalDay(now);
    let cursor = await tx.store.index('by-reviewedAt').openKeyCursor(IDBKeyRange.upperBound(addLocalDays(today, 1), true), 'prev');
    let expected = today;
    let days = 0;
    while (cursor) {
      const day = startOfLocalDay(cursor.key);
      if (day !== expected && !(days === 0 && day === addLocalDays(today, -1))) break;
      days++;
      expected = addLocalDays(day, -1);
      // Skip the rest of this day's ratings: jump to the newest before it.
      cursor = await cursor.continue(day - 1);
    }
    await tx.done;
    return days;
  });
}
