/**
 * Reminders before a scheduled interview: "Test your camera and mic now" 30
 * minutes before and "Join now" 5 minutes before, as notifications.
 *
 * Each reminder is a browser alarm named after its interview. Alarms outlive
 * the service worker (an alarm wakes it), and the browser keeps them across
 * a restart; `restoreReminders` also rebuilds any that went missing from the
 * stored interviews (utils/interviews/store.ts) whenever the browser starts
 * or the extension is installed or updated. Notifications need the optional
 * `notifications` permission, which the panel asks for when the first
 * interview is scheduled; without it the alarms still run and show nothing.
 */
import { browser } from 'wxt/browser';
import { loadInterviews } from '@/utils/interviews/store';
import type { Interview } from '@/utils/interviews/records';
import { formatTime, reminderTimes, type ReminderKind } from '@/utils/interviews/when';

/** Each reminder's notification title (its times: REMINDER_MINUTES in utils/interviews/when.ts). */
export const REMINDERS: readonly { kind: ReminderKind; title: string }[] = [
  { kind: 'test', title: 'Test your camera and mic now' },
  { kind: 'join', title: 'Join now' },
];
export type { ReminderKind };

const PREFIX = 'interview-reminder';
/** A reminder that fires this late (the browser was closed through it) is not shown. */
const STALE_AFTER_START_MS = 10 * 60 * 1000;

export const alarmName = (kind: ReminderKind, interviewId: string) => `${PREFIX}:${kind}:${interviewId}`;

export function parseAlarmName(name: string): { kind: ReminderKind; interviewId: string } | null {
  const [prefix, kind, interviewId, ...rest] = name.split(':');
  if (prefix !== PREFIX || !interviewId || rest.length > 0 || !REMINDERS.some((r) => r.kind === kind)) return null;
  return { kind: kind as ReminderKind, interviewId };
}

/** Every reminder the stored interviews call for, by alarm name, with its time (past ones too). */
export function plannedReminders(interviews: readonly Interview[]): Map<string, number> {
  const planned = new Map<string, number>();
  for (const interview of interviews) {
    const times = reminderTimes(interview.at);
    for (const { kind } of REMINDERS) planned.set(alarmName(kind, interview.id), times[kind]);
  }
  return planned;
}

/**
 * Makes the browser's alarms match the interviews: creates the missing future
 * ones, moves changed ones, clears those of deleted interviews. An alarm
 * that is already due but not yet fired is kept: the browser fires missed
 * alarms when it starts, and this runs at start too.
 */
export async function syncReminders(interviews: readonly Interview[], now = Date.now()): Promise<void> {
  const planned = plannedReminders(interviews);
  const ours = (await browser.alarms.getAll()).filter((a) => parseAlarmName(a.name));
  const stale: string[] = [];
  for (const alarm of ours) {
    const when = planned.get(alarm.name);
    if (when !== undefined && Math.abs(alarm.scheduledTime - when) < 1000) planned.delete(alarm.name);
    else stale.push(alarm.name);
  }
  await Promise.all(stale.map((name) => browser.alarms.clear(name)));
  await Promise.all([...planned].filter(([, when]) => when > now).map(([name, when]) => browser.alarms.create(name, { when })));
}

/** Rebuilds the reminders from storage (browser start, install, update). */
export async function restoreReminders(): Promise<void> {
  await syncReminders(await loadInterviews());
}

function reminderMessage(interview: Interview, kind: ReminderKind): string {
  const { title, company } = interview.posting;
  const what = company ? `${title} at ${company}` : title;
  const time = formatTime(interview.at);
  if (kind === 'test') return `${what} starts at ${time}. Check your camera, mic, light and connection now.`;
  return interview.meetingLink ? `${what} starts at ${time}. Click to open the meeting.` : `${what} starts at ${time}.`;
}

/** Shows a reminder; false when notifications are not allowed (the optional permission was not granted). */
export async function showReminder(interview: Interview, kind: ReminderKind): Promise<boolean> {
  const notifications = browser.notifications;
  if (!notifications?.create) return false;
  const reminder = REMINDERS.find((r) => r.kind === kind)!;
  try {
    await notifications.create(alarmName(kind, interview.id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/reminder-icon.png'),
      title: reminder.title,
      message: reminderMessage(interview, kind),
    });
    return true;
  } catch {
    return false;
  }
}

/** An alarm fired: shows its reminder if the interview is still there, at that time, and not long over. */
export async function onReminderAlarm(alarm: { name: string; scheduledTime: number }, now = Date.now()): Promise<boolean> {
  const parsed = parseAlarmName(alarm.name);
  if (!parsed) return false;
  const interview = (await loadInterviews()).find((i) => i.id === parsed.interviewId);
  if (!interview) return false;
  // Moved since the alarm was set (its new alarm will fire), or long over.
  if (Math.abs(reminderTimes(interview.at)[parsed.kind] - alarm.scheduledTime) > 60_000) return false;
  if (now > interview.at + STALE_AFTER_START_MS) return false;
  return showReminder(interview, parsed.kind);
}

/** A reminder was clicked: opens the interview's meeting link, if it has one. */
export async function onReminderClicked(notificationId: string): Promise<void> {
  const parsed = parseAlarmName(notificationId);
  if (!parsed) return;
  void browser.notifications?.clear(notificationId);
  const interview = (await loadInterviews()).find((i) => i.id === parsed.interviewId);
  if (interview?.meetingLink?.startsWith('https://')) await browser.tabs.create({ url: interview.meetingLink });
}

let listeningForClicks = false;
function listenForClicks() {
  if (listeningForClicks || !browser.notifications?.onClicked) return;
  listeningForClicks = true;
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(id));
}

/** Registers the reminder listeners; called synchronously from the background's entrypoint. */
export function listenForReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm));
  browser.runtime.onStartup.addListener(() => void restoreReminders());
  browser.runtime.onInstalled.addListener(() => void restoreReminders());
  // `notifications` exists only once its optional permission is granted.
  listenForClicks();
  try {
    browser.permissions.onAdded.addListener(listenForClicks);
  } catch {
    // A browser without permission events (WXT's fake one in unit tests): clicks are heard from the next start.
  }
}
