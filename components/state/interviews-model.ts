/**
 * Scheduled interviews as the panel sees them: the stored list (kept in step
 * with the background and other panels through `interviewsChanged`), what is
 * still to come, and whether reminders can show (the optional
 * `notifications` permission). Scheduling, editing and deleting go to the
 * background, which owns the list and the reminders' alarms.
 */
import { computed, createModel, effect, signal } from '@preact/signals';
import { errorMessage } from '@/utils/error-message';
import { byStart, upcomingOf } from '@/utils/interviews/match';
import { browserReminderPermission, type ReminderPermission } from '@/utils/interviews/permission';
import type { Interview, InterviewChanges, InterviewInput } from '@/utils/interviews/records';
import type { PanelApi } from './panel-api';

export type InterviewResult = { ok: true; interview: Interview } | { ok: false; error: string };

/** How often "in 25 minutes" and the Upcoming list catch up with the clock. */
const CLOCK_TICK_MS = 30_000;

export const InterviewsModel = createModel((api: PanelApi, permission: ReminderPermission = browserReminderPermission()) => {
  const all = signal<Interview[]>([]);
  const loaded = signal(false);
  /** Loading the list failed (shown in the view that lists them). */
  const error = signal<string | null>(null);
  const now = signal(Date.now());
  /** Interviews not over yet, soonest first. */
  const upcoming = computed(() => upcomingOf(all.value, now.value));
  /** Whether reminders can show: notifications are allowed. Null until known. */
  const remindersAllowed = signal<boolean | null>(null);
  /** The browser's permission prompt is open. */
  const asking = signal(false);

  async function reload() {
    try {
      all.value = await api.request('listInterviews', {});
      error.value = null;
    } catch (e) {
      error.value = `Your scheduled interviews could not be loaded: ${errorMessage(e)}`;
    } finally {
      loaded.value = true;
    }
  }

  function keep(interview: Interview) {
    all.value = [...all.peek().filter((i) => i.id !== interview.id), interview].sort(byStart);
  }

  /** Asks for notifications; must run synchronously inside a click. */
  function ask(): Promise<boolean> {
    asking.value = true;
    return permission.request().then(
      (granted) => {
        asking.value = false;
        remindersAllowed.value = granted;
        return granted;
      },
      () => {
        asking.value = false;
        return false;
      },
    );
  }

  // Disposed with the model: the subscription and the clock are effects' cleanups.
  effect(() =>
    api.onEvent((event) => {
      if (event.type === 'interviewsChanged') void reload();
    }),
  );
  effect(() => {
    const timer = setInterval(() => (now.value = Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  });
  void reload();
  void permission.has().then((granted) => {
    if (!asking.peek()) remindersAllowed.value = granted;
  });

  return {
    all,
    loaded,
    error,
    now,
    upcoming,
    remindersAllowed,
    asking,
    reload,
    /**
     * Schedules an interview. The first one also asks for the notifications
     * permission, first thing and synchronously, so the browser sees the
     * user's click; the interview is stored whatever the answer.
     */
    async schedule(input: InterviewInput): Promise<InterviewResult> {
      if (all.peek().length === 0 && remindersAllowed.peek() !== true) void ask();
      try {
        const interview = await api.request('scheduleInterview', { interview: input });
        keep(interview);
        return { ok: true, interview };
      } catch (e) {
        return { ok: false, error: errorMessage(e) };
      }
    },
    /** "Allow notifications": asks again (inside its click). */
    allowReminders: () => ask(),
    async update(id: string, changes: InterviewChanges): Promise<InterviewResult> {
      try {
        const interview = await api.request('updateInterview', { id, changes });
        keep(interview);
        return { ok: true, interview };
      } catch (e) {
        return { ok: false, error: errorMessage(e) };
      }
    },
    async remove(id: string): Promise<{ ok: true } | { ok: false; error: string }> {
      try {
        await api.request('deleteInterview', { id });
        all.value = all.peek().filter((i) => i.id !== id);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: errorMessage(e) };
      }
    },
    /** The STAR stories written for these questions. */
    stories: (questionIds: string[]) => api.request('interviewStories', { questionIds }),
  };
});
export type InterviewsModel = InstanceType<typeof InterviewsModel>;
