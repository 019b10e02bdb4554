/**
 * Spaced review in IndexedDB (fake-indexeddb): the v2 → v3 upgrade, cards
 * following bookmarks, rating and undo, statistics, drafts, own questions,
 * mock rounds and the all-stores import merge.
 */
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import {
  DB_NAME,
  StorageError,
  addMockRound,
  closeBookmarksDb,
  createOwnQuestion,
  deleteOwnQuestion,
  dueSummary,
  exportAll,
  getBookmark,
  getCard,
  getDraft,
  getOwnQuestion,
  listBookmarks,
  listCards,
  listMockRounds,
  listOwnQuestions,
  mergeImport,
  rateCard,
  reviewsPerDay,
  saveDraft,
  setBookmarked,
  streak,
  undoLastRating,
  updateBookmark,
  updateOwnQuestion,
  type Bookmark,
  type CardRecord,
  type Draft,
  type ReviewLogEntry,
} from '@/utils/bookmarks-db';
import { parseImportFile, toExportFile } from '@/utils/bookmark-file';
import { newCard, rate } from '@/utils/review/schedule';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  vi.useRealTimers();
});

async function rawLog(): Promise<ReviewLogEntry[]> {
  await listBookmarks(); // make sure the module created the database
  const db = await openDB(DB_NAME);
  const all = (await db.getAll('reviewLog')) as ReviewLogEntry[];
  db.close();
  return all;
}

describe('upgrade from version 2', () => {
  const v2: Bookmark[] = [
    { questionId: 'tech-caching', savedAt: 1_700_000_000_000, updatedAt: 1_700_000_500_000, note: 'cache-aside; TTL', status: 'practised' },
    { questionId: 'tech-auth', savedAt: 1_700_000_100_000, updatedAt: 1_700_000_100_000, note: '', status: 'to-review' },
    {
      questionId: 'beh-conflict',
      savedAt: 1_700_000_200_000,
      updatedAt: 1_700_000_900_000,
      note: 'STAR: the release freeze.\nLine two — ünïcødé ✓',
      status: 'to-review',
    },
  ];

  async function createV2() {
    const old = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('bookmarks', { keyPath: 'questionId' }).createIndex('by-savedAt', 'savedAt');
      },
    });
    for (const b of v2) await old.put('bookmarks', b);
    old.close();
  }

  it('keeps every bookmark unchanged and gives each a new card due at the time of the upgrade', async () => {
    await createV2();
    const upgradeAt = Date.parse('2026-02-03T10:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(upgradeAt);

    expect(await listBookmarks()).toEqual([...v2].reverse());
    for (const b of v2) expect(await getBookmark(b.questionId)).toEqual(b);
    const cards = await listCards();
    expect(cards).toHaveLength(3);
    for (const b of v2) expect(await getCard(b.questionId)).toEqual({ questionId: b.questionId, ...newCard(upgradeAt) });
    expect((await dueSummary(upgradeAt)).dueCount).toBe(3);

    const db = await openDB(DB_NAME);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['bookmarks', 'cards', 'drafts', 'mockRounds', 'ownQuestions', 'reviewLog']);
    const tx = db.transaction(['cards', 'reviewLog', 'mockRounds', 'bookmarks'], 'readonly');
    expect([...tx.objectStore('cards').indexNames]).toEqual(['by-due']);
    expect([...tx.objectStore('reviewLog').indexNames].sort()).toEqual(['by-questionId', 'by-reviewedAt']);
    expect([...tx.objectStore('bookmarks').indexNames]).toEqual(['by-savedAt']);
    expect(await tx.objectStore('reviewLog').count()).toBe(0);
    db.close();
  });

  it('an empty version-2 database upgrades to empty stores', async () => {
    const old = await openDB(DB_NAME, 2, {
      upgrade(db) {
        db.createObjectStore('bookmarks', { keyPath: 'questionId' }).createIndex('by-savedAt', 'savedAt');
      },
    });
    old.close();
    expect(await listBookmarks()).toEqual([]);
    expect(await listCards()).toEqual([]);
  });
});

