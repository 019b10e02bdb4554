/**
 * The background's side of scheduled interviews, on WXT's fake browser (its
 * alarms, notifications, tabs and storage are in-memory implementations):
 * scheduling sets alarms 30 and 5 minutes before, edits move them, deletes
 * clear them, a browser start rebuilds missing ones from storage, a fired
 * alarm shows its notification, a click opens the meeting. And the welcome
 * page opens on install only.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeBookmarksDb, saveDraft } from '@/utils/bookmarks-db';
import { alarmName, listenForReminders, onReminderAlarm, onReminderClicked, restoreReminders } from '@/utils/background/reminders';
import { openWelcomeOnInstall, WELCOME_PATH } from '@/utils/background/welcome';
import type { InterviewInput } from '@/utils/interviews/records';
import { loadInterviews } from '@/utils/interviews/store';
import type { PanelEvent } from '@/utils/messages';
import { interviewsKey } from '@/utils/storage-keys';
import { createTestHub } from './panel-api-fake';

const MINUTE = 60_000;

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

const input = (minutesAhead: number, over: Partial<InterviewInput> = {}): InterviewInput => ({
  at: Date.now() + minutesAhead * MINUTE,
  meetingLink: 'https://meet.google.com/abc-defg-hij',
  posting: {
    site: 'naukri',
    url: 'https://www.naukri.com/job-listings-1',
    title: 'Backend Engineer',
    company: 'Acme Fintech',
    role: 'backend',
  },
  questionIds: ['tech-caching', 'beh-conflict'],
  ...over,
});

/** Tabs opened (the fake browser starts with one blank tab). */
const openedUrls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);

const alarms = async () => Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));

describe('alarms for a scheduled interview', () => {
  it('scheduling sets one 30 minutes and one 5 minutes before, and tells every panel', async () => {
    const hub = createTestHub();
    const events: PanelEvent['type'][] = [];
    const unsubscribe = hub.createApi().onEvent((e) => events.push(e.type));
    const interview = await hub.send({ type: 'scheduleInterview', interview: input(120) });
    unsubscribe();
    expect(interview.id).toMatch(/^iv-/);
    expect(await alarms()).toEqual({
      [alarmName('test', interview.id)]: interview.at - 30 * MINUTE,
      [alarmName('join', interview.id)]: interview.at - 5 * MINUTE,
    });
    expect(events).toContain('interviewsChanged');
    // Kept in storage.local, where a woken worker finds it.
    expect((await fakeBrowser.storage.local.get(interviewsKey))[interviewsKey]).toEqual([interview]);
  });

  it('sets no reminder that is already past: 20 minutes ahead gets only "Join now"', async () => {
    const hub = createTestHub();
    const interview = await hub.send({ type: 'scheduleInterview', interview: input(20) });
    expect(Object.keys(await alarms())).toEqual([alarmName('join', interview.id)]);
  });

  it('an edit moves both reminders; a delete clears them and leaves other interviews’ alone', async () => {
    const hub = createTestHub();
    const a = await hub.send({ type: 'scheduleInterview', interview: input(120) });
    const b = await hub.send({ type: 'scheduleInterview', interview: input(24 * 60, { meetingLink: null }) });
    const moved = await hub.send({ type: 'updateInterview', id: a.id, changes: { at: a.at + 60 * MINUTE } });
    expect(moved.at).toBe(a.at + 60 * MINUTE);
    expect((await alarms())[alarmName('test', a.id)]).toBe(moved.at - 30 * MINUTE);
    expect((await alarms())[alarmName('join', a.id)]).toBe(moved.at - 5 * MINUTE);

    expect(await hub.send({ type: 'deleteInterview', id: a.id })).toBe(true);
    expect(Object.keys(await alarms()).sort()).toEqual([alarmName('join', b.id), alarmName('test', b.id)].sort());
    expect((await loadInterviews()).map((i) => i.id)).toEqual([b.id]);
    expect(await hub.send({ type: 'deleteInterview', id: a.id })).toBe(false);
  });

  it('refuses a time in the past or a bad link, and stores nothing', async () => {
    const hub = createTestHub();
    await expect(hub.send({ type: 'scheduleInterview', interview: input(-5) })).rejects.toThrow(/already passed/);
    await expect(hub.send({ type: 'scheduleInterview', interview: input(60, { meetingLink: 'javascript:alert(1)' }) })).rejects.toThrow(
      /https/,
    );
    await expect(hub.send({ type: 'updateInterview', id: 'iv-missing', changes: { at: Date.now() + MINUTE * 90 } })).rejects.toThrow(
      /no longer scheduled/,
    );
    expect(await loadInterviews()).toEqual([]);
    expect(await alarms()).toEqual({});
  });

  it('a browser start rebuilds missing alarms from storage, keeps a due one, and clears strays', async () => {
    const hub = createTestHub();
    const interview = await hub.send({ type: 'scheduleInterview', interview: input(90) });
    const expected = await alarms();
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.alarms.create('interview-reminder:test:iv-deleted', { when: Date.now() + 10 * MINUTE });
    await fakeBrowser.alarms.create('someone-elses-alarm', { when: Date.now() + 10 * MINUTE });

    listenForReminders();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect(Object.keys(await alarms()).sort()).toEqual([...Object.keys(expected), 'someone-elses-alarm'].sort()),
    );
    expect((await alarms())[alarmName('test', interview.id)]).toBe(expected[alarmName('test', interview.id)]);

    // An alarm already due but not yet fired (the browser fires missed ones when it starts) is kept, not dropped as past.
    const soon = await hub.send({ type: 'scheduleInterview', interview: input(20) });
    const missed = soon.at - 30 * MINUTE;
    await fakeBrowser.alarms.create(alarmName('test', soon.id), { when: missed });
    await restoreReminders();
    expect((await alarms())[alarmName('test', soon.id)]).toBe(missed);
    expect((await alarms())[alarmName('join', soon.id)]).toBe(soon.at - 5 * MINUTE);
  });
});

