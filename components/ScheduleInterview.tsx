import { useId, useRef, useState } from 'preact/hooks';
import type { JobPosting } from '@/utils/posting/types';
import { normalizeMeetingLink, type Interview } from '@/utils/interviews/records';
import { formatFromNow, formatWhen, fromLocalDateTime, localDate, localTime } from '@/utils/interviews/when';
import type { Role } from '@/data/schema';
import type { InterviewResult, InterviewsModel } from './state/interviews-model';
import type { PanelModel } from './state/panel-model';

const field =
  'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const labelClass = 'block text-xs font-semibold text-slate-700 dark:text-slate-200';
const primary =
  'cursor-pointer rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-50';

/** Questions kept with an interview: what matched the posting, else its first few. */
const QUESTIONS_KEPT = 40;

export interface InterviewFormValues {
  at: number;
  meetingLink: string | null;
}

/**
 * Date, time and an optional meeting link. Checks them first (a real time in
 * the future, an https link), then hands them to `onSubmit` synchronously,
 * inside the click, so a permission prompt it opens counts as the user's.
 */
export function InterviewForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: Interview;
  submitLabel: string;
  onSubmit: (values: InterviewFormValues) => Promise<InterviewResult>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [date, setDate] = useState(initial ? localDate(initial.at) : '');
  const [time, setTime] = useState(initial ? localTime(initial.at) : '');
  const [link, setLink] = useState(initial?.meetingLink ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = { date: useRef<HTMLInputElement>(null), time: useRef<HTMLInputElement>(null), link: useRef<HTMLInputElement>(null) };

  const fail = (text: string, focus: keyof typeof refs) => {
    setProblem(text);
    refs[focus].current?.focus();
  };

  function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!date) return fail('Choose the date of the interview.', 'date');
    if (!time) return fail('Choose the time the interview starts.', 'time');
    const at = fromLocalDateTime(date, time);
    if (at === null) return fail('That is not a real date and time. Check the date.', 'date');
    if (at <= Date.now()) return fail('That time has already passed. Choose a time in the future.', 'time');
    const meeting = normalizeMeetingLink(link);
    if (!meeting.ok) return fail(meeting.problem, 'link');
    setProblem(null);
    setBusy(true);
    void onSubmit({ at, meetingLink: meeting.value }).then((result) => {
      setBusy(false);
      if (!result.ok) return setProblem(result.error);
      if (!initial) {
        setDate('');
        setTime('');
        setLink('');
      }
    });
  }

  return (
    <form noValidate onSubmit={submit} class="space-y-2" aria-describedby={problem ? `${id}-problem` : undefined}>
      <div class="grid grid-cols-2 gap-2">
        <div>
          <label for={`${id}-date`} class={labelClass}>
            Date
          </label>
          <input
            ref={refs.date}
            id={`${id}-date`}
            type="date"
            class={field}
            value={date}
            min={localDate(Date.now())}
            required
            aria-invalid={problem !== null && !date ? 'true' : undefined}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </div>
        <div>
          <label for={`${id}-time`} class={labelClass}>
            Time
          </label>
          <input
            ref={refs.time}
            id={`${id}-time`}
            type="time"
            class={field}
            value={time}
            required
            aria-invalid={problem !== null && !time ? 'true' : undefined}
            onInput={(e) => setTime(e.currentTarget.value)}
          />
        </div>
      </div>
      <div>
        <label for={`${id}-link`} class={labelClass}>
          Meeting link (optional)
        </label>
        <input
          ref={refs.link}
          id={`${id}-link`}
          type="url"
          inputMode="url"
          autoComplete="off"
          class={field}
          value={link}
          placeholder="https://meet.google.com/abc-defg-hij"
          onInput={(e) => setLink(e.currentTarget.value)}
        />
      </div>
      {problem && (
        <p id={`${id}-problem`} role="alert" class="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      )}
      <div class="flex flex-wrap gap-2">
        <button type="submit" class={primary} disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="btn-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Whether reminders can show: while the browser asks, say so; once refused,
 * offer to ask again (inside that click). Nothing before any interview exists.
 */
export function ReminderNote({ interviews }: { interviews: InterviewsModel }) {
  if (interviews.all.value.length === 0) return null;
  if (interviews.asking.value)
    return (
      <p role="status" class="rounded-md bg-sky-50 p-2 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100">
        Answer the browser’s prompt: reminders are notifications, so Prep Panel needs your permission to show them.
      </p>
    );
  if (interviews.remindersAllowed.value !== false) return null;
  return (
    <div class="space-y-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
      <p>
        Reminders are off: notifications are not allowed, so the reminders 30 and 5 minutes before cannot show. Your interviews are kept all
        the same.
      </p>
      <button type="button" class="btn-secondary" onClick={() => void interviews.allowReminders()}>
        Allow notifications
      </button>
    </div>
  );
}

/** Whether an interview was scheduled from this posting. */
export function isForPosting(interview: Interview, posting: Pick<JobPosting, 'site' | 'url' | 'title' | 'company'>): boolean {
  const p = interview.posting;
  return p.url === posting.url || (p.site === posting.site && p.title === posting.title && (p.company ?? '') === (posting.company ?? ''));
}

/** On a posting: its scheduled interviews and "Schedule interview" (date, time, optional meeting link). */
export function PostingInterviews({ state }: { state: PanelModel }) {
  const { interviews, page } = state;
  const posting = page.posting.value;
  const [done, setDone] = useState<string | null>(null);
  if (!posting) return null;
  const now = interviews.now.value;
  const mine = interviews.upcoming.value.filter((i) => isForPosting(i, posting));

  async function schedule(values: InterviewFormValues): Promise<InterviewResult> {
    const p = page.posting.peek()!;
    const ranked = page.ranked.peek();
    const matched = ranked.filter((r) => r.matched.length > 0);
    const questionIds = (matched.length > 0 ? matched : ranked.slice(0, 8)).slice(0, QUESTIONS_KEPT).map((r) => r.question.id);
    const role = (page.role.peek() ?? 'general') as Role;
    setDone(null);
    const result = await interviews.schedule({
      ...values,
      posting: { site: p.site, url: p.url, title: p.title, company: p.company, role },
      questionIds,
    });
    if (result.ok) setDone(`Interview scheduled for ${formatWhen(result.interview.at)}.`);
    return result;
  }

  return (
    <section
      aria-labelledby="interview-heading"
      class="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-800"
    >
      <h2 id="interview-heading" class="text-base font-semibold">
        Your interview for this job
      </h2>
      {mine.length > 0 ? (
        <ul class="space-y-1 text-sm">
          {mine.map((i) => (
            <li key={i.id}>
              <span class="font-medium">{formatWhen(i.at)}</span>{' '}
              <span class="text-slate-600 dark:text-slate-300">({formatFromNow(i.at, now)})</span>
              {i.meetingLink && <span class="block truncate text-xs text-slate-600 dark:text-slate-300">{i.meetingLink}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="text-sm text-slate-700 dark:text-slate-200">
          Got a date? Prep Panel reminds you 30 minutes before to test your camera and mic, and 5 minutes before to join; on the call, the
          panel shows this posting’s questions and your stories.
        </p>
      )}
      <InterviewForm submitLabel="Schedule interview" onSubmit={schedule} />
      <p role="status" class="text-sm text-emerald-800 dark:text-emerald-200">
        {done}
        {done && mine.length > 0 && ' Change or delete it under Upcoming, at the top.'}
      </p>
      <ReminderNote interviews={interviews} />
    </section>
  );
}