describe('cards follow bookmarks', () => {
  it('bookmarking creates a card due now, once; removing deletes it but keeps the review log and draft', async () => {
    await setBookmarked('q', true, T0);
    expect(await getCard('q')).toEqual({ questionId: 'q', ...newCard(T0) });
    await rateCard('q', 'good', T0 + MIN);
    const rated = await getCard('q');
    await setBookmarked('q', true, T0 + 2 * MIN); // already bookmarked: card kept
    expect(await getCard('q')).toEqual(rated);
    await saveDraft('q', { situation: 'S' }, T0);

    expect(await setBookmarked('q', false)).toBeNull();
    expect(await getCard('q')).toBeUndefined();
    expect(await rawLog()).toHaveLength(1);
    expect(await getDraft('q')).toMatchObject({ situation: 'S' });

    await setBookmarked('q', true, T0 + DAY); // bookmarked again: starts over
    expect(await getCard('q')).toEqual({ questionId: 'q', ...newCard(T0 + DAY) });
  });

  it('updating a note does not touch the card', async () => {
    await setBookmarked('q', true, T0);
    await updateBookmark('q', { note: 'n' }, T0 + 1);
    expect(await getCard('q')).toEqual({ questionId: 'q', ...newCard(T0) });
  });
});

describe('rating and undo', () => {
  it('rates in one step: stores the card and a log entry, and returns what the next ratings would do', async () => {
    await setBookmarked('q', true, T0);
    const result = await rateCard('q', 'good', T0);
    const expected = rate(newCard(T0), 'good', T0).card;
    expect(result!.card).toEqual({ questionId: 'q', ...expected });
    expect(new Date(result!.card.due).toISOString()).toBe('2026-01-01T09:10:00.000Z');
    expect(await getCard('q')).toEqual(result!.card);
    expect(result!.preview.good).toEqual({ due: Date.parse('2026-01-03T09:00:00Z'), intervalText: 'in 2 days' });
    expect(result!.preview.again.intervalText).toBe('in 1 minute');
    expect(await rawLog()).toEqual([
      { id: result!.logId, questionId: 'q', rating: 'good', reviewedAt: T0, before: newCard(T0), after: expected },
    ]);
  });

  it('uses the retention given', async () => {
    await setBookmarked('a', true, T0);
    await setBookmarked('b', true, T0);
    const lax = await rateCard('a', 'easy', T0, 0.8);
    const strict = await rateCard('b', 'easy', T0, 0.95);
    expect(new Date(lax!.card.due).toISOString()).toBe('2026-01-29T09:00:00.000Z');
    expect(new Date(strict!.card.due).toISOString()).toBe('2026-01-04T09:00:00.000Z');
  });

  it('a rating for a question that is not bookmarked changes nothing and returns null', async () => {
    expect(await rateCard('nope', 'good', T0)).toBeNull();
    expect(await rawLog()).toEqual([]);
    expect(await getCard('nope')).toBeUndefined();
  });

  it('refuses an unknown rating or a retention that is not a number', async () => {
    await setBookmarked('q', true, T0);
    await expect(rateCard('q', 'perfect' as never, T0)).rejects.toMatchObject({ code: 'invalid', message: /again, hard, good or easy/ });
    await expect(rateCard('q', 'good', T0, Number.NaN)).rejects.toMatchObject({ code: 'invalid', message: /retention/ });
    expect(await getCard('q')).toEqual({ questionId: 'q', ...newCard(T0) });
  });

  it('undo restores the card before the newest rating and deletes its entry, one rating at a time', async () => {
    await setBookmarked('q', true, T0);
    await setBookmarked('r', true, T0);
    const first = await rateCard('q', 'good', T0);
    await rateCard('r', 'hard', T0 + MIN);
    await rateCard('q', 'good', T0 + 10 * MIN);

    expect(await undoLastRating()).toEqual({ questionId: 'q', rating: 'good', card: first!.card });
    expect(await getCard('q')).toEqual(first!.card);
    expect(await undoLastRating()).toMatchObject({ questionId: 'r', rating: 'hard' });
    expect(await getCard('r')).toEqual({ questionId: 'r', ...newCard(T0) });
    expect(await undoLastRating()).toMatchObject({ questionId: 'q' });
    expect(await getCard('q')).toEqual({ questionId: 'q', ...newCard(T0) });
    expect(await undoLastRating()).toBeNull();
    expect(await rawLog()).toEqual([]);
  });

  it('undo does nothing when the card changed since (removed, or bookmarked again)', async () => {
    await setBookmarked('q', true, T0);
    await rateCard('q', 'good', T0);
    await setBookmarked('q', false);
    expect(await undoLastRating()).toBeNull();
    expect(await getCard('q')).toBeUndefined(); // not brought back
    await setBookmarked('q', true, T0 + DAY);
    expect(await undoLastRating()).toBeNull();
    expect(await getCard('q')).toEqual({ questionId: 'q', ...newCard(T0 + DAY) });
    expect(await rawLog()).toHaveLength(1);
  });
});

