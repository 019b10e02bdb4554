/** What the background does for the interview requests (utils/interviews/protocol.ts). */
import { getDraft } from '@/utils/bookmarks-db';
import type { InterviewRequests } from '@/utils/interviews/protocol';
import {
  checkInterviewChanges,
  checkInterviewInput,
  INTERVIEWS_MAX,
  isInterviewId,
  newInterviewId,
  type Interview,
} from '@/utils/interviews/records';
import { loadInterviews, updateInterviews } from '@/utils/interviews/store';
import type { PanelEvent } from '@/utils/messages';
import type { Draft } from '@/utils/review/records';
import type { HandlersFor } from './handlers';
import { syncReminders } from './reminders';

/** Question ids one `interviewStories` request may ask about. */
const STORIES_MAX_IDS = 200;

const hasText = (d: Draft) => [d.situation, d.task, d.action, d.result].some((field) => field.trim().length > 0);

export function createInterviewHandlers(
  broadcast: (event: PanelEvent) => void,
  now: () => number = Date.now,
): HandlersFor<InterviewRequests> {
  /** Stores a change, moves the reminders with it, and tells every panel. */
  async function change<T>(edit: (list: Interview[]) => T): Promise<T> {
    const { result, interviews } = await updateInterviews(edit, now());
    await syncReminders(interviews, now());
    broadcast({ type: 'interviewsChanged' });
    return result;
  }

  return {
    listInterviews: () => loadInterviews(),
    async scheduleInterview({ interview }) {
      const checked = checkInterviewInput(interview, now());
      if (!checked.ok) throw new Error(checked.problem);
      return change((list) => {
        if (list.length >= INTERVIEWS_MAX)
          throw new Error(`Prep Panel keeps at most ${INTERVIEWS_MAX} interviews. Delete one you no longer need under Upcoming.`);
        const at = now();
        const stored: Interview = { id: newInterviewId(), ...checked.value, createdAt: at, updatedAt: at };
        list.push(stored);
        return stored;
      });
    },
    async updateInterview({ id, changes }) {
      if (!isInterviewId(id)) throw new Error('Invalid interview.');
      const checked = checkInterviewChanges(changes, now());
      if (!checked.ok) throw new Error(checked.problem);
      return change((list) => {
        const i = list.findIndex((x) => x.id === id);
        if (i < 0) throw new Error('That interview is no longer scheduled: it was deleted, perhaps in another panel.');
        const updated: Interview = { ...list[i]!, ...checked.value, updatedAt: now() };
        list[i] = updated;
        return updated;
      });
    },
    async deleteInterview({ id }) {
      if (!isInterviewId(id)) throw new Error('Invalid interview.');
      return change((list) => {
        const i = list.findIndex((x) => x.id === id);
        if (i >= 0) list.splice(i, 1);
        return i >= 0;
      });
    },
    async interviewStories({ questionIds }) {
      if (!Array.isArray(questionIds)) throw new Error('Invalid request.');
      const ids = [...new Set(questionIds.filter((id): id is string => typeof id === 'string'))].slice(0, STORIES_MAX_IDS);
      const drafts = await Promise.all(ids.map((id) => getDraft(id)));
      return drafts.filter((d): d is Draft => d !== undefined && hasText(d));
    },
  };
}
