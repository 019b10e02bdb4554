/**
 * The database: bookmarks and spaced review, kept in IndexedDB in the extension's origin.
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
import { NOTE_MAX_LENGTH } from '../review/limits';
import {
  type CardRecord,
  type Draft,
  type MockRound,
  type OwnQuestion,
  type OwnQuestionChanges,
  type OwnQuestionInput,
  type ReviewLogEntry,
  type StarFields,
} from '../review/records';
import { newCard, normalizeRetention } from '../review/schedule';
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

export interface PrepPanelDB extends DBSchema {
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

export type StoreName = 'bookmarks' | 'cards' | 'reviewLog' | 'drafts' | 'ownQuestions' | 'mockRounds';
export const ALL_STORES: StoreName[] = ['bookmarks', 'cards', 'reviewLog', 'drafts', 'ownQuestions', 'mockRounds'];

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

export const invalid = (message: string) => new StorageError(message, 'invalid');
export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export let dbPromise: Promise<IDBPDatabase<PrepPanelDB>> | null = null;

export function open(): Promise<IDBPDatabase<PrepPanelDB>> {
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

export async function run<T>(work: (db: IDBPDatabase<PrepPanelDB>) => Promise<T>): Promise<T> {
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
export async function atomically<T>(
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

export function checkRetention(retention: number | undefined): number {
  try {
    return normalizeRetention(retention);
  } catch (error) {
    throw invalid((error as Error).message);
  }
}

/** Closes the connection; the next call reopens it. For tests and shutdown. */
export async function closeBookmarksDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}
