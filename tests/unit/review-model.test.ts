/**
 * The panel's review state (components/state/review-model.ts, the session in
 * review-session-model.ts, the mock round in mock-model.ts) over the real
 * background handlers, fake-indexeddb and WXT's fake browser.
 */
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MockModel, type MockClock } from '@/components/state/mock-model';
import { PanelModel } from '@/components/state/panel-model';
import { SESSION_BATCH } from '@/components/state/review-session-model';
import { closeBookmarksDb } from '@/utils/bookmarks-db';
import type { ReportedPosting } from '@/utils/posting';
import { previewJson } from '@/utils/review/schedule';
import { createTestHub } from './panel-api-fake';

beforeEach(async () => {
  await closeBookmarksDb();
  globalThis.indexedDB = new IDBFactory();
  fakeBrowser.reset();
});

const models: PanelModel[] = [];
afterEach(() => {
  for (const m of models.splice(0)) m[Symbol.dispose]();
});
function panel(hub: ReturnType<typeof createTestHub>) {
  const state = new PanelModel(hub.createApi());
  models.push(state);
  return state;
}

async function bookmarked(ids: string[], hub = createTestHub()) {
  for (const questionId of ids) await hub.send({ type: 'setBookmarked', questionId, bookmarked: true });
  return hub;
}

describe('due count', () => {
  it('follows bookmarks and ratings in every open panel', async () => {
    const hub = createTestHub();
    const first = panel(hub);
    const second = panel(hub);
    await vi.waitFor(() => expect(first.review.summary.value).not.toBeNull());
    expect(first.review.dueCount.value).toBe(0);

    await first.bookmarks.setBookmarked('tech-caching', true);
    await first.bookmarks.setBookmarked('tech-cap-theorem', true);
    await vi.waitFor(() => expect(second.review.dueCount.value).toBe(2));
    await vi.waitFor(() => expect(first.review.dueCount.value).toBe(2));

    await hub.send({ type: 'rateCard', questionId: 'tech-caching', rating: 'easy' });
    await vi.waitFor(() => expect(second.review.dueCount.value).toBe(1));
    await second.bookmarks.setBookmarked('tech-cap-theorem', false);
    await vi.waitFor(() => expect(first.review.dueCount.value).toBe(0));
    expect(first.review.summary.value?.nextDue).toBeGreaterThan(Date.now());
  });
});

describe('review session', () => {
  it('shows one due card at a time; a rating moves to the next card at once and is stored behind it', async () => {
    const hub = await bookmarked(['tech-caching', 'tech-cap-theorem']);
    const state = panel(hub);
    const session = await state.review.openSession();
    await session.start();
    expect(session.phase.value).toBe('active');
    const first = session.current.value!;
    expect(['tech-caching', 'tech-cap-theorem']).toContain(first.questionId);
    expect(session.remaining.value).toBe(2);

    // Nothing to rate before the answer is shown.
    expect(session.rate('good')).toBe(false);
    expect(session.preview.value).toBeNull();
    session.reveal();
    const preview = session.preview.value!;
    expect(Object.keys(preview)).toEqual(['again', 'hard', 'good', 'easy']);
    const { questionId: _q, ...card } = first;
    // What ts-fsrs gives this card at the moment of the reveal (Again on a new card: one minute later).
    expect(preview).toEqual(previewJson(card, preview.again.due - 60_000, 0.9));
    expect(preview.again.intervalText).toBe('in 1 minute');
    expect(preview.good.intervalText).toBe('in 10 minutes');

    expect(session.rate('good')).toBe(true);
    // Synchronously: the next card, not yet revealed.
    expect(session.current.value?.questionId).not.toBe(first.questionId);
    expect(session.revealed.value).toBe(false);
    expect(session.reviewed.value).toBe(1);

    session.reveal();
    session.rate('easy');
    expect(session.phase.value).toBe('done');
    await vi.waitFor(() => expect(state.review.dueCount.value).toBe(0));
    const stored = await hub.send({ type: 'listDueCards' });
    expect(stored.cards).toEqual([]);
    const summary = await hub.send({ type: 'dueSummary' });
    expect(summary.byState.learning).toBe(1);
    expect(summary.byState.due).toBe(1);
    expect(state.review.summary.value?.nextDue).toBe(summary.nextDue);
  });

  it('undo shows the rated card again and restores it in the store', async () => {
    const hub = await bookmarked(['tech-caching']);
    const state = panel(hub);
    const session = await state.review.openSession();
    await session.start();
    session.reveal();
    session.rate('hard');
    expect(session.phase.value).toBe('done');
    expect(session.undoable.value).toBe(1);

    expect(await session.undo()).toBe(true);
    expect(session.phase.value).toBe('active');
    expect(session.current.value?.questionId).toBe('tech-caching');
    expect(session.current.value?.reps).toBe(0);
    expect(session.undoable.value).toBe(0);
    expect((await hub.send({ type: 'listDueCards' })).cards.map((c) => c.reps)).toEqual([0]);
    expect(await session.undo()).toBe(false);
  });

  it('fetches the next batch when a full one runs out', async () => {
    const ids = Array.from({ length: SESSION_BATCH + 1 }, (_, i) => `bench-q-${String(i).padStart(3, '0')}`);
    const hub = await bookmarked(ids);
    const state = panel(hub);
    const session = await state.review.openSession();
    await session.start();
    expect(session.remaining.value).toBe(SESSION_BATCH);
    for (let i = 0; i < SESSION_BATCH; i++) {
      session.reveal();
      session.rate('easy');
    }
    await vi.waitFor(() => expect(session.phase.value).toBe('active'), { timeout: 20_000 });
    expect(session.remaining.value).toBe(1);
    session.reveal();
    session.rate('easy');
    expect(session.phase.value).toBe('done');
  }, 30_000);

  it('says so when a rating could not be stored', async () => {
    const hub = await bookmarked(['tech-caching']);
    const api = hub.createApi();
    const failing = {
      ...api,
      request: ((type: Parameters<typeof api.request>[0], payload: never) =>
        type === 'rateCard'
          ? Promise.reject(new Error('Your browser is out of storage space for Prep Panel.'))
          : api.request(type, payload)) as typeof api.request,
    };
    const state = new PanelModel(failing);
    models.push(state);
    const session = await state.review.openSession();
    await session.start();
    session.reveal();
    session.rate('good');
    await vi.waitFor(() =>
      expect(state.review.error.value).toBe('That rating was not saved: Your browser is out of storage space for Prep Panel.'),
    );
  });
});