describe('dueSummary', () => {
  it('counts due cards, finds the next due date and sorts cards by state', async () => {
    for (const id of ['new-1', 'new-2', 'learn', 'young', 'old']) await setBookmarked(id, true, T0);
    await rateCard('learn', 'good', T0); // due 09:10
    await rateCard('young', 'easy', T0); // review, due in 8 days, stability 8.3
    await mergeImport({
      bookmarks: [],
      cards: [{ questionId: 'old', ...newCard(T0), state: 'review', stability: 40, reps: 5, lastReview: T0, due: T0 + 30 * DAY }],
    });

    expect(await dueSummary(T0)).toEqual({
      dueCount: 2,
      nextDue: T0 + 10 * MIN,
      byState: { new: 2, learning: 1, due: 1, mastered: 1 },
      total: 5,
    });
    expect((await dueSummary(T0 + 10 * MIN)).dueCount).toBe(3);
    expect(await dueSummary(T0 + 31 * DAY)).toMatchObject({ dueCount: 5, nextDue: null });
    expect((await listCards({ dueBy: T0 + 10 * MIN })).map((c) => c.questionId).sort()).toEqual(['learn', 'new-1', 'new-2']);
    expect((await listCards({ limit: 1 }))[0]!.due).toBe(T0);
  });

  it('is all zeros with no cards', async () => {
    expect(await dueSummary(T0)).toEqual({ dueCount: 0, nextDue: null, byState: { new: 0, learning: 0, due: 0, mastered: 0 }, total: 0 });
  });
});

describe('reviewsPerDay and streak (local days)', () => {
  // Local times, so the test holds in any time zone.
  const at = (day: number, hour: number, minute = 0) => new Date(2026, 0, day, hour, minute).getTime();

  async function reviewAt(times: number[]) {
    await setBookmarked('q', true, times[0]);
    for (const t of times) await rateCard('q', 'good', t);
  }

  it('counts ratings per local day over the last N days, oldest first, today included', async () => {
    await reviewAt([at(3, 9), at(5, 0, 0), at(5, 23, 59), at(6, 12), at(6, 12, 5), at(6, 18), at(7, 8)]);
    expect(await reviewsPerDay(5, at(7, 20))).toEqual([
      { day: '2026-01-03', count: 1 },
      { day: '2026-01-04', count: 0 },
      { day: '2026-01-05', count: 2 },
      { day: '2026-01-06', count: 3 },
      { day: '2026-01-07', count: 1 },
    ]);
    expect(await reviewsPerDay(1, at(7, 20))).toEqual([{ day: '2026-01-07', count: 1 }]);
    expect(await reviewsPerDay(2, at(10, 9))).toEqual([
      { day: '2026-01-09', count: 0 },
      { day: '2026-01-10', count: 0 },
    ]);
    expect(await reviewsPerDay(0.5, at(7, 20))).toHaveLength(1);
    expect(await reviewsPerDay(10_000, at(7, 20))).toHaveLength(366);
    await expect(reviewsPerDay(Number.NaN, at(7, 20))).rejects.toMatchObject({ code: 'invalid' });
  });

  it('streak: consecutive days ending today, or yesterday while today has none yet', async () => {
    expect(await streak(at(7, 20))).toBe(0);
    await reviewAt([at(2, 9), at(4, 23, 30), at(5, 0, 30), at(5, 7), at(5, 22), at(6, 12)]);
    expect(await streak(at(6, 20))).toBe(3); // 4, 5, 6
    expect(await streak(at(7, 8))).toBe(3); // none yet on the 7th: still 3
    expect(await streak(at(8, 8))).toBe(0); // the 7th passed without one
    expect(await streak(at(5, 23))).toBe(2); // as of the 5th: 4, 5
    expect(await streak(at(3, 12))).toBe(1); // the 2nd, seen from the 3rd
  });
});

