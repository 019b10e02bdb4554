/**
 * The toolbar badge (utils/background/review-badge.ts): the number of cards
 * due, kept up to date by every change the background broadcasts.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, handle, type Sender } from '@/utils/background/handlers';
import { badgeText, enableReviewBadge, withReviewBadge } from '@/utils/background/review-badge';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import type { PanelEvent, Request } from '@/utils/messages';

const sender: Sender = { id: 'test', frameId: 0 };

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

it('shows the due count, empty when none, 999+ past 999', () => {
  expect([0, 1, 42, 999, 1000, -3].map(badgeText)).toEqual(['', '1', '42', '999', '999+', '']);
});

it('follows bookmarks, ratings, undo and own questions once the service worker enables it', async () => {
  const events: PanelEvent[] = [];
  const handlers = createHandlers(withReviewBadge((e) => events.push(e)));
  const send = async (message: Request) => {
    const reply = await handle(handlers, message, sender);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
  const badge = () => fakeBrowser.action.getBadgeText({});

  await send({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
  expect(await badge()).toBe(''); // not enabled yet: unit tests and other contexts leave it alone

  await enableReviewBadge();
  expect(await badge()).toBe('1');
  await send({ type: 'setBookmarked', questionId: 'tech-cap-theorem', bookmarked: true });
  await vi.waitFor(async () => expect(await badge()).toBe('2'));
  await send({ type: 'rateCard', questionId: 'tech-caching', rating: 'good' });
  await vi.waitFor(async () => expect(await badge()).toBe('1'));
  await send({ type: 'undoLastRating' });
  await vi.waitFor(async () => expect(await badge()).toBe('2'));
  await send({ type: 'createOwnQuestion', question: { text: 'Why Kafka over SQS here?', role: 'backend', category: 'technical' } });
  await vi.waitFor(async () => expect(await badge()).toBe('3'));
  await send({ type: 'rateCard', questionId: 'tech-caching', rating: 'easy' });
  await send({ type: 'rateCard', questionId: 'tech-cap-theorem', rating: 'easy' });
  await vi.waitFor(async () => expect(await badge()).toBe('1'));
  expect(events.filter((e) => e.type === 'reviewChanged')).toHaveLength(5);
});
