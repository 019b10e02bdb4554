/**
 * Progress figures computed from what the background already read, so the
 * Review view's statistics cost one read of the cards and one of the 30 days
 * of ratings. Pure.
 */
import type { DueSummary } from '../bookmarks-db';
import { CARD_BUCKETS, cardState, type CardBucket, type StoredCard } from './schedule';

/** `dueSummary` of utils/bookmarks-db.ts over cards already read (in any order). */
export function summarizeCards(cards: readonly StoredCard[], now: number): DueSummary {
  const byState = Object.fromEntries(CARD_BUCKETS.map((b) => [b, 0])) as Record<CardBucket, number>;
  let dueCount = 0;
  let nextDue: number | null = null;
  for (const card of cards) {
    byState[cardState(card)]++;
    if (card.due <= now) dueCount++;
    else if (nextDue === null || card.due < nextDue) nextDue = card.due;
  }
  return { dueCount, nextDue, byState, total: cards.length };
}

/**
 * The streak (consecutive days with a rating, ending today, or yesterday while
 * today has none yet: as `streak` in utils/bookmarks-db.ts) read off ratings
 * per day, oldest first, today last. Null when every day of the window counts,
 * i.e. the streak is at least as long as the window and needs the log itself.
 */
export function streakWithin(perDay: readonly { count: number }[]): number | null {
  let i = perDay.length - 1;
  if (i >= 0 && perDay[i]!.count === 0) i--; // today is not over yet
  let days = 0;
  for (; i >= 0; i--) {
    if (perDay[i]!.count === 0) return days;
    days++;
  }
  return days === 0 ? 0 : null;
}