describe('drafts', () => {
  it('autosave merges the fields given into the stored draft', async () => {
    expect(await getDraft('q')).toBeUndefined();
    await saveDraft('q', { situation: 'Release week' }, T0);
    await saveDraft('q', { action: 'Split the migration' }, T0 + 1);
    const d = await saveDraft('q', { situation: 'Release week, two teams', result: undefined }, T0 + 2);
    const expected: Draft = {
      questionId: 'q',
      situation: 'Release week, two teams',
      task: '',
      action: 'Split the migration',
      result: '',
      updatedAt: T0 + 2,
    };
    expect(d).toEqual(expected);
    expect(await getDraft('q')).toEqual(expected);
  });

  it('refuses a field over 4000 characters or not text, and keeps the stored draft', async () => {
    await saveDraft('q', { task: 'keep' }, T0);
    await expect(saveDraft('q', { action: 'x'.repeat(4001) })).rejects.toThrow('The action can be at most 4000 characters.');
    await expect(saveDraft('q', { result: 42 as never })).rejects.toMatchObject({ code: 'invalid', message: 'The result is not text.' });
    await expect(saveDraft('', { task: 't' })).rejects.toThrow('A draft needs the id of its question.');
    await saveDraft('q', { action: 'x'.repeat(4000) }, T0 + 1); // the limit itself is fine
    expect(await getDraft('q')).toMatchObject({ task: 'keep' });
  });
});

describe('own questions', () => {
  const input = {
    text: '  How would you shard our orders table?  ',
    role: 'backend',
    category: 'System design',
    company: 'Acme',
    askedOn: '2026-01-12',
  };

  it('create stores it, bookmarks it and gives it a card, all at once', async () => {
    const { question, bookmark, card } = await createOwnQuestion(input, T0);
    expect(question).toEqual({
      id: expect.stringMatching(/^own-[A-Za-z0-9_-]+$/),
      text: 'How would you shard our orders table?',
      notes: '',
      role: 'backend',
      category: 'System design',
      company: 'Acme',
      askedOn: '2026-01-12',
      createdAt: T0,
      updatedAt: T0,
    });
    expect(await getOwnQuestion(question.id)).toEqual(question);
    expect(await getBookmark(question.id)).toEqual(bookmark);
    expect(bookmark).toMatchObject({ savedAt: T0, status: 'to-review' });
    expect(await getCard(question.id)).toEqual(card);
    expect(card).toEqual({ questionId: question.id, ...newCard(T0) });
    const second = await createOwnQuestion({ text: 'Why us?', role: 'general', category: 'HR' }, T0 + 1);
    expect(second.question.id).not.toBe(question.id);
    expect(second.question).not.toHaveProperty('company');
    expect((await listOwnQuestions()).map((q) => q.id)).toEqual([second.question.id, question.id]);
  });

  it('update changes the fields given; null clears company and date; unknown id gives null', async () => {
    const { question } = await createOwnQuestion(input, T0);
    const next = await updateOwnQuestion(question.id, { notes: 'They liked range sharding', company: null, askedOn: null }, T0 + 5);
    expect(next).toEqual({
      ...question,
      notes: 'They liked range sharding',
      company: undefined,
      askedOn: undefined,
      updatedAt: T0 + 5,
    });
    expect(next).not.toHaveProperty('company');
    expect(await getOwnQuestion(question.id)).toEqual(next);
    expect(await updateOwnQuestion('own-missing', { notes: 'x' })).toBeNull();
  });

  it.each([
    ['text over 500 characters', { ...input, text: 'x'.repeat(501) }, 'The question text can be at most 500 characters.'],
    ['empty text', { ...input, text: '   ' }, 'The question text is empty.'],
    ['notes over 5000 characters', { ...input, notes: 'x'.repeat(5001) }, 'The notes can be at most 5000 characters.'],
    ['no role', { ...input, role: undefined as unknown as string }, 'The role is missing.'],
    ['a date that is not one', { ...input, askedOn: '2026-02-30' }, 'The date asked is not a date (YYYY-MM-DD).'],
    ['a company that is not text', { ...input, company: 7 as unknown as string }, 'The company is not text.'],
  ])('refuses %s with a clear message and stores nothing', async (_name, bad, message) => {
    const error = await createOwnQuestion(bad, T0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'invalid', message });
    expect(await listOwnQuestions()).toEqual([]);
    expect(await listBookmarks()).toEqual([]);
  });

  it('refuses an over-long update and keeps the question', async () => {
    const { question } = await createOwnQuestion(input, T0);
    await expect(updateOwnQuestion(question.id, { text: 'y'.repeat(501) })).rejects.toMatchObject({ code: 'invalid' });
    expect(await getOwnQuestion(question.id)).toEqual(question);
  });

  it('delete removes the question with its bookmark, card and draft, and keeps its review log', async () => {
    const { question } = await createOwnQuestion(input, T0);
    await rateCard(question.id, 'good', T0);
    await saveDraft(question.id, { situation: 's' }, T0);
    expect(await deleteOwnQuestion(question.id)).toBe(true);
    expect(await getOwnQuestion(question.id)).toBeUndefined();
    expect(await getBookmark(question.id)).toBeUndefined();
    expect(await getCard(question.id)).toBeUndefined();
    expect(await getDraft(question.id)).toBeUndefined();
    expect(await rawLog()).toHaveLength(1);
    expect(await deleteOwnQuestion(question.id)).toBe(false);
  });
});

