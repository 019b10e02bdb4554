/**
 * Bookmarks and spaced review, kept in IndexedDB in the extension's origin.
 * Only the background service worker opens this database; panels reach it
 * through the messages in `utils/messages.ts`. Shape follows idb's README: a
 * typed schema, cumulative upgrades, one database promise opened lazily on
 * first use.
 *
 * Stores (v3):
 * - bookmarks     questionId → Bookmark (note, status)
 * - cards         questionId → the question's FSRS card (utils/review/schedule.ts)
 * - reviewLog     auto id → one rating, with the card before and after it (for undo)
 * - drafts        questionId → STAR answer draft
 * - ownQuestions  'own-…' → a question you added yourself
 * - mockRounds    auto id → a timed practice round
 *
 * Invariants: every bookmark has a card. Bookmarking creates a card (due
 * now) when there is none; removing a bookmark deletes its card (a question
 * bookmarked again starts over as new) but keeps its review-log entries,
 * which are history and feed the statistics (reviews per day, streak), and
 * keeps its draft, which is the user's writing. Every write checks its
 * fields (utils/review/records.ts) and refuses too-long ones with
 * StorageError('invalid'); each operation is one transaction that awaits
 * nothing but its own requests.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { NOTE_MAX_LENGTH } from './review/limits';
import {
  checkDraftFields,
  checkMockRound,
  checkOwnQuestionChanges,
  checkOwnQuestionInput,
  isQuestionId,
  isRating,
  type CardRecord,
  type Draft,
  type MockRound,
  type OwnQuestion,
  type OwnQuestionChanges,
  type OwnQuestionInput,
  type ReviewLogEntry,
  type StarFields,
} from './review/records';
import {
  CARD_BUCKETS,
  cardState,
  newCard,
  normalizeRetention,
  previewJson,
  rate,
  type CardBucket,
  type RatingPreviewJson,
  type ReviewRating,
  type StoredCard,
} from './review/schedule';
import { addLocalDays, localDayKey, startOfLocalDay } from './review/days';

export { NOTE_MAX_LENGTH };
export type { CardRecord, Draft, MockRound, OwnQuestion, OwnQuestionChanges, OwnQuestionInput, ReviewLogEntry, StarFields };

export const DB_NAME = 'prep-panel';
export const DB_VERSION = 3;

export const REVIEW_STATUSES = ['to-review', 'practised'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Bookmark {
  /** Id of the dataset question (see data/questions.ts), or of an own question ('own-…'). */
  questionId: string;
  /** When it was bookmarked (ms since epoch). */
  savedAt: number;
  /** Last change to note or status (ms since epoch); decides merges on import. */
  updatedAt: number;
  note: string;
  status: ReviewStatus;
}

/** Version 1 stored only `{ questionId, savedAt }`. Kept for the upgrade path and its test. */
export interface BookmarkV1 {
  questionId: string;
  savedAt: number;
}

interface PrepPanelDB extends DBSchema {
  bookmarks: {
    key: string;
    value: Bookmark;
    indexes: { 'by-savedAt': number };
  };
  cards: {
    key: string;
    value: CardRecord;
    indexes: { 'by-due': number };
  };
  reviewLog: {
    key: number;
    value: ReviewLogEntry;
    indexes: { 'by-reviewedAt': number; 'by-questionId': string };
  };
  drafts: {
    key: string;
    value: Draft;
  };
  ownQuestions: {
    key: string;
    value: OwnQuestion;
    indexes: { 'by-createdAt': number };
  };
  mockRounds: {
    key: number;
    value: MockRound;
    indexes: { 'by-at': number };
  };
}

type StoreName = 'bookmarks' | 'cards' | 'reviewLog' | 'drafts' | 'ownQuestions' | 'mockRounds';
const ALL_STORES: StoreName[] = ['bookmarks', 'cards', 'reviewLog', 'drafts', 'ownQuestions', 'mockRounds'];