describe('reminders as notifications', () => {
  it('30 minutes before: "Test your camera and mic now"; 5 minutes before: "Join now", naming the posting', async () => {
    const hub = createTestHub();
    const interview = await hub.send({ type: 'scheduleInterview', interview: input(30) });
    const test = { name: alarmName('test', interview.id), scheduledTime: interview.at - 30 * MINUTE };
    expect(await onReminderAlarm(test)).toBe(true);
    const join = { name: alarmName('join', interview.id), scheduledTime: interview.at - 5 * MINUTE };
    expect(await onReminderAlarm(join)).toBe(true);
    const shown = fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string; iconUrl: string }>;
    expect(shown[test.name]).toMatchObject({
      title: 'Test your camera and mic now',
      message: expect.stringContaining('Backend Engineer at Acme Fintech'),
    });
    expect(shown[join.name]).toMatchObject({ title: 'Join now', message: expect.stringContaining('Click to open the meeting') });
    expect(shown[join.name]!.iconUrl).toMatch(/reminder-icon\.png$/);
  });

  it('shows nothing for a deleted or moved interview, or one long over', async () => {
    const hub = createTestHub();
    const interview = await hub.send({ type: 'scheduleInterview', interview: input(60) });
    const join = { name: alarmName('join', interview.id), scheduledTime: interview.at - 5 * MINUTE };
    expect(await onReminderAlarm(join, interview.at + 30 * MINUTE)).toBe(false);
    await hub.send({ type: 'updateInterview', id: interview.id, changes: { at: interview.at + 60 * MINUTE } });
    expect(await onReminderAlarm(join)).toBe(false);
    await hub.send({ type: 'deleteInterview', id: interview.id });
    expect(await onReminderAlarm({ name: alarmName('join', interview.id), scheduledTime: interview.at + 55 * MINUTE })).toBe(false);
    expect(await onReminderAlarm({ name: 'someone-elses-alarm', scheduledTime: Date.now() })).toBe(false);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('the alarm listener shows the reminder, and a click opens the meeting link in a tab', async () => {
    const hub = createTestHub();
    const interview = await hub.send({ type: 'scheduleInterview', interview: input(60) });
    listenForReminders();
    const name = alarmName('join', interview.id);
    await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: interview.at - 5 * MINUTE, persistAcrossSessions: true });
    await vi.waitFor(() => expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([name]));

    await onReminderClicked(name);
    expect(await openedUrls()).toEqual(['https://meet.google.com/abc-defg-hij']);
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
});

describe('STAR stories for a call', () => {
  it('returns the written drafts of the questions asked, skipping empty ones', async () => {
    const hub = createTestHub();
    await saveDraft('beh-conflict', { situation: 'Two teams wanted one API', result: 'Shipped both in a week' });
    await saveDraft('tech-caching', { situation: '  ' });
    const stories = await hub.send({ type: 'interviewStories', questionIds: ['beh-conflict', 'tech-caching', 'never-written'] });
    expect(stories.map((s) => s.questionId)).toEqual(['beh-conflict']);
    expect(stories[0]).toMatchObject({ situation: 'Two teams wanted one API', result: 'Shipped both in a week' });
  });
});

describe('welcome page', () => {
  it('opens on install, once', async () => {
    await openWelcomeOnInstall({ reason: 'install' });
    expect(await openedUrls()).toEqual([fakeBrowser.runtime.getURL(WELCOME_PATH)]);
    // Chromium reports "install" again for an unpacked extension it loads from its command line at every start.
    await openWelcomeOnInstall({ reason: 'install' });
    expect(await openedUrls()).toHaveLength(1);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'] as const)('does not open on %s', async (reason) => {
    await openWelcomeOnInstall({ reason: reason as 'update' });
    expect(await openedUrls()).toEqual([]);
  });
});
