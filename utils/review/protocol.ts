/**
 * The spaced-review part of the message protocol (see utils/messages.ts):
 * review cards, STAR drafts, own questions and mock rounds.
 * Handlers: utils/background/review-handlers.ts.
 */
export interface ReviewRequests {}

/** Broadcast after a rating, an undo or an import changed review state. */
export type ReviewEvent = { type: 'reviewChanged'; questionId: string | null };
