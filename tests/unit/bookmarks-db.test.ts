import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import {
  DB_NAME,
  DB_VERSION,
  StorageError,
  closeBookmarksDb,
  getBookmark,
  getCard,
  listBookmarks,
  listCards,
  mergeBookmarks,
  setBookmarked,
  toStorageError,
  updateBookmark,
  type Bookmark,
  type BookmarkV1,
} from '@/utils/bookmarks-db';

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('bookmark store', () => {
  it('bookmarks, lists newest first, and un-bookmarks', async () => {
    await setBookmarked('tech-caching', true, 1000);
    await setBookmarked('tech-cap-theorem', true, 2000);
    expect((await listBookmarks()).map((b) => b.questionId)).toEqual(['tech-cap-theorem', 'tech-caching']);
    expect(await getBookmark('tech-caching')).toEqual({
      questionId: 'tech-caching',
      savedAt: 1000,
      updatedAt: 1000,
      note: '',
      status: 'to-review',
    });
    expect(await setBookmarked('tech-caching', false)).toBeNull();
    expect((await listBookmarks()).map((b) => b.questionId)).toEqual(['tech-cap-theorem']);
  });

  it('setting the state it already has changes nothing (two panels clicking at once converge)', async () => {
    await setBookmarked('tech-caching', true, 1000);
    await updateBookmark('tech-caching', { note: 'cache-aside first' }, 1500);
    const again = await setBookmarked('tech-caching', true, 9999);
    expect(again).toMatchObject({ savedAt: 1000, note: 'cache-aside first' });
    await Promise.all([setBookmarked('x', true), setBookmarked('x', true), setBookmarked('x', false), setBookmarked('x', false)]);
    expect(await getBookmark('x')).toBeUndefined();
  });

  it('keeps a note and a review status', async () => {
    await setBookmarked('tech-idempotency', true, 1000);
    await updateBookmark('tech-idempotency', { note: 'Idempotency-Key header; store result by key' }, 2000);
    const b = await updateBookmark('tech-idempotency', { status: 'practised' }, 3000);
    expect(b).toEqual({
      questionId: 'tech-idempotency',
      savedAt: 1000,
      updatedAt: 3000,
      note: 'Idempotency-Key header; store result by key',
      status: 'practised',
    });
  });

  it('changing only the status keeps the note, even when the other field is sent as undefined', async () => {
    await setBookmarked('q', true, 500);
    await updateBookmark('q', { note: 'keep me' }, 1000);
    const b = await updateBookmark('q', { note: undefined, status: 'practised' }, 2000);
    expect(b).toMatchObject({ note: 'keep me', status: 'practised' });
  });

  it('a note saved after the bookmark was removed does not bring it back', async () => {
    await setBookmarked('q', true, 500);
    await setBookmarked('q', false);
    expect(await updateBookmark('q', { note: 'late save' })).toBeNull();
    expect(await getBookmark('q')).toBeUndefined();
  });

  it('rejects an over-long note or an unknown status without touching the record', async () => {
    await setBookmarked('q', true, 1000);
    await expect(updateBookmark('q', { note: 'x'.repeat(5001) })).rejects.toBeInstanceOf(StorageError);
    await expect(updateBookmark('q', { status: 'done' as never })).rejects.toThrow(/status/);
    expect(await getBookmark('q')).toMatchObject({ note: '', status: 'to-review' });
  });

  it('upgrades a version-1 database and keeps every record', async () => {
    const v1: BookmarkV1[] = Array.from({ length: 25 }, (_, i) => ({ questionId: `q-${i}`, savedAt: 1_700_000_000_000 + i }));
    const old = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('bookmarks', { keyPath: 'questionId' });
      },
    });
    for (const record of v1) await old.put('bookmarks', record);
    old.close();

    const upgraded = await listBookmarks();
    expect(upgraded).toHaveLength(25);
    expect(upgraded[0]).toEqual({
      questionId: 'q-24',
      savedAt: v1[24]!.savedAt,
      updatedAt: v1[24]!.savedAt,
      note: '',
      status: 'to-review',
    });
    expect(new Set(upgraded.map((b) => b.questionId))).toEqual(new Set(v1.map((b) => b.questionId)));
    // Straight from v1 to v3: the v3 step gives every (migrated) bookmark a new card.
    expect(new Set((await listCards()).map((c) => c.questionId))).toEqual(new Set(v1.map((b) => b.questionId)));
    expect(await getCard('q-0')).toMatchObject({ state: 'new', reps: 0, lastReview: null });
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(DB_VERSION);
    raw.close();
  });

  it('refuses a database from a newer version with a clear message, and leaves it alone', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore('bookmarks', { keyPath: 'questionId' }).put({ questionId: 'future', savedAt: 1 });
      },
    });
    newer.close();
    await expect(listBookmarks()).rejects.toThrow(/newer version of Prep Panel/);
    const check = await openDB(DB_NAME);
    expect(check.version).toBe(DB_VERSION + 1);
    expect(await check.count('bookmarks')).toBe(1);
    check.close();
  });

  it('reports a blocked upgrade instead of hanging', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('bookmarks', { keyPath: 'questionId' });
      },
    });
    // `old` does not close when asked to: the upgrade is blocked.
    await expect(listBookmarks()).rejects.toMatchObject({ code: 'blocked' });
    old.close();
    await closeBookmarksDb();
  });

  it('maps a quota error to a message that says nothing was lost', () => {
    const error = toStorageError(new DOMException('full', 'QuotaExceededError'));
    expect(error.code).toBe('quota');
    expect(error.message).toMatch(/out of storage space.*nothing was lost/);
  });

  describe('merge (import)', () => {
    const b = (questionId: string, updatedAt: number, note = ''): Bookmark => ({
      questionId,
      savedAt: 100,
      updatedAt,
      note,
      status: 'to-review',
    });

    it('adds new, replaces older and keeps newer records, with no duplicates', async () => {
      await mergeBookmarks([b('a', 10, 'mine, old'), b('b', 50, 'mine, new')]);
      const result = await mergeBookmarks([b('a', 20, 'theirs, newer'), b('b', 30, 'theirs, older'), b('c', 5)]);
      expect(result).toEqual({ added: 1, updated: 1, unchanged: 1 });
      const all = await listBookmarks();
      expect(all).toHaveLength(3);
      expect(Object.fromEntries(all.map((x) => [x.questionId, x.note]))).toEqual({ a: 'theirs, newer', b: 'mine, new', c: '' });
      // Every bookmark has a card, none twice.
      expect((await listCards()).map((x) => x.questionId).sort()).toEqual(['a', 'b', 'c']);
    });

    it('is all or nothing: a failing record rolls back the whole import', async () => {
      await setBookmarked('keep', true, 1);
      const bad = { questionId: 'bad', savedAt: 1, updatedAt: 1, note: () => {} } as unknown as Bookmark; // a function cannot be stored: its put throws
      await expect(mergeBookmarks([b('new-1', 1), bad, b('new-2', 1)])).rejects.toBeInstanceOf(StorageError);
      expect((await listBookmarks()).map((x) => x.questionId)).toEqual(['keep']);
      expect((await listCards()).map((x) => x.questionId)).toEqual(['keep']);
    });
  });
});
