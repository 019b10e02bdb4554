/**
 * The panel's side of scheduled interviews and its keyboard and first-run
 * behaviour, on the real background handlers (fake-indexeddb, WXT's fake
 * browser): "Schedule interview" on a posting (asking for notifications
 * inside the first click), the Upcoming list (edit, delete), the call view
 * that knows its interview, "/", Esc, the shortcuts help, the skip link,
 * views opening at their top, errors inside the view, and the hint on a page
 * that is no posting.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/PanelApp';
import type { PanelApi, PanelMode } from '@/components/state/panel-api';
import { PanelModel } from '@/components/state/panel-model';
import { InterviewsModel } from '@/components/state/interviews-model';
import { allGuides } from '@/data/roles/all';
import { closeBookmarksDb, saveDraft } from '@/utils/bookmarks-db';
import type { ReminderPermission } from '@/utils/interviews/permission';
import type { InterviewInput } from '@/utils/interviews/records';
import { localDate } from '@/utils/interviews/when';
import type { ReportedPosting } from '@/utils/posting';
import { createTestHub } from './panel-api-fake';

const DAY = 24 * 60 * 60 * 1000;
/** Lazy views and role modules load as separate chunks: on a busy machine that takes a while. */
const SLOW = { timeout: 10_000 };

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const posting: ReportedPosting = {
  site: 'naukri',
  url: 'https://www.naukri.com/job-listings-backend-engineer-acme-pune-3-to-5-years-1234567890',
  title: 'Backend Engineer (Kafka, Redis)',
  company: 'Acme Fintech',
  location: 'Pune',
  experience: ['3-5 Yrs'],
  salary: null,
  description:
    'You will build event-driven services on Kafka and RabbitMQ, cache hot reads in Redis, and own payment APIs where idempotency matters. ' +
    'We run PostgreSQL and care about slow queries and indexing.',
};
const meet = { site: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', service: 'Google Meet', meetingId: 'abc-defg-hij' };

/** The browser's notifications permission, answered by the test (WXT's fake browser has no permissions API). */
function permissionAnswers(granted: boolean) {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(() => Promise.resolve(granted));
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(() => Promise.resolve(false));
  return request;
}

function mount(api: PanelApi, mode: PanelMode) {
  const state = new PanelModel(api);
  render(<PanelApp state={state} mode={mode} />);
  return state;
}

async function onPosting() {
  const hub = createTestHub({ tabId: 7 });
  await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, 7);
  const state = mount(hub.createApi(), 'embedded');
  await screen.findByRole('heading', { name: 'Relevant for this job' }, SLOW);
  await screen.findByRole('button', { name: 'Schedule interview' }, SLOW);
  return { hub, state };
}

const tomorrow = () => localDate(Date.now() + DAY);
function fillForm(date: string, time: string, link = '') {
  fireEvent.input(screen.getByLabelText('Date'), { target: { value: date } });
  fireEvent.input(screen.getByLabelText('Time'), { target: { value: time } });
  fireEvent.input(screen.getByLabelText('Meeting link (optional)'), { target: { value: link } });
}
const main = () => screen.getByRole('main');

