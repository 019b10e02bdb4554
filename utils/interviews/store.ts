/**
 * Scheduled interviews in `storage.local` under one key: a handful of
 * records, kept across restarts, read by the background when an alarm wakes
 * it. Only the background writes here (utils/background/interview-handlers.ts);
 * writes are queued one after another so two quick edits cannot undo each other.
 */
import { browser } from 'wxt/browser';
import { interviewsKey } from '@/utils/storage-keys';
import { byStart } from './match';
import { isInterview, type Interview } from './records';

/** Past interviews are dropped this long after they started. */
export const KEEP_PAST_MS = 7 * 24 * 60 * 60 * 1000;

/** Every stored interview that is still well-formed, soonest first. */
export async function loadInterviews(): Promise<Interview[]> {
  const stored = (await browser.storage.local.get(interviewsKey))[interviewsKey];
  return Array.isArray(stored) ? stored.filter(isInterview).sort(byStart) : [];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads the list, lets `change` edit it, and stores the result (dropping
 * interviews that started more than a week ago). Resolves with what `change`
 * returned once the list is stored.
 */
export function updateInterviews<T>(change: (list: Interview[]) => T, now = Date.now()): Promise<{ result: T; interviews: Interview[] }> {
  const run = queue.then(async () => {
    const list = (await loadInterviews()).filter((i) => i.at >= now - KEEP_PAST_MS);
    const result = change(list);
    const interviews = list.sort(byStart);
    await browser.storage.local.set({ [interviewsKey]: interviews });
    return { result, interviews };
  });
  queue = run.catch(() => {});
  return run;
}
