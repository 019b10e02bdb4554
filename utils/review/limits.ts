/**
 * Every size limit on what Prep Panel stores and imports, in one place. The
 * database refuses a longer field with StorageError('invalid'), an import
 * file with one is refused whole, and editors can use the same numbers for
 * `maxLength`. `utils/bookmarks-db.ts` and `utils/bookmark-file.ts` re-export
 * the ones they always had.
 */

/** A bookmark's note. */
export const NOTE_MAX_LENGTH = 5000;
/** Each STAR field (situation, task, action, result) of an answer draft. */
export const DRAFT_FIELD_MAX_LENGTH = 4000;
/** The text of a question you add yourself. */
export const OWN_QUESTION_TEXT_MAX_LENGTH = 500;
/** Notes on a question you add yourself. */
export const OWN_QUESTION_NOTES_MAX_LENGTH = 5000;
/** Role and category names (of own questions and mock rounds). */
export const LABEL_MAX_LENGTH = 100;
/** A company name. */
export const COMPANY_MAX_LENGTH = 200;
/** The posting title a mock round was run for. */
export const POSTING_TITLE_MAX_LENGTH = 300;
/** Questions in one mock round. */
export const MOCK_ROUND_MAX_ITEMS = 200;
/** Seconds spent on one mock-round question (a day). */
export const MOCK_ITEM_MAX_SECONDS = 86_400;
/** A question id, dataset or own. */
export const QUESTION_ID_MAX_LENGTH = 200;

/**
 * An import file's size, checked before it is parsed. A v2 export of 10,000
 * bookmarks with their cards and notes plus years of review history (about
 * 80 bytes a review) stays under this.
 */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Records per collection in one import (bookmarks, cards, drafts, own questions, mock rounds). */
export const IMPORT_MAX_RECORDS = 20_000;
/** Review-log entries in one import (30 reviews a day for nine years). */
export const IMPORT_MAX_REVIEWS = 100_000;

/** Questions a mock interview asks: 3 to 10, 5 by default. */
export const MOCK_MIN_QUESTIONS = 3;
export const MOCK_MAX_QUESTIONS = 10;
export const MOCK_DEFAULT_QUESTIONS = 5;
/** Seconds to answer each mock-interview question aloud, by default. */
export const MOCK_DEFAULT_SECONDS = 120;

/** The number of questions a mock interview asks: an integer from 3 to 10 (5 when not a number). */
export function clampQuestionCount(count: number): number {
  if (!Number.isFinite(count)) return MOCK_DEFAULT_QUESTIONS;
  return Math.min(MOCK_MAX_QUESTIONS, Math.max(MOCK_MIN_QUESTIONS, Math.round(count)));
}