describe('Schedule interview, on a posting', () => {
  it('stores the interview with the posting; the first one asks for notifications inside the click, later ones do not', async () => {
    const request = permissionAnswers(true);
    const { hub } = await onPosting();
    fillForm(tomorrow(), '10:30', 'meet.google.com/abc-defg-hij');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    // Synchronously, inside the click: a browser grants optional permissions only there.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await screen.findByText(/Interview scheduled for/, {}, SLOW);

    const [stored] = await hub.send({ type: 'listInterviews' });
    expect(stored).toMatchObject({
      meetingLink: 'https://meet.google.com/abc-defg-hij',
      posting: { site: 'naukri', title: posting.title, company: 'Acme Fintech', role: 'backend' },
    });
    expect(new Date(stored!.at).getHours()).toBe(10);
    expect(stored!.questionIds.length).toBeGreaterThanOrEqual(5);
    // The form empties for the next round, which asks nothing more.
    expect((screen.getByLabelText('Date') as HTMLInputElement).value).toBe('');
    fillForm(localDate(Date.now() + 3 * DAY), '15:00');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    await waitFor(async () => expect(await hub.send({ type: 'listInterviews' })).toHaveLength(2), SLOW);
    expect(request).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Reminders are off/)).toBeNull();
  });

  it('keeps the interview when notifications are refused, says reminders are off, and asks again from its button', async () => {
    const request = permissionAnswers(false);
    const { hub } = await onPosting();
    fillForm(tomorrow(), '11:00');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    await screen.findByText(/Reminders are off/, {}, SLOW);
    expect(await hub.send({ type: 'listInterviews' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Allow notifications' }));
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('says in the form what is wrong with a time in the past or a link, and asks for nothing', async () => {
    const request = permissionAnswers(true);
    const { hub } = await onPosting();
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Choose the date/);
    expect(document.activeElement).toBe(screen.getByLabelText('Date'));
    fillForm(localDate(Date.now() - DAY), '10:00');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    expect(screen.getByRole('alert').textContent).toMatch(/already passed/);
    fillForm(tomorrow(), '10:00', 'http://meet.google.com/abc-defg-hij');
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    expect(screen.getByRole('alert').textContent).toMatch(/https:\/\//);
    expect(document.activeElement).toBe(screen.getByLabelText('Meeting link (optional)'));
    expect(request).not.toHaveBeenCalled();
    expect(await hub.send({ type: 'listInterviews' })).toEqual([]);
  });
});

describe('Upcoming', () => {
  const input = (daysAhead: number, title: string): InterviewInput => ({
    at: Date.now() + daysAhead * DAY,
    meetingLink: null,
    posting: { site: 'naukri', url: `https://www.naukri.com/${title}`, title, company: 'Acme', role: 'backend' },
    questionIds: [],
  });

  it('lists scheduled interviews soonest first; each can be edited and deleted', async () => {
    permissionAnswers(true);
    const hub = createTestHub();
    const later = await hub.send({ type: 'scheduleInterview', interview: input(5, 'SDE 2') });
    await hub.send({ type: 'scheduleInterview', interview: input(1, 'Backend Engineer') });
    mount(hub.createApi(), 'side');
    const upcoming = await screen.findByRole('button', { name: 'Upcoming' }, SLOW);
    await waitFor(() => expect(upcoming.getAttribute('aria-describedby')).toBe('upcoming-count'), SLOW);
    await waitFor(() => expect(document.getElementById('upcoming-count')?.textContent).toBe('2'), SLOW);
    fireEvent.click(upcoming);
    const view = (await screen.findByRole('heading', { name: 'Upcoming interviews' }, SLOW)).closest('section')!;
    await waitFor(() =>
      expect(
        within(view)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['Backend Engineer · Acme', 'SDE 2 · Acme']),
    );

    const entry = within(view).getAllByRole('listitem')[1]!;
    fireEvent.click(within(entry).getByRole('button', { name: 'Edit' }));
    const newDay = localDate(Date.now() + 6 * DAY);
    fireEvent.input(within(entry).getByLabelText('Date'), { target: { value: newDay } });
    fireEvent.input(within(entry).getByLabelText('Time'), { target: { value: '16:45' } });
    fireEvent.input(within(entry).getByLabelText('Meeting link (optional)'), {
      target: { value: 'https://us02web.zoom.us/j/84512345678' },
    });
    fireEvent.click(within(entry).getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Moved to/, {}, SLOW);
    const edited = (await hub.send({ type: 'listInterviews' })).find((i) => i.id === later.id)!;
    expect(localDate(edited.at)).toBe(newDay);
    expect(new Date(edited.at).getMinutes()).toBe(45);
    expect(edited.meetingLink).toBe('https://us02web.zoom.us/j/84512345678');
    expect(within(view).getByRole('link', { name: 'https://us02web.zoom.us/j/84512345678' })).toBeTruthy();

    fireEvent.click(within(within(view).getAllByRole('listitem')[0]!).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect((await hub.send({ type: 'listInterviews' })).map((i) => i.posting.title)).toEqual(['SDE 2']));
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(1), SLOW);
  });

  it('the model asks for notifications only for the first interview, synchronously', async () => {
    const hub = createTestHub();
    const asked: string[] = [];
    const permission: ReminderPermission = { has: async () => false, request: () => (asked.push('asked'), Promise.resolve(false)) };
    const interviews = new InterviewsModel(hub.createApi(), permission);
    await waitFor(() => expect(interviews.loaded.value).toBe(true), SLOW);
    const pending = interviews.schedule(input(1, 'First'));
    expect(asked).toEqual(['asked']);
    expect((await pending).ok).toBe(true);
    expect((await interviews.schedule(input(2, 'Second'))).ok).toBe(true);
    expect(asked).toEqual(['asked']);
    expect(interviews.remindersAllowed.value).toBe(false);
    interviews[Symbol.dispose]();
  });
});

describe('the call view', () => {
  it('shows the interview the call belongs to: posting, its bookmarked questions, STAR stories, checklist, questions for its role', async () => {
    permissionAnswers(true);
    const hub = createTestHub({ tabId: 7 });
    await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, 7);
    // Schedule from the posting's panel, as a user would.
    const jobPanel = new PanelModel(hub.createApi());
    await waitFor(() => expect(jobPanel.page.ranked.value.length).toBeGreaterThan(5), SLOW);
    const ranked = jobPanel.page.ranked.value;
    const result = await jobPanel.interviews.schedule({
      at: Date.now() + 2 * DAY,
      meetingLink: 'https://meet.google.com/abc-defg-hij',
      posting: { site: 'naukri', url: posting.url, title: posting.title, company: posting.company, role: 'backend' },
      questionIds: ranked.map((r) => r.question.id),
    });
    expect(result.ok).toBe(true);
    jobPanel[Symbol.dispose]();
    const bookmarked = ranked[0]!.question;
    await hub.send({ type: 'setBookmarked', questionId: bookmarked.id, bookmarked: true });
    await saveDraft(bookmarked.id, { situation: 'Checkout double-charged on retries', result: 'Zero duplicates in a quarter' });

    await hub.send({ type: 'reportPage', context: { kind: 'call', call: meet } }, 7);
    mount(hub.createApi(), 'embedded');
    expect(await screen.findByRole('heading', { name: posting.title }, SLOW)).toBeTruthy();
    expect(screen.getByText('Acme Fintech')).toBeTruthy();
    const bookmarks = (await screen.findByRole('heading', { name: 'Your bookmarked questions for this job' }, SLOW)).closest('section')!;
    await waitFor(() =>
      expect(within(bookmarks).getByRole('button', { name: new RegExp(escape(bookmarked.text.slice(0, 30))) })).toBeTruthy(),
    );
    await screen.findByText('Checkout double-charged on retries', {}, SLOW);
    expect(screen.getByRole('heading', { name: 'Checklist' })).toBeTruthy();
    // Questions to ask come from the posting's role (backend) as well as General.
    const ask = (await screen.findByRole('heading', { name: 'Questions to ask the interviewer' }, SLOW)).closest('section')!;
    const backendAsks = allGuides.backend.questions.filter((q) => q.category === 'ask-interviewer');
    expect(backendAsks.length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(within(ask).getByRole('button', { name: new RegExp(escape(backendAsks[0]!.text.slice(0, 30))) })).toBeTruthy(),
    );
  });

  it('says so when no interview matches the call', async () => {
    const hub = createTestHub({ tabId: 7 });
    await hub.send({ type: 'reportPage', context: { kind: 'call', call: meet } }, 7);
    mount(hub.createApi(), 'embedded');
    await screen.findByText(/No scheduled interview matches this call/, {}, SLOW);
    expect(screen.getByRole('heading', { name: 'Checklist' })).toBeTruthy();
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('keyboard', () => {
  it('"/" focuses the search from any view; Esc clears it first, then closes the in-page panel', async () => {
    const { state } = await onPosting();
    const close = vi.spyOn(state, 'closeInPagePanel').mockResolvedValue(undefined);
    fireEvent.keyDown(document.body, { key: '/' });
    const search = await screen.findByRole('searchbox', {}, SLOW);
    await waitFor(() => expect(document.activeElement).toBe(search), SLOW);
    fireEvent.input(search, { target: { value: 'kafka' } });
    await waitFor(() => expect(state.browse.query.value).toBe('kafka'), SLOW);

    fireEvent.keyDown(search, { key: 'Escape' });
    await waitFor(() => expect((search as HTMLInputElement).value).toBe(''), SLOW);
    expect(state.browse.query.value).toBe('');
    expect(close).not.toHaveBeenCalled();
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('"/" typed in a field is just a character; Esc there leaves the field (so its text saves) before it closes anything', async () => {
    const { state } = await onPosting();
    const close = vi.spyOn(state, 'closeInPagePanel').mockResolvedValue(undefined);
    const link = screen.getByLabelText('Meeting link (optional)');
    link.focus();
    fireEvent.keyDown(link, { key: '/' });
    expect(document.activeElement).toBe(link);
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(document.activeElement).not.toBe(link);
    expect(close).not.toHaveBeenCalled();
  });

  it('Esc in the side panel closes nothing', async () => {
    const state = mount(createTestHub().createApi(), 'side');
    const close = vi.spyOn(state, 'closeInPagePanel').mockResolvedValue(undefined);
    await screen.findByRole('searchbox', {}, SLOW);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(close).not.toHaveBeenCalled();
  });

  it('"Keyboard shortcuts" lists the panel’s keys in a dialog; Esc there closes the dialog, not the panel', async () => {
    const { state } = await onPosting();
    const close = vi.spyOn(state, 'closeInPagePanel').mockResolvedValue(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, SLOW);
    expect(within(dialog).getByText('/')).toBeTruthy();
    expect(within(dialog).getByText(/Search the questions/)).toBeTruthy();
    expect(within(dialog).getByText(/close the panel on the page/)).toBeTruthy();
    fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Close' }), { key: 'Escape' });
    expect(close).not.toHaveBeenCalled();
  });

  it('"Skip to navigation" is the first stop and moves focus to the views', async () => {
    await onPosting();
    const skip = screen.getByRole('link', { name: 'Skip to navigation' });
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
      (el) => el.tabIndex >= 0,
    );
    expect(focusable[0]).toBe(skip);
    fireEvent.click(skip);
    const nav = screen.getByRole('navigation', { name: 'Panel views' });
    expect(document.activeElement).toBe(within(nav).getByRole('button', { name: 'This page' }));
  });
});

describe('views and the nav', () => {
  it('each view opens at its top', async () => {
    await onPosting();
    main().scrollTop = 900;
    fireEvent.click(screen.getByRole('button', { name: 'Tips' }));
    await screen.findByRole('heading', { name: 'Tips' }, SLOW);
    expect(main().scrollTop).toBe(0);
    main().scrollTop = 700;
    fireEvent.click(screen.getByRole('button', { name: 'Salary guide' }));
    expect(main().scrollTop).toBe(0);
  });

  it('keeps the views’ names (short words under 360 px are extra, hidden from the name) and the counts as descriptions', async () => {
    const hub = createTestHub({ tabId: 7 });
    await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, 7);
    await hub.send({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
    mount(hub.createApi(), 'embedded');
    const nav = await screen.findByRole('navigation', { name: 'Panel views' }, SLOW);
    await waitFor(() => expect(within(nav).getAllByRole('button')).toHaveLength(6), SLOW);
    for (const name of ['This page', 'Questions', 'Review', 'Bookmarks', 'Salary guide', 'Tips'])
      expect(within(nav).getByRole('button', { name })).toBeTruthy();
    const bookmarks = within(nav).getByRole('button', { name: 'Bookmarks' });
    await waitFor(() => expect(document.getElementById(bookmarks.getAttribute('aria-describedby')!)?.textContent).toBe('1'), SLOW);
    const review = within(nav).getByRole('button', { name: 'Review' });
    expect(document.getElementById(review.getAttribute('aria-describedby')!)).not.toBeNull();
  });

  it('beside a page that is no posting, says what to open, and still offers browse, review and salary', async () => {
    mount(createTestHub().createApi(), 'side');
    const hint = await screen.findByRole('note', {}, SLOW);
    expect(hint.textContent).toMatch(/No job posting or call on this tab/);
    expect(hint.textContent).toMatch(/LinkedIn/);
    expect(hint.textContent).toMatch(/Google Meet/);
    await screen.findByRole('searchbox', {}, SLOW);
    const nav = screen.getByRole('navigation', { name: 'Panel views' });
    expect(
      within(nav)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Questions', 'Review', 'Bookmarks', expect.stringContaining('Salary guide'), 'Tips']);
  });

  it('shows an error inside the view that caused it', async () => {
    const hub = createTestHub({ tabId: 7 });
    const api = hub.createApi();
    const failing: PanelApi = {
      ...api,
      request: ((type: Parameters<PanelApi['request']>[0], payload: never) =>
        type === 'getTabContext'
          ? Promise.reject(new Error('The tab could not be read.'))
          : api.request(type, payload)) as PanelApi['request'],
    };
    mount(failing, 'side');
    const alert = await within(main()).findByRole('alert', {}, SLOW);
    expect(alert.textContent).toMatch(/The tab could not be read/);
    // The salary guide does not use the page: no error there.
    fireEvent.click(screen.getByRole('button', { name: 'Salary guide' }));
    await waitFor(() => expect(within(main()).queryByRole('alert')).toBeNull(), SLOW);
  });
});
