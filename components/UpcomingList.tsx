import { useRef, useState } from 'preact/hooks';
import { siteById } from '@/utils/sites';
import type { Interview } from '@/utils/interviews/records';
import { describeReminders, formatFromNow, formatWhen } from '@/utils/interviews/when';
import { InterviewForm, ReminderNote } from './ScheduleInterview';
import type { PanelModel } from './state/panel-model';

/** The "Upcoming" view: scheduled interviews, soonest first, each editable and deletable. */
export function UpcomingList({ state }: { state: PanelModel }) {
  const { interviews } = state;
  const list = interviews.upcoming.value;
  const now = interviews.now.value;
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);

  const stopEditing = (id: string) => {
    setEditing(null);
    // Back to the entry's own "Edit" once it is rendered again.
    requestAnimationFrame(() => editButtons.current.get(id)?.focus());
  };

  async function remove(interview: Interview) {
    const result = await interviews.remove(interview.id);
    if (!result.ok) return setStatus(result.error);
    setStatus(`Deleted the interview of ${formatWhen(interview.at)}.`);
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="upcoming-heading" class="space-y-3">
      <h2 id="upcoming-heading" ref={heading} tabIndex={-1} class="text-base font-semibold">
        Upcoming interviews
      </h2>
      {interviews.error.value && (
        <p role="alert" class="rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {interviews.error.value}
        </p>
      )}
      <ReminderNote interviews={interviews} />
      {interviews.loaded.value && list.length === 0 && (
        <p class="rounded-md bg-slate-100 p-3 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          No interviews scheduled. On a job posting, fill in the date and time under “Your interview for this job” and press Schedule
          interview: Prep Panel reminds you 30 minutes before to test your camera and mic, and 5 minutes before to join.
        </p>
      )}
      <ul class="space-y-2">
        {list.map((interview) => {
          const headingId = `upcoming-${interview.id}`;
          const site = siteById(interview.posting.site)?.name ?? interview.posting.site;
          const reminders = describeReminders(interview.at, now);
          return (
            <li key={interview.id} class="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-800">
              <h3 id={headingId} class="text-sm font-semibold">
                {interview.posting.title}
                {interview.posting.company && <span class="font-normal"> · {interview.posting.company}</span>}
              </h3>
              <p class="text-sm">
                <span class="font-medium">{formatWhen(interview.at)}</span>{' '}
                <span class="text-slate-600 dark:text-slate-300">({formatFromNow(interview.at, now)})</span>
              </p>
              <p class="text-xs text-slate-600 dark:text-slate-300">
                From {site}. {reminders}
              </p>
              {interview.meetingLink && (
                <p class="truncate text-xs">
                  <a
                    href={interview.meetingLink}
                    target="_blank"
                    rel="noreferrer noopener"
                    class="text-indigo-700 underline dark:text-indigo-300"
                  >
                    {interview.meetingLink}
                  </a>
                </p>
              )}
              {editing === interview.id ? (
                <div class="mt-2 border-t border-slate-200 pt-2 dark:border-slate-700">
                  <InterviewForm
                    initial={interview}
                    submitLabel="Save"
                    onCancel={() => stopEditing(interview.id)}
                    onSubmit={async (values) => {
                      const result = await interviews.update(interview.id, values);
                      if (result.ok) {
                        setStatus(`Moved to ${formatWhen(result.interview.at)}.`);
                        stopEditing(interview.id);
                      }
                      return result;
                    }}
                  />
                </div>
              ) : (
                <div class="mt-2 flex gap-2">
                  <button
                    type="button"
                    class="btn-secondary !py-1 !text-xs"
                    aria-describedby={headingId}
                    ref={(el) => {
                      if (el) editButtons.current.set(interview.id, el);
                      else editButtons.current.delete(interview.id);
                    }}
                    onClick={() => {
                      setStatus(null);
                      setEditing(interview.id);
                    }}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="btn-secondary !py-1 !text-xs"
                    aria-describedby={headingId}
                    onClick={() => void remove(interview)}
                  >
                    Delete
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" class="text-sm text-slate-700 dark:text-slate-200">
        {status}
      </p>
    </section>
  );
}
