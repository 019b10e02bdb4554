/**
 * The spaced-review part of the message protocol (see utils/messages.ts):
 * review cards, STAR drafts, own questions and mock rounds.
 * Handlers: utils/background/review-handlers.ts.
 *
 * Every reply crosses the message channel as JSON (Chrome serializes a Date
 * to a string), so times are epoch ms throughout.
 */
import type {
  Bookmark,
  CardRecord,
  Draft,
  DueSummary,
  MockRound,
  OwnQuestion,
  OwnQuestionChanges,
  OwnQuestionInput,
} from '../bookmarks-db';
import type { BookmarkChange } from '../messages';
import type { StarFields } from './records';
import type { ReviewRating } from './schedule';

export interface ReviewRequests {
  /** Cards due now, soonest first (at most `limit`), and the retention to preview them with. */
  listDueCards: { payload: { limit?: number }; reply: DueCards };
  /** Rates a card now; null when the question has no card (not bookmarked any more). */
  rateCard: { payload: { questionId: string; rating: ReviewRating }; reply: { card: CardRecord } | null };
  /** Undoes the newest rating; null when there is nothing to undo. */
  undoLastRating: { payload: {}; reply: { questionId: string; rating: ReviewRating; card: CardRecord } | null };
  /** How many cards are due, when the next one is, cards per state. Also refreshes the toolbar badge. */
  dueSummary: { payload: {}; reply: DueSummary };
  /** Everything the Review view's progress shows. */
  reviewStats: { payload: {}; reply: ReviewStats };
  /** The streak read from the whole log, for when `reviewStats` says it is longer than its 30 days. */
  reviewStreak: { payload: {}; reply: number };
  /** Sets the desired retention (clamped to 0.80–0.95); replies with the value stored. */
  setRetention: { payload: { retention: number }; reply: number };

  getDraft: { payload: { questionId: string }; reply: Draft | null };
  /** Merges the fields given into the question's STAR draft (autosave). */
  saveDraft: { payload: { questionId: string; fields: Partial<StarFields> }; reply: Draft };

  listOwnQuestions: { payload: {}; reply: OwnQuestion[] };
  /** Adds an own question, bookmarked, with a new card due now. */
  createOwnQuestion: { payload: { question: OwnQuestionInput }; reply: { question: OwnQuestion; change: BookmarkChange } };
  updateOwnQuestion: { payload: { id: string; changes: OwnQuestionChanges }; reply: OwnQuestion };
  /** Deletes an own question with its bookmark, card and draft; replies with all of them, for undo. Null: no such question. */
  deleteOwnQuestion: { payload: { id: string }; reply: DeletedOwnQuestion | null };
  /** Undo of a delete: puts back what `deleteOwnQuestion` removed. */
  restoreOwnQuestion: { payload: { deleted: DeletedOwnQuestion }; reply: { question: OwnQuestion; change: BookmarkChange | null } };

  addMockRound: { payload: { round: Omit<MockRound, 'id'> }; reply: MockRound };
  /** Mock rounds, newest first. */
  listMockRounds: { payload: { limit?: number }; reply: MockRound[] };
}

export interface DueCards {
  cards: CardRecord[];
  /** The desired retention ratings are scheduled with (0.80–0.95). */
  retention: number;
}

/** What deleting an own question removed (the bookmark, card and draft it had, if any). */
export interface DeletedOwnQuestion {
  question: OwnQuestion;
  bookmark: Bookmark | null;
  card: CardRecord | null;
  draft: Draft | null;
}

/** Cards of one role or category: how much of it you have in review and how far along. */
export interface CoverageRow {
  /** Role id ('backend') or category id ('behavioural'). */
  key: string;
  /** Questions there are (the guide's, plus your own). */
  total: number;
  /** Of those, with a card (bookmarked). */
  inReview: number;
  /** Of those, rated at least once. */
  practised: number;
  /** Of those, mastered (stability of three weeks or more). */
  mastered: number;
}

export interface ReviewStats {
  summary: DueSummary;
  /** Ratings per local day, oldest first, the last `perDay.length` (30) days including today. */
  perDay: { day: string; count: number }[];
  /** Consecutive days with a rating, up to today; null when it is longer than `perDay` (ask `reviewStreak`: it walks the log). */
  streak: number | null;
  /** Rows with at least one card, most questions in review first. */
  byRole: CoverageRow[];
  byCategory: CoverageRow[];
  retention: number;
}

/**
 * Broadcast after review state changed: a rating or undo (`what: 'card'`), a
 * draft saved, an own question added, changed or deleted, a mock round kept,
 * or an import (questionId null, nothing said: reload everything).
 */
export type ReviewEvent = {
  type: 'reviewChanged';
  questionId: string | null;
  what?: 'card' | 'draft' | 'ownQuestion' | 'mockRound';
};
