/**
 * Interview times as people type and read them: the form's local date and
 * time fields, and the short "Tue, 3 Jun, 10:30 am" the panel shows.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The epoch time of a local date ("2025-06-03") and time ("10:30"), or null if either is not a real one. */
export function fromLocalDateTime(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day, hours, minutes] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (hours > 23 || minutes > 59) return null;
  const at = new Date(year, month - 1, day, hours, minutes);
  // Rejects 31 June and friends, which Date would roll over into July.
  if (at.getFullYear() !== year || at.getMonth() !== month - 1 || at.getDate() !== day) return null;
  return at.getTime();
}

/** The local date field's value for a time ("2025-06-03"). */
export function localDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local time field's value for a time ("10:30"). */
export function localTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const whenFormat = new Intl.DateTimeFormat('en-IN', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('en-IN', { hour: 'numeric', minute: '2-digit' });

/** "Tue, 3 Jun, 10:30 am". */
export function formatWhen(at: number): string {
  return whenFormat.format(at);
}

/** "10:30 am". */
export function formatTime(at: number): string {
  return timeFormat.format(at);
}

/** "in 2 hours", "in 25 minutes", "started 10 minutes ago": how far `at` is from `now`, roughly. */
export function formatFromNow(at: number, now: number): string {
  const minutes = Math.round((at - now) / 60_000);
  const span = (m: number) => {
    const abs = Math.abs(m);
    if (abs < 1) return 'less than a minute';
    if (abs < 60) return `${abs} minute${abs === 1 ? '' : 's'}`;
    const hours = Math.round(abs / 60);
    if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
    const days = Math.round(abs / 1440);
    return `${days} days`;
  };
  if (minutes >= 0) return minutes < 1 ? 'now' : `in ${span(minutes)}`;
  return `started ${span(minutes)} ago`;
}

/** Minutes before the start each reminder shows: test camera and mic, then join. */
export const REMINDER_MINUTES = { test: 30, join: 5 } as const;
export type ReminderKind = keyof typeof REMINDER_MINUTES;

/** When each reminder of an interview starting at `at` is due. */
export function reminderTimes(at: number): Record<ReminderKind, number> {
  return { test: at - REMINDER_MINUTES.test * 60_000, join: at - REMINDER_MINUTES.join * 60_000 };
}

/** The reminders still to come for an interview at `at`: "Reminders at 10:00 am (test camera and mic) and 10:25 am (join)." */
export function describeReminders(at: number, now: number): string {
  const { test, join } = reminderTimes(at);
  if (now < test) return `Reminders at ${formatTime(test)} (test camera and mic) and ${formatTime(join)} (join).`;
  if (now < join) return `Reminder to join at ${formatTime(join)}.`;
  return '';
}
