/**
 * Every key Prep Panel keeps in `storage.local` / `storage.session`, spelled
 * once. Content scripts use the browser's storage API directly (no wrapper:
 * their size budget), panels and the background through `utils/settings.ts`;
 * both take their keys from here.
 */

/** `true` when the user hid the in-page launcher on that site (local). */
export const launcherHiddenKey = (siteId: string) => `launcher-hidden:${siteId}`;

/** The in-page panel's width (px) and whether it pushes the page aside, on that site (local): `{ w?, push? }`. */
export const inPagePanelKey = (siteId: string) => `in-page-panel:${siteId}`;

/** The ticked checklist item ids for one meeting (local). */
export const checklistKey = (site: string, meetingId: string) => `checklist:${site}:${meetingId}`;

/** The page context a tab's content script reported (session: gone when the browser closes). */
export const tabContextKey = (tabId: number) => `tab-context:${tabId}`;

/** The role a user chose for one posting, overriding detection (local). A posting is its site, company and title. */
export const roleChoiceKey = (posting: { site: string; company: string | null; title: string }) =>
  `role-choice:${posting.site}|${(posting.company ?? '').toLowerCase()}|${posting.title.toLowerCase()}`;

/** The desired retention spaced review schedules with, 0.80–0.95 (local; absent: 0.9). */
export const reviewRetentionKey = 'review-retention';

/** Scheduled interviews, one list (local; written by the background only, see utils/interviews/store.ts). */
export const interviewsKey = 'interviews';

/** `true` once the welcome page was opened (local): it opens on the first install only. */
export const welcomeShownKey = 'welcome-shown';
