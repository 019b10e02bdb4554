/**
 * Bookmarks, kept in IndexedDB in the extension's origin. Only the background
 * service worker opens this database; panels reach it through the messages in
 * `utils/messages.ts`. Shape follows idb's README: a typed schema, cumulative
 * upgrades, one database promise opened lazily on first use.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'prep-panel';
export const DB_VERSION = 2;

export const REVIEW_STATUSES = ['to-review', 'practised'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Bookmark {
  /** Id of the dataset question (see data/questions.ts). */
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
}

export const NOTE_MAX_LENGTH = 5000;

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
 */
export function setBookmarked(questionId: string, bookmarked: boolean, now = Date.now()): Promise<Bookmark | null> {
  return run(async (db) => {
    const tx = db.transaction('bookmarks', 'readwrite');
    const existing = await tx.store.get(questionId);
    let result: Bookmark | null = existing ?? null;
    if (bookmarked && !existing) {
      result = { questionId, savedAt: now, updatedAt: now, note: '', status: 'to-review' };
      await tx.store.put(result);
    } else if (!bookmarked && existing) {
      result = null;
      await tx.store.delete(questionId);
    }
    await tx.done;
    return result;
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
  if (changes.note !== undefined && changes.note.length > NOTE_MAX_LENGTH) {
    return Promise.reject(new StorageError(`Notes can be at most ${NOTE_MAX_LENGTH} characters.`, 'invalid'));
  }
  if (changes.status !== undefined && !REVIEW_STATUSES.includes(changes.status)) {
    return Promise.reject(new StorageError('Unknown review status.', 'invalid'));
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
 * import never duplicates and never overwrites newer work with older.
 */
export function mergeBookmarks(incoming: Bookmark[]): Promise<{ added: number; updated: number; unchanged: number }> {
  return run(async (db) => {
    const tx = db.transaction('bookmarks', 'readwrite');
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    const writes: Promise<unknown>[] = [];
    try {
      const existing = await Promise.all(incoming.map((b) => tx.store.get(b.questionId)));
      incoming.forEach((bookmark, i) => {
        const current = existing[i];
        if (!current) {
          added++;
          writes.push(tx.store.put(bookmark));
        } else if (bookmark.updatedAt > current.updatedAt) {
          updated++;
          writes.push(tx.store.put({ ...bookmark, savedAt: Math.min(bookmark.savedAt, current.savedAt) }));
        } else {
          unchanged++;
        }
      });
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      // A write that throws at once does not abort the transaction by itself:
      // abort it, so the writes already queued are rolled back too.
      try {
        tx.abort();
      } catch {
        // Already aborted (an asynchronous failure does that).
      }
      // The queued writes now fail with AbortError: that is expected, not news.
      void Promise.allSettled([...writes, tx.done]);
      throw error;
    }
    return { added, updated, unchanged };
  });
}

/** Closes the connection; the next call reopens it. For tests and shutdown. */
export async function closeBookmarksDb(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}