/** A clear, user-facing reason a storage operation failed. Never wipes data. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly code: 'quota' | 'blocked' | 'newer-version' | 'unavailable' | 'invalid',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

const invalid = (message: string) => new StorageError(message, 'invalid');
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

let dbPromise: Promise<IDBPDatabase<PrepPanelDB>> | null = null;

function open(): Promise<IDBPDatabase<PrepPanelDB>> {
  dbPromise ??= new Promise<IDBPDatabase<PrepPanelDB>>((resolve, reject) => {
    openDB<PrepPanelDB>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('bookmarks', { keyPath: 'questionId' });
        }
        if (oldVersion < 2) {
          // v2 adds note, review status and updatedAt, and an index to list by date.
          const store = tx.objectStore('bookmarks');
          store.createIndex('by-savedAt', 'savedAt');
          void store.openCursor().then(function migrate(cursor): Promise<void> | void {
            if (!cursor) return;
            const old = cursor.value as Partial<Bookmark> & BookmarkV1;
            void cursor.update({
              questionId: old.questionId,
              savedAt: old.savedAt,
              updatedAt: old.updatedAt ?? old.savedAt,
              note: old.note ?? '',
              status: old.status ?? 'to-review',
            });
            return cursor.continue().then(migrate);
          });
        }
        if (oldVersion < 3) {
          // v3 adds spaced review. Bookmarks are untouched; each gets a new card, due now.
          db.createObjectStore('cards', { keyPath: 'questionId' }).createIndex('by-due', 'due');
          const log = db.createObjectStore('reviewLog', { keyPath: 'id', autoIncrement: true });
          log.createIndex('by-reviewedAt', 'reviewedAt');
          log.createIndex('by-questionId', 'questionId');
          db.createObjectStore('drafts', { keyPath: 'questionId' });
          db.createObjectStore('ownQuestions', { keyPath: 'id' }).createIndex('by-createdAt', 'createdAt');
          db.createObjectStore('mockRounds', { keyPath: 'id', autoIncrement: true }).createIndex('by-at', 'at');
          const now = Date.now();
          const cards = tx.objectStore('cards');
          // Queued after the v2 migration's requests (same transaction), which never change keys.
          void tx
            .objectStore('bookmarks')
            .getAllKeys()
            .then((ids) => {
              for (const questionId of ids) void cards.put({ questionId, ...newCard(now) });
            });
        }
      },
      blocked() {
        // An older copy of us still holds the database open. Say so rather than
        // hang; the upgrade finishes by itself once that copy lets go.
        reject(
          new StorageError(
            'Prep Panel is upgrading your bookmarks, but an older copy of it still has them open. Close other Prep Panel pages and try again; nothing was lost.',
            'blocked',
          ),
        );
      },
      blocking(_current, _next, event) {
        // A newer version wants to upgrade: step aside so it is not blocked.
        (event.target as IDBDatabase).close();
        dbPromise = null;
      },
      terminated() {
        // The browser closed the connection (e.g. storage cleared): reopen next time.
        dbPromise = null;
      },
    }).then(resolve, reject);
  }).catch((error: unknown) => {
    dbPromise = null;
    throw toStorageError(error);
  });
  return dbPromise;
}

/** Maps IndexedDB's DOMExceptions to messages a user can act on. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return new StorageError(
        'Your browser is out of storage space for Prep Panel. Free some space, then try again; nothing was lost.',
        'quota',
      );
    case 'VersionError':
      return new StorageError(
        'Your bookmarks were saved by a newer version of Prep Panel. Update the extension to see them; they have not been touched.',
        'newer-version',
      );
    case 'AbortError':
    case 'InvalidStateError':
    case 'UnknownError':
    default:
      return new StorageError(
        `Bookmarks are unavailable right now (${name || 'unknown error'}). Nothing was changed; please try again.`,
        'unavailable',
      );
  }
}

async function run<T>(work: (db: IDBPDatabase<PrepPanelDB>) => Promise<T>): Promise<T> {
  try {
    return await work(await open());
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Waits for the writes `work` queues and for the commit. If anything throws
 * (a write can throw at once, e.g. DataCloneError, which does not abort the
 * transaction by itself), aborts, so the writes already queued roll back too.
 */
async function atomically<T>(
  tx: { abort(): void; done: Promise<void> },
  work: (queue: (write: Promise<unknown>) => void) => Promise<T> | T,
): Promise<T> {
  const writes: Promise<unknown>[] = [];
  const queue = (write: Promise<unknown>) => {
    write.catch(() => {}); // reported through Promise.all below, not as unhandled
    writes.push(write);
  };
  try {
    const result = await work(queue);
    await Promise.all([...writes, tx.done]);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted (an asynchronous failure does that).
    }
    // The queued writes now fail with AbortError: that is expected, not news.
    void Promise.allSettled([...writes, tx.done]);
    throw error;
  }
}

function checkRetention(retention: number | undefined): number {
  try {
    return normalizeRetention(retention);
  } catch (error) {
    throw invalid((error as Error).message);
  }
}

// ---------------------------------------------------------------- bookmarks

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

// ---------------------------------------------------------------- import / export

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

const reviewedLater = (a: StoredCard, b: StoredCard) => (a.lastReview ?? -1) > (b.lastReview ?? -1);
const logKey = (e: { questionId: string; reviewedAt: number }) => `${e.questionId}\u0000${e.reviewedAt}`;
const roundKey = (r: { at: number; postingTitle: string }) => `${r.at}\u0000${r.postingTitle}`;

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

// ---------------------------------------------------------------- cards and ratings

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

const sameCard = (a: StoredCard, b: StoredCard) =>
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

function checkDays(days: number): number {
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

// ---------------------------------------------------------------- drafts

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

// ---------------------------------------------------------------- own questions

function randomId(): string {
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

// ---------------------------------------------------------------- mock rounds

/** Stores a finished mock round; returns it with its id. */
export function addMockRound(round: Omit<MockRound, 'id'>): Promise<MockRound> {
  const checked = checkMockRound(round);
  if (!checked.ok) return Promise.reject(invalid(`${capitalize(checked.problem)}.`));
  return run(async (db) => {
    const tx = db.transaction('mockRounds', 'readwrite');
    return atomically(tx, async (queue) => {
      const id = tx.store.add(checked.value);
      queue(id);
      return { id: await id, ...checked.value };
    });
  });
}

/** Mock rounds, newest first; `limit` keeps the newest n. */
export function listMockRounds(limit?: number): Promise<MockRound[]> {
  return run(async (db) => {
    const tx = db.transaction('mockRounds', 'readonly');
    const rounds: MockRound[] = [];
    let cursor = await tx.store.index('by-at').openCursor(null, 'prev');
    while (cursor && (limit === undefined || rounds.length < limit)) {
      rounds.push(cursor.value);
      cursor = await cursor.continue();
    }
    await tx.done;
    return rounds;
  });
}

/** Closes the connection; the next call reopens it. For tests and shutdown. */
export async function closeBookmarksDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}
