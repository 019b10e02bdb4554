/**
 * Review in the panel as a user meets it, by role and name: the "Review" nav
 * control and its due count, a session driven by keyboard (Space reveals,
 * 1–4 rate), undo, progress, STAR drafts on a bookmarked behavioural
 * question, your own questions, and a mock interview on a posting. The real
 * panel model over the background's handlers and fake-indexeddb.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelApp } from '@/components/PanelApp';
import { PanelModel } from '@/components/state/panel-model';
import { allGuides } from '@/data/roles/all';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import type { ReportedPosting } from '@/utils/posting';
import { createTestHub } from './panel-api-fake';

const LAZY = { timeout: 5000 };

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});
let mounted: PanelModel[] = [];
afterEach(() => {
  cleanup();
  for (const m of mounted) m[Symbol.dispose]();
  mounted = [];
});

function mount(hub = createTestHub(), mode: 'side' | 'embedded' = 'side') {
  const state = new PanelModel(hub.createApi());
  mounted.push(state);
  render(<PanelApp state={state} mode={mode} />);
  return state;
}

const question = (id: string) =>
  Object.values(allGuides)
    .flatMap((g) => g.questions)
    .find((q) => q.id === id)!;
/** The text an element's aria-describedby points at. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
const reviewNav = () => screen.getByRole('button', { name: 'Review' });
const key = (k: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key: k });

async function openReview() {
  fireEvent.click(reviewNav());
  await screen.findByRole('heading', { name: 'Review' }, LAZY);
}

describe('the Review view', () => {
  it('describes the nav control with the due count, reviews by keyboard, and says when the next card is due', async () => {
    const hub = createTestHub();
    for (const id of ['tech-caching', 'tech-cap-theorem']) await hub.send({ type: 'setBookmarked', questionId: id, bookmarked: true });
    mount(hub);
    await waitFor(() => expect(description(reviewNav())).toBe('2'));

    await openReview();
    fireEvent.click(await screen.findByRole('button', { name: 'Start review' }, LAZY));
    const showAnswer = await screen.findByRole('button', { name: 'Show answer' }, LAZY);
    const card = showAnswer.closest('[data-question-id]') as HTMLElement;
    const first = question(card.dataset.questionId!);
    expect(within(card).getByText(first.text)).toBeTruthy();
    // The answer stays hidden until asked for.
    expect(within(card).queryByText(first.guidance)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Good' })).toBeNull();

    // Focus moves into the card, so the keys work wherever the click was.
    await waitFor(() => expect(document.activeElement).toBe(card));
    key(' ');
    await waitFor(() => expect(within(card).getByText(first.guidance)).toBeTruthy());
    const descriptions = ['Again', 'Hard', 'Good', 'Easy'].map((name) => description(screen.getByRole('button', { name })));
    expect(descriptions).toEqual(['in 1 minute', 'in 6 minutes', 'in 10 minutes', expect.stringMatching(/^in \d+ days$/)]);

    key('3');
    // The next card, at once, unrevealed.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show answer' })).toBeTruthy());
    const next = document.querySelector('[data-question-id]') as HTMLElement;
    expect(next.dataset.questionId).not.toBe(first.id);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();

    key('Enter');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Easy' })).toBeTruthy());
    key('4');
    const status = await screen.findByText(/Nothing is due\. The next card is due in 10 minutes/, {}, LAZY);
    expect(status.getAttribute('role')).toBe('status');
    expect(status.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await waitFor(() => expect(description(reviewNav())).toBe(''));
    expect((await hub.send({ type: 'dueSummary' })).dueCount).toBe(0);
  });

  it('undo brings the last rated card back', async () => {
    const hub = createTestHub();
    await hub.send({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
    mount(hub);
    await openReview();
    fireEvent.click(await screen.findByRole('button', { name: 'Start review' }, LAZY));
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }, LAZY));
    fireEvent.click(screen.getByRole('button', { name: 'Again' }));
    await screen.findByText(/Session done: you rated 1 card/);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Show answer' })).toBeTruthy());
    expect(screen.getByText(question('tech-caching').text)).toBeTruthy();
    await waitFor(async () => expect((await hub.send({ type: 'dueSummary' })).dueCount).toBe(1));
  });

  it('with no cards says nothing is due, and shows progress as pictures', async () => {
    const hub = createTestHub();
    await hub.send({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
    await hub.send({ type: 'rateCard', questionId: 'tech-caching', rating: 'easy' });
    mount(hub);
    await openReview();
    await screen.findByText(/Nothing is due\. The next card is due in \d+ days/, {}, LAZY);
    expect(screen.queryByRole('button', { name: 'Start review' })).toBeNull();
    const chart = await screen.findByRole('img', { name: /^Ratings per day over the last 30 days: 1 in all, 1 today/ }, LAZY);
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('rect')).toHaveLength(30);
    expect(screen.getByRole('img', { name: 'Cards by state: 0 new, 0 learning, 1 due, 0 mastered' })).toBeTruthy();
    expect(screen.getByText(/Streak:/).textContent).toMatch(/Streak: 1 day/);
    expect(screen.getByRole('img', { name: /^Backend: 1 in review, 1 practised, 0 mastered, of \d+ questions$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'By category' }));
    expect(screen.getByRole('img', { name: /^Technical: 1 in review/ })).toBeTruthy();
  });
});

describe('STAR drafts', () => {
  it('a bookmarked behavioural question offers Situation, Task, Action and Result, saved as you type', async () => {
    const hub = createTestHub();
    const behavioural = allGuides.general.questions.find((q) => q.category === 'behavioural')!;
    await hub.send({ type: 'setBookmarked', questionId: behavioural.id, bookmarked: true });
    mount(hub);
    fireEvent.click(screen.getByRole('button', { name: 'Bookmarks' }));
    fireEvent.click(
      await screen.findByRole('button', { name: new RegExp(behavioural.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }, LAZY),
    );
    const result = (await screen.findByRole('textbox', { name: 'Result' }, LAZY)) as HTMLTextAreaElement;
    expect(description(result)).toMatch(/Quantify the result/);
    for (const name of ['Situation', 'Task', 'Action']) expect(screen.getByRole('textbox', { name })).toBeTruthy();

    fireEvent.input(screen.getByRole('textbox', { name: 'Situation' }), { target: { value: 'Checkout team, peak sale' } });
    fireEvent.input(result, { target: { value: 'Refund time down 40%' } });
    fireEvent.blur(result);
    await screen.findByText('Draft saved', {}, LAZY);
    expect(await hub.send({ type: 'getDraft', questionId: behavioural.id })).toMatchObject({
      situation: 'Checkout team, peak sale',
      result: 'Refund time down 40%',
    });

    // Opened again (another panel, a reload): the draft is there.
    cleanup();
    mount(hub);
    fireEvent.click(screen.getByRole('button', { name: 'Bookmarks' }));
    fireEvent.click(
      await screen.findByRole('button', { name: new RegExp(behavioural.text.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }, LAZY),
    );
    await waitFor(
      () => expect((screen.getByRole('textbox', { name: 'Situation' }) as HTMLTextAreaElement).value).toBe('Checkout team, peak sale'),
      LAZY,
    );
  });
});

describe('your own questions', () => {
  it('"Add your own question" opens a form; the question is bookmarked, due, reviewable, editable and deletable with undo', async () => {
    const hub = createTestHub();
    mount(hub);
    await openReview();
    fireEvent.click(await screen.findByRole('button', { name: 'Add your own question' }, LAZY));
    const form = await screen.findByRole('form', { name: 'Add your own question' }, LAZY);
    for (const name of ['Question', 'Your answer notes', 'Company']) expect(within(form).getByRole('textbox', { name })).toBeTruthy();
    expect(within(form).getByRole('combobox', { name: 'Role' })).toBeTruthy();
    expect(within(form).getByRole('combobox', { name: 'Category' })).toBeTruthy();
    expect(within(form).getByLabelText('Asked on')).toBeTruthy();

    fireEvent.click(within(form).getByRole('button', { name: 'Save question' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Write the question first/);

    fireEvent.input(within(form).getByRole('textbox', { name: 'Question' }), { target: { value: 'How did you cut the build time?' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Your answer notes' }), {
      target: { value: 'Remote cache, 14 → 4 minutes' },
    });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Role' }), { target: { value: 'devops' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Category' }), { target: { value: 'behavioural' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Company' }), { target: { value: 'Acme' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save question' }));
    await screen.findByText(/Added “How did you cut the build time\?” to your questions and to review/);
    await waitFor(() => expect(description(reviewNav())).toBe('1'));

    fireEvent.click(await screen.findByRole('button', { name: 'Start review' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Show answer' }, LAZY));
    expect(screen.getByText('Remote cache, 14 → 4 minutes')).toBeTruthy();
    expect(screen.getByText('Your answer notes')).toBeTruthy();
    // A behavioural question of yours gets its STAR draft too.
    expect(await screen.findByRole('textbox', { name: 'Situation' }, LAZY)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Good' }));
    await screen.findByText(/Nothing is due/);

    // In the bookmarks: edit, then delete, then undo.
    fireEvent.click(screen.getByRole('button', { name: 'Bookmarks' }));
    fireEvent.click(await screen.findByRole('button', { name: /How did you cut the build time/ }, LAZY));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }, LAZY));
    const edit = await screen.findByRole('form', { name: 'Edit your question' }, LAZY);
    fireEvent.input(within(edit).getByRole('textbox', { name: 'Question' }), { target: { value: 'How did you cut CI build time?' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save question' }));
    await screen.findByRole('button', { name: /How did you cut CI build time/ });

    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const undo = await screen.findByRole('button', { name: 'Undo' }, LAZY);
    await waitFor(() => expect(screen.queryByRole('button', { name: /How did you cut CI build time/ })).toBeNull());
    expect(await hub.send({ type: 'listOwnQuestions' })).toEqual([]);
    fireEvent.click(undo);
    await screen.findByRole('button', { name: /How did you cut CI build time/ }, LAZY);
    expect((await hub.send({ type: 'listOwnQuestions' })).map((q) => q.text)).toEqual(['How did you cut CI build time?']);

    // Searchable in the Questions view.
    fireEvent.click(screen.getByRole('button', { name: 'Questions' }));
    fireEvent.input(await screen.findByRole('searchbox', {}, LAZY), { target: { value: 'build time' } });
    await screen.findByRole('button', { name: /How did you cut CI build time/ }, LAZY);
  });
});

describe('mock interview', () => {
  const posting: ReportedPosting = {
    site: 'naukri',
    url: 'https://www.naukri.com/job-listings-backend-engineer-acme-pune-3-to-5-years-1234567890',
    title: 'Backend Engineer (Kafka, Redis)',
    company: 'Acme Fintech',
    location: 'Pune',
    experience: ['3-5 Yrs'],
    salary: null,
    description: 'Event-driven services on Kafka and RabbitMQ, Redis caching, idempotent payment APIs, PostgreSQL indexing.',
  };

  it('"Mock interview" on This page runs five timed questions to a summary and adds the weak ones to review', async () => {
    const hub = createTestHub({ tabId: 7 });
    await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, 7);
    const state = mount(hub, 'embedded');
    const start = await screen.findByRole('button', { name: 'Mock interview' }, LAZY);
    await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false), LAZY);
    expect((screen.getByRole('combobox', { name: 'Questions' }) as HTMLSelectElement).value).toBe('5');
    fireEvent.click(start);

    const timer = await screen.findByRole('timer', {}, LAZY);
    expect(timer.textContent).toBe('2:00');
    expect(screen.getByText('Question 1 of 5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeTruthy();
    const asked: string[] = [];
    for (let i = 0; i < 5; i++) {
      await screen.findByText(`Question ${i + 1} of 5`);
      asked.push(document.getElementById('mock-question')!.textContent!);
      fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
      fireEvent.click(await screen.findByRole('button', { name: i === 0 ? 'Again' : 'Good' }));
    }
    const summary = (await screen.findByRole('heading', { name: /Summary/ })).closest('section')!;
    const rows = within(summary).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(asked);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['Again', 'Good', 'Good', 'Good', 'Good']);

    fireEvent.click(within(summary).getByRole('button', { name: 'Add weak ones to review' }));
    await within(summary).findByText('Added 1 question to review.');
    await waitFor(() => expect(description(reviewNav())).toBe('1'));
    await waitFor(async () => expect(await hub.send({ type: 'listMockRounds' })).toHaveLength(1));
    expect(state.bookmarks.count.value).toBe(1);

    fireEvent.click(within(summary).getByRole('button', { name: 'Back to the posting' }));
    await screen.findByRole('heading', { name: 'Relevant for this job' });
  });
});
