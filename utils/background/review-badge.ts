/**
 * The toolbar badge: how many review cards are due, empty when none.
 * `browser.action` is the toolbar button in Chrome and in Firefox MV3, and
 * needs no permission.
 *
 * Refreshed when the service worker starts, after every change to bookmarks
 * or review state (the background's broadcasts, see `withReviewBadge`), and
 * whenever a panel asks for the due summary (a panel asks again when its next
 * card falls due, so the badge follows the clock while a panel is open; with
 * no alarm permission nothing wakes the worker just for the clock).
 *
 * Off until `enableReviewBadge()` (the service worker calls it), so unit
 * tests of the handlers never touch the badge.
 */
import { browser } from 'wxt/browser';
import { dueSummary } from '@/utils/bookmarks-db';
import type { PanelEvent } from '@/utils/messages';

const BADGE_COLOR = '#4f46e5'; // indigo-600, the panel's accent

let enabled = false;
let shown: string | null = null;
let refreshing: Promise<void> | null = null;
let again = false;

/** Starts keeping the badge (from the service worker's start) and shows the count now. */
export function enableReviewBadge(): Promise<void> {
  enabled = true;
  return refreshReviewBadge();
}

/** The badge's text for a due count: empty for none, "999+" past 999 (a badge has room for four characters). */
export function badgeText(dueCount: number): string {
  if (dueCount <= 0) return '';
  return dueCount > 999 ? '999+' : String(dueCount);
}

/** Shows `dueCount` on the badge (no-op until enabled, or when unchanged). */
export async function showDueOnBadge(dueCount: number): Promise<void> {
  if (!enabled) return;
  const text = badgeText(dueCount);
  if (text === shown) return;
  shown = text;
  try {
    await browser.action.setBadgeText({ text });
    if (text) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  } catch {
    shown = null; // try again next time
  }
}

/** Reads the due count and shows it; calls during a refresh are coalesced into one more. */
export function refreshReviewBadge(): Promise<void> {
  if (!enabled) return Promise.resolve();
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      try {
        await showDueOnBadge((await dueSummary()).dueCount);
      } catch {
        // The database is unavailable; the badge keeps its last count.
      }
    } while (again);
  })().finally(() => (refreshing = null));
  return refreshing;
}

/** Wraps the background's broadcast so that every change to bookmarks or review state refreshes the badge. */
export function withReviewBadge(broadcast: (event: PanelEvent) => void): (event: PanelEvent) => void {
  return (event) => {
    broadcast(event);
    if (
      event.type === 'bookmarkChanged' ||
      event.type === 'bookmarksImported' ||
      (event.type === 'reviewChanged' && event.what !== 'draft')
    )
      void refreshReviewBadge();
  };
}