describe('mock rounds', () => {
  const round = (at: number) => ({
    at,
    postingTitle: 'Senior Backend Engineer',
    company: 'Acme',
    role: 'backend',
    items: [
      { questionId: 'tech-caching', rating: 'good' as const, seconds: 95 },
      { questionId: 'tech-auth', rating: 'again' as const, seconds: 240.5 },
    ],
  });

  it('adds with an id and lists newest first', async () => {
    const a = await addMockRound(round(T0));
    const b = await addMockRound(round(T0 + DAY));
    expect(a).toEqual({ id: expect.any(Number), ...round(T0) });
    expect(await listMockRounds()).toEqual([b, a]);
    expect(await listMockRounds(1)).toEqual([b]);
  });

  it('refuses a bad rating, time or over-long title', async () => {
    await expect(addMockRound({ ...round(T0), items: [{ questionId: 'q', rating: 'meh' as never, seconds: 1 }] })).rejects.toThrow(
      'Question 1 of the mock round has an unknown rating.',
    );
    await expect(addMockRound({ ...round(T0), items: [{ questionId: 'q', rating: 'good', seconds: -1 }] })).rejects.toThrow(/invalid time/);
    await expect(addMockRound({ ...round(T0), postingTitle: 'x'.repeat(301) })).rejects.toThrow(/at most 300 characters/);
    expect(await listMockRounds()).toEqual([]);
  });
});

