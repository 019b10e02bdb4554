/**
 * Which scheduled interview a call page is, and which interviews are still
 * to come. Pure functions of the stored list and the clock.
 */
import type { CallPage } from '@/utils/posting/types';
import { callSites } from '@/utils/sites';
import type { Interview } from './records';

/** An interview stays in "Upcoming" (and can match a call by time) until this long after it started. */
export const STARTED_GRACE_MS = 60 * 60 * 1000;
/** A call page matches an interview by time when it is open within this long before the start... */
export const MATCH_BEFORE_MS = 60 * 60 * 1000;
/** ...or this long after it. */
export const MATCH_AFTER_MS = 90 * 60 * 1000;

/** The call a meeting link opens ("google-meet" + "abc-defg-hij"), as the call sites read it; null for other links. */
export function meetingOf(link: string | null): { site: string; meetingId: string } | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  for (const site of callSites) {
    const call = site.describe(url);
    if (call) return { site: call.site, meetingId: call.meetingId };
  }
  return null;
}

/** Soonest first. */
export const byStart = (a: Interview, b: Interview) => a.at - b.at || a.createdAt - b.createdAt;

/** Interviews not yet over (started at most an hour ago), soonest first. */
export function upcomingOf(interviews: readonly Interview[], now: number): Interview[] {
  return interviews.filter((i) => i.at >= now - STARTED_GRACE_MS).sort(byStart);
}

/**
 * The interview a call page belongs to: the one whose meeting link opens this
 * meeting (the nearest in time if several do), else the one whose start is
 * nearest to now within an hour before to ninety minutes after, among those
 * whose link (if any) is not some other meeting.
 */
export function matchInterview(
  interviews: readonly Interview[],
  call: Pick<CallPage, 'site' | 'meetingId'>,
  now: number,
): Interview | null {
  const nearest = (list: Interview[]) =>
    list.reduce<Interview | null>((best, i) => (!best || Math.abs(i.at - now) < Math.abs(best.at - now) ? i : best), null);

  const meetings = interviews.map((i) => ({ interview: i, meeting: meetingOf(i.meetingLink) }));
  const byLink = meetings.filter(({ meeting }) => meeting?.site === call.site && meeting.meetingId === call.meetingId);
  if (byLink.length > 0) return nearest(byLink.map((m) => m.interview));

  const byTime = meetings
    .filter(({ interview, meeting }) => !meeting && interview.at - MATCH_BEFORE_MS <= now && now <= interview.at + MATCH_AFTER_MS)
    .map((m) => m.interview);
  return nearest(byTime);
}
