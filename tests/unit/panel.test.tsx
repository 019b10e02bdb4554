import { fireEvent, render, screen, waitFor, within, cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/PanelApp';
import type { PanelMode } from '@/components/state/panel-api';
import { PanelModel } from '@/components/state/panel-model';
import { allGuides } from '@/data/roles/all';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import type { ReportedPosting } from '@/utils/posting';
import { roleChoiceKey } from '@/utils/storage-keys';
import { createTestHub } from './panel-api-fake';

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
afterEach(cleanup);

const backendPosting: ReportedPosting = {
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

const frontendPosting: ReportedPosting = {
  site: 'linkedin',
  url: 'https://www.linkedin.com/jobs/view/4011111111/',
  title: 'Frontend Developer (React)',
  company: 'Kite Labs',
  location: 'Bengaluru',
  experience: ['2-4 years'],
  salary: null,
  description:
    'Build our trading dashboard in React and TypeScript. You understand the event loop, closures and promises, manage state with Redux Toolkit ' +
    'and React Query, write accessible semantic HTML, and keep Core Web Vitals (LCP, CLS, INP) green. We use GraphQL for our APIs.',
};

const salesPosting: ReportedPosting = {
  site: 'naukri',
  url: 'https://www.naukri.com/job-listings-inside-sales-executive-edtech-1234567891',
  title: 'Inside Sales Executive',
  company: 'LearnFast',
  location: 'Noida',
  experience: ['1-3 years'],
  salary: null,
  description:
    'Call prospective learners, explain our courses, and close admissions against monthly targets. Strong communication skills and a ' +
    'customer-facing attitude are a must; immediate joiners preferred. Work from office, six days a week.',
};

async function mount(hub = createTestHub(), mode: PanelMode = 'side') {
  const state = new PanelModel(hub.createApi());
  render(<PanelApp state={state} mode={mode} />);
  return state;
}

async function onPosting(posting: ReportedPosting, tabId = 7) {
  const hub = createTestHub({ tabId });
  await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, tabId);
  const state = await mount(hub, 'embedded');
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Relevant for this job' })).toBeTruthy());
  await waitFor(() => expect(relevantItems().length).toBeGreaterThanOrEqual(5));
  return { hub, state };
}

const relevantItems = () => {
  const section = screen.getByRole('heading', { name: 'Relevant for this job' }).closest('section')!;
  return within(section).queryAllByRole('listitem');
};
const roleBox = () => screen.getByRole('combobox', { name: 'Role' }) as HTMLSelectElement;
const selectedRole = () => roleBox().options[roleBox().selectedIndex]?.textContent;
const cardOf = (text: RegExp) => screen.getAllByRole('listitem').find((li) => text.test(li.textContent ?? ''))!;
const question = (id: string) => Object.values(allGuides).flatMap((g) => g.questions).find((q) => q.id === id)!;

describe('browsing', () => {
  it('lists every role’s questions and searches them, forgiving prefixes and typos', async () => {
    await mount();
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Bookmark' }).length).toBeGreaterThan(250));
    expect(selectedRole()).toBe('All roles');
    const search = screen.getByRole('searchbox');
    fireEvent.input(search, { target: { value: 'kafka' } });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Bookmark' }).length).toBeGreaterThanOrEqual(4));
    expect(screen.getByRole('button', { name: new RegExp(question('tech-message-queues').text.slice(0, 30)) })).toBeTruthy();
    fireEvent.input(search, { target: { value: 'idempotncy' } });
    await waitFor(() => expect(screen.getAllByRole('button', { name: /idempotency/i }).length).toBeGreaterThanOrEqual(1));
    fireEvent.input(search, { target: { value: 'zzzzqqq' } });
    await waitFor(() => expect(screen.getByText(/No question mentions/)).toBeTruthy());
  });

  it('browses one role with the Role combobox and filters by category', async () => {
    await mount();
    await waitFor(() => expect(roleBox()).toBeTruthy());
    fireEvent.change(roleBox(), { target: { value: 'qa' } });
    await waitFor(() => expect(screen.getByRole('button', { name: new RegExp(question('qa-page-object-model')?.text.slice(0, 20) ?? 'Page Object', 'i') })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'HR round' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'HR round' }).getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([expect.stringMatching(/^HR round/)]));
    expect(screen.getByRole('button', { name: /Tell me about yourself/ })).toBeTruthy();
  });

  it('expands a question to its guidance, bookmarks it, and edits its note', async () => {
    const hub = createTestHub();
    await mount(hub);
    const cap = await screen.findByRole('button', { name: /What is the CAP theorem/ });
    expect(cap.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(cap);
    expect(cap.getAttribute('aria-expanded')).toBe('true');
    expect(within(cardOf(/CAP theorem/)).getByText('How to answer')).toBeTruthy();

    const bookmark = within(cardOf(/CAP theorem/)).getByRole('button', { name: 'Bookmark' });
    fireEvent.click(bookmark);
    await waitFor(() => expect(bookmark.getAttribute('aria-pressed')).toBe('true'));
    const note = within(cardOf(/CAP theorem/)).getByRole('textbox', { name: /Note/ });
    fireEvent.input(note, { target: { value: 'banking picks C, feeds pick A' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await hub.send({ type: 'listBookmarks' }))[0]?.note).toBe('banking picks C, feeds pick A'));
  });
});

describe('bookmarks', () => {
  it('shows bookmarks of every role in their own view, each with its role', async () => {
    const hub = createTestHub();
    const fe = allGuides.frontend.questions[0]!;
    await hub.send({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
    await hub.send({ type: 'setBookmarked', questionId: fe.id, bookmarked: true });
    await mount(hub);
    fireEvent.click(screen.getByRole('button', { name: 'Bookmarks' }));
    const heading = await screen.findByRole('heading', { name: /bookmarks/i });
    const view = heading.closest('section')!;
    await waitFor(() => expect(within(view).getAllByRole('listitem')).toHaveLength(2));
    expect(within(cardOf(/Explain caching strategies/)).getByText('Backend')).toBeTruthy();
    expect(within(cardOf(new RegExp(fe.text.slice(0, 25).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).getByText('Frontend')).toBeTruthy();
  });

  it('keeps two open panels in step: a bookmark made in one shows in the other at once', async () => {
    const hub = createTestHub();
    const first = new PanelModel(hub.createApi());
    const second = new PanelModel(hub.createApi());
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
    const mine = new PanelModel(slow);
    const other = new PanelModel(hub.createApi());
    const pending = mine.bookmarks.setBookmarked('tech-auth', true);
    await waitFor(() => expect(other.bookmarks.isBookmarked('tech-auth')).toBe(true));
    await other.bookmarks.setBookmarked('tech-auth', false);
    release();
    await pending;
    expect(mine.bookmarks.isBookmarked('tech-auth')).toBe(false);
    expect(other.bookmarks.isBookmarked('tech-auth')).toBe(false);
    expect(await hub.send({ type: 'listBookmarks' })).toEqual([]);
  });

  it('ends its listeners when disposed', async () => {
    const hub = createTestHub();
    const state = new PanelModel(hub.createApi());
    const other = new PanelModel(hub.createApi());
    state[Symbol.dispose]();
    await other.bookmarks.setBookmarked('tech-auth', true);
    expect(state.bookmarks.isBookmarked('tech-auth')).toBe(false);
  });
});

describe('this page', () => {
  it('leads with the posting: its role, the reason, relevant questions in rank order, then its pay against the market', async () => {
    await onPosting(backendPosting);
    expect(screen.getByRole('heading', { name: backendPosting.title })).toBeTruthy();
    expect(screen.getByText(/Acme Fintech · Pune · 3–5 years experience/)).toBeTruthy();
    expect(selectedRole()).toBe('Backend');
    expect(screen.getByText(/the title says Backend/)).toBeTruthy();
    const items = relevantItems();
    expect(items.slice(0, 5).some((li) => /message queues/.test(li.textContent ?? ''))).toBe(true);
    expect(within(items[0]!).getByRole('button', { name: 'Bookmark' })).toBeTruthy();
    const salary = (await screen.findByRole('heading', { name: 'Salary' })).closest('section')!;
    expect(within(salary).getByText('12-16 Lacs P.A.')).toBeTruthy();
    expect(within(salary).getByText(/₹12–16 LPA sits .* mid-level range for Backend/)).toBeTruthy();
  });

  it('gives a frontend posting frontend questions and no backend answers', async () => {
    await onPosting(frontendPosting);
    expect(selectedRole()).toBe('Frontend');
    const top = relevantItems().slice(0, 5).map((li) => li.textContent ?? '');
    expect(top.some((t) => /Redux Toolkit and React Query \(state management\)/.test(t))).toBe(true);
    expect(top.some((t) => /Core Web Vitals/.test(t))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Show all \d+ questions/ }));
    expect(screen.getByRole('button', { name: /Explain the browser event loop/ })).toBeTruthy();
    for (const id of ['tech-process-vs-thread', 'tech-idempotency', 'sal-expected-ctc']) {
      expect(screen.queryByRole('button', { name: question(id).text })).toBeNull();
    }
  });

  it('re-ranks at once when the role changes, and remembers the choice for that posting', async () => {
    const { hub } = await onPosting(frontendPosting);
    const showAll = () => screen.getByRole('button', { name: /Show all \d+ questions/ }).textContent;
    const before = showAll();
    fireEvent.change(roleBox(), { target: { value: 'fullstack' } });
    await waitFor(() => expect(selectedRole()).toBe('Full stack'));
    // The Full stack dataset (its own questions, Frontend's and Backend's tagged for it, General) is ranked instead.
    await waitFor(() => expect(showAll()).not.toBe(before));
    expect(screen.getByText(/you chose Full stack/)).toBeTruthy();
    await waitFor(async () => expect(await hub.setting(roleChoiceKey({ ...frontendPosting }))).toBe('fullstack'));

    cleanup();
    await mount(hub, 'embedded'); // the panel opened again on the same posting
    await waitFor(() => expect(selectedRole()).toBe('Full stack'));
    // The launcher's count follows the choice too: the background ranks for the chosen role.
    const reply = await hub.send({ type: 'reportPage', context: { kind: 'job', posting: frontendPosting } }, 7);
    expect(reply.relevantCount).toBeGreaterThan(0);
  });

  it('tells a non-software posting plainly that there are no role-specific questions, and offers General ones only', async () => {
    await onPosting(salesPosting);
    expect(selectedRole()).toBe('General');
    expect(screen.getByText(/no role-specific questions for this posting/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Show all \d+ questions/ }));
    const categories = relevantItems().map((li) => li.textContent ?? '');
    expect(categories.some((t) => /HR round/.test(t))).toBe(true);
    for (const t of categories) expect(t).not.toMatch(/Technical|Coding round/);
    expect(screen.getByRole('heading', { name: 'Before the call' })).toBeTruthy();
    const salary = (await screen.findByRole('heading', { name: 'Salary' })).closest('section')!;
    expect(within(salary).getByText(/software roles only/)).toBeTruthy();
  });

  it('on a call page leads with a checklist whose ticks persist per meeting and can be reset', async () => {
    const hub = createTestHub({ tabId: 3 });
    const call = {
      kind: 'call' as const,
      call: { site: 'google-meet', url: 'https://meet.google.com/abc-defg-hij', service: 'Google Meet', meetingId: 'abc-defg-hij' },
    };
    await hub.send({ type: 'reportPage', context: call }, 3);
    await mount(hub, 'embedded');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Checklist' })).toBeTruthy());
    fireEvent.click(screen.getByRole('checkbox', { name: /Camera and microphone tested/ }));
    await waitFor(async () => expect(await hub.setting('checklist:google-meet:abc-defg-hij')).toEqual(['av-test']));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Questions to ask the interviewer' })).toBeTruthy());

    cleanup();
    await mount(hub, 'embedded'); // a reload
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /Camera and microphone tested/ }) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reset checklist' }));
    await waitFor(async () => expect(await hub.setting('checklist:google-meet:abc-defg-hij')).toBeUndefined());
    expect((screen.getByRole('checkbox', { name: /Camera and microphone tested/ }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('failures', () => {
  it('shows a clear message when the background fails, and keeps working', async () => {
    const hub = createTestHub();
    const api = hub.createApi();
    const failing = {
      ...api,
      request: (() => Promise.reject(new Error('Bookmarks are unavailable right now (UnknownError).'))) as typeof api.request,
    };
    render(<PanelApp state={new PanelModel(failing)} mode="side" />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Bookmarks are unavailable/));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Bookmark' }).length).toBeGreaterThan(250));
  });
});