describe('mergeImport (all stores, one transaction)', () => {
  const bookmark = (questionId: string, updatedAt = 10): Bookmark => ({ questionId, savedAt: 5, updatedAt, note: '', status: 'to-review' });
  const reviewed = (questionId: string, lastReview: number): CardRecord => ({
    questionId,
    ...rate(newCard(T0), 'easy', lastReview).card,
  });

  it('merges each store by its own rule', async () => {
    await setBookmarked('mine', true, T0);
    await rateCard('mine', 'good', T0 + MIN); // our card: reviewed at T0 + 1 min
    await saveDraft('mine', { situation: 'ours, newer' }, T0 + 100);
    const { question } = await createOwnQuestion({ text: 'Mine', role: 'qa', category: 'c' }, T0);

    const result = await mergeImport(
      {
        bookmarks: [bookmark('mine', 1), bookmark('theirs'), bookmark('bare')],
        cards: [reviewed('mine', T0), reviewed('theirs', T0 + 5 * MIN), reviewed('not-bookmarked', T0)],
        drafts: [
          { questionId: 'mine', situation: 'theirs, older', task: '', action: '', result: '', updatedAt: T0 },
          { questionId: 'theirs', situation: 'imported', task: 't', action: '', result: '', updatedAt: T0 },
        ],
        reviewLog: [
          { questionId: 'mine', rating: 'good', reviewedAt: T0 + MIN, before: null, after: null }, // we have it
          { questionId: 'theirs', rating: 'easy', reviewedAt: T0 + 5 * MIN, before: null, after: null },
          { questionId: 'theirs', rating: 'easy', reviewedAt: T0 + 5 * MIN, before: null, after: null }, // twice in the file
        ],
        ownQuestions: [
          { ...question, text: 'Mine, edited elsewhere', updatedAt: T0 + 1 },
          { id: 'own-other', text: 'Other', notes: '', role: 'qa', category: 'c', createdAt: T0, updatedAt: T0 },
        ],
        mockRounds: [{ at: T0, postingTitle: 'P', company: 'C', role: 'qa', items: [] }],
      },
      T0 + DAY,
    );
    expect(result).toEqual({ added: 2, updated: 0, unchanged: 1, cards: 2, reviews: 1, drafts: 1, ownQuestions: 2, mockRounds: 1 });

    expect((await getCard('mine'))!.lastReview).toBe(T0 + MIN); // ours was reviewed later
    expect(await getCard('theirs')).toEqual(reviewed('theirs', T0 + 5 * MIN));
    expect(await getCard('bare')).toEqual({ questionId: 'bare', ...newCard(T0 + DAY) }); // no card in the file: a new one
    expect(await getCard('not-bookmarked')).toBeUndefined();
    expect((await getDraft('mine'))!.situation).toBe('ours, newer');
    expect((await getDraft('theirs'))!.situation).toBe('imported');
    expect((await getOwnQuestion(question.id))!.text).toBe('Mine, edited elsewhere');
    expect(await rawLog()).toHaveLength(2);

    // The same file again changes nothing.
    const again = await mergeImport({
      bookmarks: [bookmark('theirs')],
      reviewLog: [{ questionId: 'theirs', rating: 'easy', reviewedAt: T0 + 5 * MIN, before: null, after: null }],
      mockRounds: [{ at: T0, postingTitle: 'P', company: 'C', role: 'qa', items: [] }],
    });
    expect(again).toMatchObject({ added: 0, unchanged: 1, reviews: 0, mockRounds: 0, cards: 0 });
    expect(await listMockRounds()).toHaveLength(1);
  });

  it('imported ratings cannot be undone, and do not let undo touch the card', async () => {
    await setBookmarked('q', true, T0);
    await rateCard('q', 'good', T0);
    const card = await getCard('q');
    await mergeImport({ bookmarks: [], reviewLog: [{ questionId: 'q', rating: 'hard', reviewedAt: T0 - DAY, before: null, after: null }] });
    expect(await undoLastRating()).toBeNull();
    expect(await getCard('q')).toEqual(card);
  });

  it('is all or nothing: one record that cannot be stored rolls back every store', async () => {
    await setBookmarked('keep', true, T0);
    const before = await exportAll();
    const bad = { questionId: 'bad', situation: () => {}, task: '', action: '', result: '', updatedAt: 1 } as unknown as Draft;
    await expect(
      mergeImport({
        bookmarks: [bookmark('new-1'), bookmark('new-2')],
        cards: [reviewed('new-1', T0)],
        reviewLog: [{ questionId: 'new-1', rating: 'good', reviewedAt: T0, before: null, after: null }],
        ownQuestions: [{ id: 'own-x', text: 'X', notes: '', role: 'r', category: 'c', createdAt: T0, updatedAt: T0 }],
        drafts: [bad],
      }),
    ).rejects.toBeInstanceOf(StorageError);
    expect(await exportAll()).toEqual(before);
  });

  it('a whole backup round-trips into an empty profile', async () => {
    await setBookmarked('tech-caching', true, T0);
    await updateBookmark('tech-caching', { note: 'n' }, T0 + 1);
    await rateCard('tech-caching', 'good', T0 + 2);
    await saveDraft('tech-caching', { result: 'shipped' }, T0 + 3);
    await createOwnQuestion({ text: 'Own', role: 'qa', category: 'c' }, T0 + 4);
    await addMockRound({
      at: T0 + 5,
      postingTitle: 'P',
      company: 'C',
      role: 'qa',
      items: [{ questionId: 'tech-caching', rating: 'good', seconds: 60 }],
    });
    const exported = await exportAll();
    const text = JSON.stringify(toExportFile(exported));

    await closeBookmarksDb();
    globalThis.indexedDB = new IDBFactory();
    const parsed = parseImportFile(text, (id) => (id === 'tech-caching' ? id : null));
    if (!parsed.ok) throw new Error(parsed.error);
    await mergeImport(parsed);
    const restored = await exportAll();
    const withoutUndo = (log: ReviewLogEntry[]) => log.map(({ id: _id, before: _b, after: _a, ...rest }) => rest);
    const withoutId = <T extends { id?: number }>(list: T[]) => list.map(({ id: _id, ...rest }) => rest);
    expect(restored.bookmarks).toEqual(exported.bookmarks);
    expect(restored.cards).toEqual(exported.cards);
    expect(restored.drafts).toEqual(exported.drafts);
    expect(restored.ownQuestions).toEqual(exported.ownQuestions);
    expect(withoutUndo(restored.reviewLog)).toEqual(withoutUndo(exported.reviewLog));
    expect(withoutId(restored.mockRounds)).toEqual(withoutId(exported.mockRounds));
  });
});
