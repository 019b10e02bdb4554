/**
 * Progress figures from what the background already read (utils/review/stats.ts):
 * the same due summary as the database's, and the streak off 30 days of ratings,
 * with the whole log asked only for a streak longer than that.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, handle, type Sender } from '@/utils/background/handlers';
import { closeBookmarksDb, dueSummary, listCards, mergeImport, setBookmarked, rateCard } from '@/utils/bookmarks-db';
import type { Request } from '@/utils/messages';
import { PanelModel } from '@/components/state/panel-model';
import { streakWithin, summarizeCards } from '@/utils/review/stats';
import { RATINGS } from '@/utils/review/schedule';
import { createTestHub } from './panel-api-fake';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

const days = (...counts: number[]) => counts.map((count) => ({ count }));

describe('streakWithin', () => {
  it.each([
    [days(0, 0, 0), 0],
    [days(5, 0, 2, 1, 0), 2], // today has none yet: the streak ends yesterday
    [days(5, 0, 2, 1, 3), 3],
    [days(1, 1, 0, 0), 0],
    [days(0, 4), 1],
    [days(1, 1, 1), null], // every day of the window: longer than it can tell
    [days(1, 1, 1, 0), null],
  ])('%j → %s', (perDay, expected) => expect(streakWithin(perDay)).toBe(expected));
});

it('summarizeCards gives what dueSummary gives', async () => {
  for (let i = 0; i < 12; i++) await setBookmarked(`q-${i}`, true, T0);
  for (let i = 0; i < 12; i++) if (i % 3) await rateCard(`q-${i}`, RATINGS[i % 4]!, T0 + i * 60_000);
  for (const now of [T0, T0 + 5 * 60_000, T0 + 2 * DAY, T0 + 40 * DAY]) {
    expect(summarizeCards(await listCards(), now)).toEqual(await dueSummary(now));
  }
});

it('reviewStats leaves a streak longer than its 30 days to reviewStreak, which walks the log', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  try {
    await setBookmarked('tech-caching', true);
    // A rating on each of the last 45 days, today included.
    const reviewLog = Array.from({ length: 45 }, (_, i) => ({
      questionId: 'tech-caching',
      rating: 'good' as const,
      reviewedAt: T0 - i * DAY,
      before: null,
      after: null,
    }));
    await mergeImport({ bookmarks: [], reviewLog });
    const handlers = createHandlers(() => {});
    const send = async (message: Request) => {
      const reply = await handle(handlers, message, { id: 'test', frameId: 0 } as Sender);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };
    const stats = (await send({ type: 'reviewStats' })) as { streak: number | null; summary: unknown };
    expect(stats.streak).toBeNull();
    expect(stats.summary).toEqual(await dueSummary());
    expect(await send({ type: 'reviewStreak' })).toBe(45);

    // The panel shows the rest first, then the long streak.
    const state = new PanelModel(createTestHub().createApi());
    await state.review.watchStats();
    expect(state.review.stats.value?.streak).toBe(45);
    state[Symbol.dispose]();
  } finally {
    vi.useRealTimers();
  }
});
