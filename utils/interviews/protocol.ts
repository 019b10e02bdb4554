/**
 * The scheduled-interviews part of the message protocol (see utils/messages.ts).
 * Handlers: utils/background/interview-handlers.ts.
 */
import type { Draft } from '@/utils/review/records';
import type { Interview, InterviewChanges, InterviewInput } from './records';

export interface InterviewRequests {
  /** Every stored interview, soonest first (past ones are dropped a week after they started). */
  listInterviews: { payload: {}; reply: Interview[] };
  /** Stores a new interview for a posting and sets its reminders (30 and 5 minutes before). */
  scheduleInterview: { payload: { interview: InterviewInput }; reply: Interview };
  /** Changes an interview's time or meeting link; its reminders move with it. */
  updateInterview: { payload: { id: string; changes: InterviewChanges }; reply: Interview };
  /** Deletes an interview and its reminders; false when there was none. */
  deleteInterview: { payload: { id: string }; reply: boolean };
  /** The STAR stories (answer drafts) written for these questions, for a call's glance. */
  interviewStories: { payload: { questionIds: string[] }; reply: Draft[] };
}

/** Broadcast after an interview was scheduled, changed or deleted. */
export type InterviewEvent = { type: 'interviewsChanged' };
