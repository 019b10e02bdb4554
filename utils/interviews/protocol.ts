/**
 * The scheduled-interviews part of the message protocol (see utils/messages.ts).
 * Handlers: utils/background/interview-handlers.ts.
 */
export interface InterviewRequests {}

/** Broadcast after an interview was scheduled, changed or deleted. */
export type InterviewEvent = { type: 'interviewsChanged' };
