import { fireEvent, render, screen, waitFor, within, cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataset } from '@/data';
import { PanelApp } from '@/components/PanelApp';
import { createPanelState } from '@/components/state/panel-state';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import type { ReportedPosting } from '@/utils/posting';
import { createTestHub } from './panel-api-fake';

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
afterEach(cleanup);

const posting: ReportedPosting = {
  site: 'naukri',
  url: 'https://www.naukri.com/job-listings-backend-engineer-acme-pune-3-to-5-years-1234567890',
  title: 'Backend Engineer (Kafka, Redis)',
  company: 'Acme Fintech',
  location: 'Pune',
  experience: ['3-5 Yrs'],
  salary: '12-16 Lacs P.A.',
  description:
    'You will build event-driven services on Kafka and RabbitMQ, cache hot reads in Redis, and own payment APIs where idempotency matters. ' +
    'We run PostgreSQL and care about slow queries and indexing.',
};

function mount(hub = createTestHub(), mode: 'side' | 'embedded' = 'side') {
  const state = createPanelState({ api: hub.createApi(), dataset, mode });
  render(<PanelApp state={state} />);
  return state;
}

const cardOf = (text: RegExp) => screen.getAllByRole('listitem').find((li) => text.test(li.textContent ?? ''))!;

describe('panel app', () => {
  it('browses every question by group and filters instantly by search', async () => {
    mount();
    expect(screen.getAllByRole('button', { name: 'Bookmark' })).toHaveLength(21);
    expect(screen.getByRole('heading', { name: /Technical questions/ })).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'rabbitmq' } });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Bookmark' })).toHaveLength(1));
    expect(screen.getByRole('button', { name: /message queues/ })).toBeTruthy();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzz-nothing' } });
    await waitFor(() => expect(screen.getByText(/No question mentions/)).toBeTruthy());
  });

  it('filters by category with pressed toggle buttons', async () => {
    mount();
    fireEvent.click(screen.getByRole('button', { name: 'Situational' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Bookmark' })).toHaveLength(3));
    expect(screen.getByRole('button', { name: 'Situational' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('expands a question to its guidance, bookmarks it, and edits its note', async () => {
    const hub = createTestHub();
    mount(hub);
    const question = screen.getByRole('button', { name: /What is the CAP theorem/ });
    expect(question.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(question);
    expect(question.getAttribute('aria-expanded')).toBe('true');
    expect(within(cardOf(/CAP theorem/)).getByText('How to answer')).toBeTruthy();

    const bookmark = within(cardOf(/CAP theorem/)).getByRole('button', { name: 'Bookmark' });
    fireEvent.click(bookmark);
    await waitFor(() => expect(bookmark.getAttribute('aria-pressed')).toBe('true'));
    const note = within(cardOf(/CAP theorem/)).getByRole('textbox', { name: /Note/ });
    fireEvent.input(note, { target: { value: 'banking picks C, feeds pick A' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await hub.send({ type: 'listBookmarks' }))[0]?.note).toBe('banking picks C, feeds pick A'));
  });

  it('shows bookmarks in their own view, reached by a control named Bookmarks', async () => {
    const hub = createTestHub();
    await hub.send({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
    mount(hub);
    fireEvent.click(screen.getByRole('button', { name: 'Bookmarks' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: /bookmarks/i })).toBeTruthy());
    const view = screen.getByRole('heading', { name: /bookmarks/i }).closest('section')!;
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText(/Explain caching strategies/)).toBeTruthy();
  });

  it('keeps two open panels in step: a bookmark made in one shows in the other at once', async () => {
    const hub = createTestHub();
    const first = createPanelState({ api: hub.createApi(), dataset, mode: 'side' });
    const second = createPanelState({ api: hub.createApi(), dataset, mode: 'embedded' });
    await first.bookmarks.setBookmarked('tech-auth', true);
    expect(second.bookmarks.isBookmarked('tech-auth')).toBe(true);
    await second.bookmarks.setBookmarked('tech-auth', false);
    expect(first.bookmarks.isBookmarked('tech-auth')).toBe(false);
  });

  it('keeps the newest change when its own late reply arrives after another panel’s newer one', async () => {
    const hub = createTestHub();
    const api = hub.createApi();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: typeof api = {
      ...api,
      request: (async (type: Parameters<typeof api.request>[0], payload: never) => {
        const reply = await api.request(type, payload);
        if (type === 'setBookmarked') await gate; // the reply is held back; the broadcast is not
        return reply;
      }) as typeof api.request,
    };
    const mine = createPanelState({ api: slow, dataset, mode: 'side' });
    const other = createPanelState({ api: hub.createApi(), dataset, mode: 'embedded' });
    const pending = mine.bookmarks.setBookmarked('tech-auth', true);
    await waitFor(() => expect(other.bookmarks.isBookmarked('tech-auth')).toBe(true));
    await other.bookmarks.setBookmarked('tech-auth', false);
    release();
    await pending;
    expect(mine.bookmarks.isBookmarked('tech-auth')).toBe(false);
    expect(other.bookmarks.isBookmarked('tech-auth')).toBe(false);
    expect(await hub.send({ type: 'listBookmarks' })).toEqual([]);
  });

  it('leads with the posting: relevant questions in rank order, then salary for its seniority', async () => {
    const hub = createTestHub({ tabId: 7 });
    await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, 7);
    mount(hub, 'embedded');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Relevant for this job' })).toBeTruthy());
    expect(screen.getByRole('heading', { name: posting.title })).toBeTruthy();
    expect(screen.getByText(/Acme Fintech · Pune · 3–5 years experience/)).toBeTruthy();
    const relevant = screen.getByRole('heading', { name: 'Relevant for this job' }).closest('section')!;
    const items = within(relevant).getAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.slice(0, 5).some((li) => /message queues/.test(li.textContent ?? ''))).toBe(true);
    expect(within(items[0]!).getByRole('button', { name: 'Bookmark' })).toBeTruthy();
    const salary = screen.getByRole('heading', { name: 'Salary' }).closest('section')!;
    expect(within(salary).getByText('₹12–24 LPA')).toBeTruthy();
    expect(within(salary).getByText('12-16 Lacs P.A.')).toBeTruthy();
  });

  it('on a call page leads with a checklist whose ticks persist per meeting and can be reset', async () => {
    const hub = createTestHub({ tabId: 3 });
    const call = {
      kind: 'call' as const,
      call: { site: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', service: 'Google Meet', meetingId: 'abc-defg-hij' },
    };
    await hub.send({ type: 'reportPage', context: call }, 3);
    mount(hub, 'embedded');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Checklist' })).toBeTruthy());
    const box = screen.getByRole('checkbox', { name: /Camera and microphone tested/ });
    fireEvent.click(box);
    await waitFor(() => expect(hub.settings.get('checklist:google-meet:abc-defg-hij')).toEqual(['av-test']));

    cleanup();
    mount(hub, 'embedded'); // a reload
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /Camera and microphone tested/ }) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset checklist' }));
    await waitFor(() => expect(hub.settings.has('checklist:google-meet:abc-defg-hij')).toBe(false));
    expect((screen.getByRole('checkbox', { name: /Camera and microphone tested/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows a clear message when the background fails, and keeps working', async () => {
    const hub = createTestHub();
    const api = hub.createApi();
    const failing = {
      ...api,
      request: (() => Promise.reject(new Error('Bookmarks are unavailable right now (UnknownError).'))) as typeof api.request,
    };
    const state = createPanelState({ api: failing, dataset, mode: 'side' });
    render(<PanelApp state={state} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Bookmarks are unavailable/));
    expect(screen.getAllByRole('button', { name: 'Bookmark' })).toHaveLength(21);
  });
});
