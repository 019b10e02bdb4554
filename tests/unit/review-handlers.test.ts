/**
 * The background's review handlers (utils/background/review-handlers.ts)
 * against fake-indexeddb and WXT's fake browser: what each request stores,
 * replies and broadcasts.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, handle, type Handlers, type Sender } from '@/utils/background/handlers';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import type { PanelEvent, Request, RequestType, Requests } from '@/utils/messages';
import { newCard, rate } from '@/utils/review/schedule';
import { reviewRetentionKey } from '@/utils/storage-keys';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;
const sender: Sender = { id: 'test', frameId: 0 };

let events: PanelEvent[];
let handlers: Handlers;

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
  // Only Date is faked: fake-indexeddb's own scheduling keeps running.
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  events = [];
  handlers = createHandlers((e) => events.push(e));
});
afterEach(() => vi.useRealTimers());

async function send<K extends RequestType>(type: K, payload: Requests[K]['payload']): Promise<Requests[K]['reply']> {
  const reply = await handle(handlers, { type, ...payload } as Request, sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Requests[K]['reply'];
}
const bookmark = (questionId: string) => send('setBookmarked', { questionId, bookmarked: true });

describe('cards and ratings', () => {
  it('lists due cards, rates one (stored, broadcast) and moves it out of the due list; undo brings it back', async () => {
    await bookmark('tech-caching');
    await bookmark('tech-cap-theorem');
    const due = await send('listDueCards', {});
    expect(due.cards.map((c) => c.questionId).sort()).toEqual(['tech-caching', 'tech-cap-theorem']);
    expect(due.retention).toBe(0.9);

    events = [];
    const rated = await send('rateCard', { questionId: 'tech-caching', rating: 'good' });
    // The same schedule ts-fsrs gives a new card rated Good at T0.
    expect(rated?.card.due).toBe(rate(newCard(T0), 'good', T0).card.due);
    expect(events).toEqual([{ type: 'reviewChanged', questionId: 'tech-caching', what: 'card' }]);

    const summary = await send('dueSummary', {});
    expect(summary.dueCount).toBe(1);
    expect(summary.nextDue).toBe(rated!.card.due);
    expect((await send('listDueCards', {})).cards.map((c) => c.questionId)).toEqual(['tech-cap-theorem']);

    events = [];
    const undone = await send('undoLastRating', {});
    expect(undone).toMatchObject({ questionId: 'tech-caching', rating: 'good' });
    expect(undone?.card.reps).toBe(0);
    expect(events).toEqual([{ type: 'reviewChanged', questionId: 'tech-caching', what: 'card' }]);
    expect((await send('dueSummary', {})).dueCount).toBe(2);
    expect(await send('undoLastRating', {})).toBeNull();
  });

  it('a rating for a question without a card changes nothing; a bad rating is refused with a message', async () => {
    expect(await send('rateCard', { questionId: 'tech-caching', rating: 'good' })).toBeNull();
    expect(events).toEqual([]);
    await bookmark('tech-caching');
    await expect(send('rateCard', { questionId: 'tech-caching', rating: 'perfect' as never })).rejects.toThrow('Invalid rating request.');
  });

  it('keeps the desired retention (clamped to 0.80–0.95) and schedules with it', async () => {
    expect(await send('setRetention', { retention: 0.5 })).toBe(0.8);
    expect((await fakeBrowser.storage.local.get(reviewRetentionKey))[reviewRetentionKey]).toBe(0.8);
    expect(await send('setRetention', { retention: 0.99 })).toBe(0.95);
    await expect(send('setRetention', { retention: Number.NaN })).rejects.toThrow(/between 0.80 and 0.95/);

    await bookmark('tech-caching');
    // Into review, then a day later: the interval depends on the retention.
    const first = await send('rateCard', { questionId: 'tech-caching', rating: 'easy' });
    vi.setSystemTime(first!.card.due);
    const second = await send('rateCard', { questionId: 'tech-caching', rating: 'good' });
    const { questionId: _q, ...stored } = first!.card;
    expect(second?.card.due).toBe(rate(stored, 'good', first!.card.due, 0.95).card.due);
    expect(second?.card.due).toBeLessThan(rate(stored, 'good', first!.card.due, 0.9).card.due);
    expect((await send('listDueCards', {})).retention).toBe(0.95);
  });
});

describe('progress', () => {
  it('reports cards by state, ratings per day over 30 days, the streak and coverage per role and category', async () => {
    await bookmark('tech-caching');
    await bookmark('tech-cap-theorem');
    await send('rateCard', { questionId: 'tech-caching', rating: 'good' });
    vi.setSystemTime(T0 + DAY);
    await send('rateCard', { questionId: 'tech-cap-theorem', rating: 'again' });

    const stats = await send('reviewStats', {});
    expect(stats.perDay).toHaveLength(30);
    expect(stats.perDay.slice(-2).map((d) => d.count)).toEqual([1, 1]);
    expect(stats.streak).toBe(2);
    expect(stats.summary.total).toBe(2);
    expect(stats.summary.byState.learning).toBe(2);
    expect(stats.retention).toBe(0.9);
    const backend = stats.byRole.find((r) => r.key === 'backend')!;
    expect(backend).toMatchObject({ inReview: 2, practised: 2, mastered: 0 });
    expect(backend.total).toBeGreaterThan(20);
    expect(stats.byCategory.map((r) => r.key)).toEqual(['technical']);
  });
});

describe('STAR drafts', () => {
  it('autosaves fields into the draft, broadcasts, and refuses an over-long field with a clear message', async () => {
    expect(await send('getDraft', { questionId: 'beh-conflict' })).toBeNull();
    await send('saveDraft', { questionId: 'beh-conflict', fields: { situation: 'Payments team, 2024' } });
    await send('saveDraft', { questionId: 'beh-conflict', fields: { result: 'Refunds 40% faster' } });
    expect(await send('getDraft', { questionId: 'beh-conflict' })).toMatchObject({
      situation: 'Payments team, 2024',
      task: '',
      result: 'Refunds 40% faster',
    });
    expect(events.at(-1)).toEqual({ type: 'reviewChanged', questionId: 'beh-conflict', what: 'draft' });
    await expect(send('saveDraft', { questionId: 'beh-conflict', fields: { action: 'x'.repeat(4001) } })).rejects.toThrow(
      'The action can be at most 4000 characters.',
    );
    expect((await send('getDraft', { questionId: 'beh-conflict' }))?.action).toBe('');
  });
});

describe('own questions', () => {
  const input = {
    text: 'How would you shard our ledger table?',
    notes: 'By account id; rebalance with …',
    role: 'backend',
    category: 'technical',
    company: 'Acme',
  };

  it('create bookmarks it with a card due now and tells every panel', async () => {
    const { question, change } = await send('createOwnQuestion', { question: input });
    expect(question.id).toMatch(/^own-/);
    expect(change.bookmark?.questionId).toBe(question.id);
    expect(events).toEqual([
      { type: 'bookmarkChanged', ...change },
      { type: 'reviewChanged', questionId: question.id, what: 'ownQuestion' },
    ]);
    expect((await send('listDueCards', {})).cards.map((c) => c.questionId)).toEqual([question.id]);
    expect(await send('listOwnQuestions', {})).toEqual([question]);
    await expect(send('createOwnQuestion', { question: { ...input, text: '   ' } })).rejects.toThrow('The question text is empty.');
    await expect(send('createOwnQuestion', { question: { ...input, text: 'q'.repeat(501) } })).rejects.toThrow(
      'The question text can be at most 500 characters.',
    );
  });

  it('edits the fields given; an unknown id is an error', async () => {
    const { question } = await send('createOwnQuestion', { question: input });
    const edited = await send('updateOwnQuestion', { id: question.id, changes: { text: 'How would you shard a ledger?', company: null } });
    expect(edited).toMatchObject({ text: 'How would you shard a ledger?', notes: input.notes });
    expect(edited.company).toBeUndefined();
    await expect(send('updateOwnQuestion', { id: 'own-nothere', changes: { text: 'x' } })).rejects.toThrow(/not there any more/);
  });

  it('delete removes it with bookmark, card and draft and replies with them; restore puts every one back', async () => {
    const { question } = await send('createOwnQuestion', { question: input });
    await send('rateCard', { questionId: question.id, rating: 'hard' });
    await send('updateBookmark', { questionId: question.id, note: 'practise the rebalancing part' });
    await send('saveDraft', { questionId: question.id, fields: { situation: 'Asked at Acme' } });
    const cardBefore = (await send('reviewStats', {})).summary;

    events = [];
    const deleted = await send('deleteOwnQuestion', { id: question.id });
    expect(deleted?.question.id).toBe(question.id);
    expect(deleted?.bookmark?.note).toBe('practise the rebalancing part');
    expect(deleted?.card?.reps).toBe(1);
    expect(deleted?.draft?.situation).toBe('Asked at Acme');
    expect(events[0]).toMatchObject({ type: 'bookmarkChanged', questionId: question.id, bookmark: null });
    expect(await send('listOwnQuestions', {})).toEqual([]);
    expect(await send('listBookmarks', {})).toEqual([]);
    expect(await send('deleteOwnQuestion', { id: question.id })).toBeNull();

    const restored = await send('restoreOwnQuestion', { deleted: deleted! });
    expect(restored.question).toEqual(deleted!.question);
    expect(restored.change?.bookmark?.note).toBe('practise the rebalancing part');
    expect((await send('listBookmarks', {})).map((b) => b.questionId)).toEqual([question.id]);
    expect(await send('getDraft', { questionId: question.id })).toEqual(deleted!.draft);
    expect((await send('reviewStats', {})).summary).toEqual(cardBefore);
  });

  it('restore refuses a snapshot that is not an own question’s', async () => {
    const { question } = await send('createOwnQuestion', { question: input });
    const deleted = (await send('deleteOwnQuestion', { id: question.id }))!;
    await expect(
      send('restoreOwnQuestion', { deleted: { ...deleted, question: { ...deleted.question, id: 'tech-caching' } } }),
    ).rejects.toThrow('Invalid restore request.');
    await expect(
      send('restoreOwnQuestion', { deleted: { ...deleted, card: { ...deleted.card!, questionId: 'own-other', stability: -1 } } }),
    ).rejects.toThrow('Invalid restore request.');
    expect(await send('listOwnQuestions', {})).toEqual([]);
  });
});

describe('mock rounds', () => {
  it('keeps a round and lists rounds newest first', async () => {
    const round = {
      at: T0,
      postingTitle: 'Backend Engineer',
      company: 'Acme',
      role: 'backend',
      items: [{ questionId: 'tech-caching', rating: 'hard' as const, seconds: 95 }],
    };
    const first = await send('addMockRound', { round });
    await send('addMockRound', { round: { ...round, at: T0 + 10 * MIN } });
    expect(first.id).toBeTypeOf('number');
    expect((await send('listMockRounds', {})).map((r) => r.at)).toEqual([T0 + 10 * MIN, T0]);
    expect(await send('listMockRounds', { limit: 1 })).toHaveLength(1);
    expect(events.at(-1)).toEqual({ type: 'reviewChanged', questionId: null, what: 'mockRound' });
    await expect(
      send('addMockRound', { round: { ...round, items: [{ questionId: 'tech-caching', rating: 'meh' as never, seconds: 1 }] } }),
    ).rejects.toThrow('Question 1 of the mock round has an unknown rating.');
  });
});
