/**
 * Bookmarks and spaced review, kept in IndexedDB in the extension's origin.
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
export * from './db/database';
export * from './db/bookmarks';
export * from './db/backup';
export * from './db/cards';
export * from './db/drafts';
export * from './db/own-questions';
export * from './db/mock-rounds';