describe('own questions', () => {
  it('are added bookmarked and due, found by id as questions, deleted and brought back with undo', async () => {
    const hub = createTestHub();
    const state = panel(hub);
    const { question, problem } = await state.review.createOwn({
      text: 'Walk me through the outage you caused',
      notes: 'The 2024 cache stampede; what I changed after',
      role: 'backend',
      category: 'behavioural',
      company: 'Acme',
      askedOn: '2026-02-20',
    });
    expect(problem).toBeNull();
    const id = question!.id;
    expect(state.review.lookup.value(id)).toMatchObject({
      id,
      text: question!.text,
      guidance: question!.notes,
      role: 'backend',
      category: 'behavioural',
    });
    await vi.waitFor(() => expect(state.bookmarks.isBookmarked(id)).toBe(true));
    await vi.waitFor(() => expect(state.review.dueCount.value).toBe(1));
    // Searchable: the Questions view's pool and its search find it.
    await state.guides.ensureAll();
    expect(state.browse.pool.value?.[0]?.id).toBe(id);
    state.browse.query.value = 'outage stampede';
    expect(state.browse.results.value.map((q) => q.id)).toEqual([id]);

    expect(await state.review.createOwn({ text: ' ', role: 'backend', category: 'hr' })).toEqual({
      question: null,
      problem: 'The question text is empty.',
    });

    expect(await state.review.updateOwn(id, { text: 'Walk me through an outage you caused' })).toBeNull();
    expect(state.review.lookup.value(id)?.text).toBe('Walk me through an outage you caused');

    expect(await state.review.deleteOwn(id)).toBeNull();
    expect(state.review.lookup.value(id)).toBeUndefined();
    await vi.waitFor(() => expect(state.bookmarks.isBookmarked(id)).toBe(false));
    expect(state.review.deleted.value?.deleted.question.id).toBe(id);

    expect(await state.review.undoDelete()).toBeNull();
    expect(state.review.deleted.value).toBeNull();
    expect(state.review.lookup.value(id)?.text).toBe('Walk me through an outage you caused');
    await vi.waitFor(() => expect(state.bookmarks.isBookmarked(id)).toBe(true));
    await vi.waitFor(() => expect(state.review.dueCount.value).toBe(1));
  });

  it('show in another open panel as soon as they are added', async () => {
    const hub = createTestHub();
    const first = panel(hub);
    const second = panel(hub);
    const { question } = await first.review.createOwn({ text: 'Why Rust for the matcher?', role: 'backend', category: 'technical' });
    await vi.waitFor(() => expect(second.review.lookup.value(question!.id)?.text).toBe('Why Rust for the matcher?'));
  });
});

describe('progress', () => {
  it('loads while the Review view watches and refreshes after a change', async () => {
    const hub = await bookmarked(['tech-caching']);
    const state = panel(hub);
    state.review.watchStats();
    await vi.waitFor(() => expect(state.review.stats.value?.summary.total).toBe(1));
    expect(state.review.stats.value?.perDay).toHaveLength(30);
    await hub.send({ type: 'rateCard', questionId: 'tech-caching', rating: 'good' });
    await vi.waitFor(() => expect(state.review.stats.value?.streak).toBe(1));
    expect(state.review.stats.value?.perDay.at(-1)?.count).toBe(1);
    await state.review.setRetention(0.85);
    expect(state.review.stats.value?.retention).toBe(0.85);
    state.review.unwatchStats();
  });
});

/** A clock the test moves by hand. */
function fakeClock(start = Date.parse('2026-03-02T09:00:00Z')): MockClock & { advance(ms: number): void } {
  let now = start;
  const timers = new Set<{ every: number; next: number; fn: () => void }>();
  return {
    now: () => now,
    every(ms, fn) {
      const t = { every: ms, next: now + ms, fn };
      timers.add(t);
      return () => timers.delete(t);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.every;
        due.fn();
      }
      now = end;
    },
  };
}

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

describe('mock interview', () => {
  async function onPosting() {
    const hub = createTestHub({ tabId: 7 });
    await hub.send({ type: 'reportPage', context: { kind: 'job', posting } }, 7);
    const state = panel(hub);
    await vi.waitFor(() => expect(state.page.ranked.value.length).toBeGreaterThan(10));
    const clock = fakeClock();
    const mock = new MockModel(hub.createApi(), state.page, state.bookmarks, clock);
    return { hub, state, mock, clock };
  }

  it('runs a timed round for the posting to its summary, keeps it, and adds the weak answers to review', async () => {
    const { hub, state, mock, clock } = await onPosting();
    mock.count.value = 3;
    expect(mock.start()).toBe(true);
    expect(mock.round.value?.questions.map((q) => q.category)).toEqual(['technical', 'behavioural', 'hr']);
    expect(mock.remainingMs.value).toBe(120_000);

    clock.advance(30_000);
    expect(mock.remainingMs.value).toBe(90_000);
    mock.pause();
    clock.advance(60_000);
    expect(mock.remainingMs.value).toBe(90_000);
    mock.resume();
    clock.advance(100_000);
    expect(mock.timeUp.value).toBe(true);
    expect(mock.remainingMs.value).toBe(0);
    mock.rate('good'); // not before the answer is shown
    expect(mock.index.value).toBe(0);
    mock.reveal();
    clock.advance(20_000); // reading the answer does not count
    mock.rate('again');

    expect(mock.index.value).toBe(1);
    expect(mock.remainingMs.value).toBe(120_000);
    clock.advance(45_000);
    mock.reveal();
    mock.rate('good');
    clock.advance(61_000);
    mock.reveal();
    mock.rate('hard');

    expect(mock.phase.value).toBe('summary');
    expect(mock.items.value.map((i) => [i.rating, i.seconds])).toEqual([
      ['again', 130],
      ['good', 45],
      ['hard', 61],
    ]);
    await vi.waitFor(() => expect(mock.saved.value).toBe(true));
    const [kept] = await hub.send({ type: 'listMockRounds' });
    expect(kept).toMatchObject({ postingTitle: posting.title, company: 'Acme Fintech', role: 'backend' });
    expect(kept!.items.map((i) => i.rating)).toEqual(['again', 'good', 'hard']);
    await vi.waitFor(() => expect(mock.history.value).toHaveLength(1));

    await mock.addWeakToReview();
    expect(mock.added.value).toBe('Added 2 questions to review.');
    const weak = [mock.items.value[0]!.question.id, mock.items.value[2]!.question.id].sort();
    expect((await hub.send({ type: 'listBookmarks' })).map((b) => b.questionId).sort()).toEqual(weak);
    await vi.waitFor(() => expect(state.review.dueCount.value).toBe(2));
    await mock.addWeakToReview();
    expect(mock.added.value).toBe('Added 0 questions to review; 2 already in review.');

    // A second round for the same posting: its history holds both.
    mock.start();
    for (let i = 0; i < 3; i++) {
      mock.reveal();
      mock.rate('easy');
    }
    await vi.waitFor(() => expect(mock.history.value).toHaveLength(2));
    mock.close();
    expect(mock.phase.value).toBe('idle');
  });

  it('the launcher on This page starts a round with the count chosen (3–10)', async () => {
    const { state } = await onPosting();
    state.mock.setCount(12);
    expect(state.mock.count.value).toBe(10);
    state.mock.setCount(4);
    expect(await state.mock.start()).toBe(true);
    expect(state.mock.round.value?.round.value?.questions).toHaveLength(4);
    expect(state.mock.round.value?.phase.value).toBe('running');
    state.mock.round.value?.close();
  });
});
