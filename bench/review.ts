/**
 * Spaced review at scale in real Chromium: 2,000 cards (bookmarks of the
 * guide's questions and of your own) and 20,000 review-log entries seeded
 * straight into IndexedDB from the service worker, then the panel page driven
 * as a user drives it:
 *
 * - Review view open: a click on "Review" → the view showing its heading, the
 *   "Start review" button and the progress chart drawn from the background's
 *   statistics (due summary, 30 days of ratings, streak, coverage over the
 *   2,000 cards). The first open also loads the view's code; later opens
 *   (after another view) are measured separately.
 * - Rating → next card: in a session, a "3" key press (Good, a CDP key event
 *   at an arbitrary moment) → the animation frame in which the next card's
 *   question shows, and → the next card in the DOM. The rating is stored
 *   behind it (optimistic), so this is the panel's own work plus the wait
 *   for the next frame.
 *
 * Times are taken inside the panel page (performance.now(), from the click or
 * the keydown to the requestAnimationFrame callback that sees the result laid
 * out), so they hold no CDP round trip.
 */
import type { Page } from 'playwright-core';
import { allGuides } from '@/data/roles/all';
import { DB_NAME, DB_VERSION } from '@/utils/bookmarks-db';
import { newCard, rate, RATINGS, type StoredCard } from '@/utils/review/schedule';
import type { BenchBrowser } from './launch';
import { summarize, type Summary } from './stats';

export interface ReviewReport {
  cards: number;
  reviewLog: number;
  seedMs: number;
  /** Click on "Review" → heading, "Start review" and progress chart shown; the very first open (view code loads). */
  firstOpenMs: number;
  /** The same, the view's code already loaded (opened again after another view). */
  openMs: Summary;
  /** One reviewStats round trip from the panel page (what the view's progress waits for): messaging + background + IndexedDB. */
  statsMs: Summary;
  /** "3" (Good) pressed on a revealed card (its keydown) → the animation frame that shows the next card's question. */
  rateToNextMs: Summary;
  /** …and → the next card in the DOM (the panel's own work: the key handler and the render). */
  rateToDomMs: Summary;
  /** Ratings the session stored meanwhile (checked against the store afterwards). */
  ratingsStored: number;
}

const DAY = 86_400_000;

interface Seed {
  bookmarks: unknown[];
  cards: unknown[];
  reviewLog: unknown[];
  ownQuestions: unknown[];
}

/** Builds the records in Node: cards in every state, a review history over the last 120 days, own questions for ids beyond the guide's. */
function buildSeed(count: number, logEntries: number, now: number): Seed {
  const guideIds = [...new Set(Object.values(allGuides).flatMap((g) => g.questions.map((q) => q.id)))];
  const bookmarks: unknown[] = [];
  const cards: unknown[] = [];
  const ownQuestions: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const own = i >= guideIds.length;
    const questionId = own ? `own-bench-${String(i).padStart(5, '0')}` : guideIds[i]!;
    const savedAt = now - 90 * DAY + i * 1000;
    if (own)
      ownQuestions.push({
        id: questionId,
        text: `Bench question ${i}: how would you design a rate limiter for tenant ${i}?`,
        notes: 'Token bucket per tenant in Redis; sliding window for the burst limit.',
        role: 'backend',
        category: i % 7 === 0 ? 'behavioural' : 'technical',
        createdAt: savedAt,
        updatedAt: savedAt,
      });
    bookmarks.push({ questionId, savedAt, updatedAt: savedAt, note: i % 5 === 0 ? `Bench note ${i}` : '', status: 'to-review' });
    // Three in four reviewed before: learning, review and mastered cards, all due again now.
    let card: StoredCard = newCard(savedAt);
    if (i % 4 !== 0) {
      let at = savedAt;
      for (let r = 0; r < 1 + (i % 5); r++) {
        card = rate(card, r === 0 ? 'good' : RATINGS[(i + r) % 4]!, at).card;
        at = Math.min(card.due, now - DAY);
      }
    }
    cards.push({ questionId, ...card, due: now - (i % 50) * 60_000 });
  }
  const reviewLog: unknown[] = [];
  for (let i = 0; i < logEntries; i++) {
    const questionId = (cards[i % count] as { questionId: string }).questionId;
    reviewLog.push({
      questionId,
      rating: RATINGS[i % 4],
      reviewedAt: now - DAY - Math.floor((i / logEntries) * 120 * DAY),
      before: null,
      after: null,
    });
  }
  return { bookmarks, cards, reviewLog, ownQuestions };
}

/** Runs in the service worker: writes the seed into the stores the background created, in one transaction. */
function writeSeed(args: { name: string; version: number; seed: Seed }) {
  return new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const open = indexedDB.open(args.name, args.version);
    open.onupgradeneeded = () => {
      open.transaction?.abort();
      reject(new Error('The background has not created the database yet.'));
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const stores = ['bookmarks', 'cards', 'reviewLog', 'ownQuestions'] as const;
      const tx = db.transaction([...stores], 'readwrite');
      for (const store of stores) for (const record of args.seed[store]) tx.objectStore(store).put(record);
      tx.oncomplete = () => {
        db.close();
        resolve(performance.now() - started);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Runs in the panel page: clicks a nav button and resolves on the frame that shows what `ready` waits for. */
function clickAndWait(args: { button: string; ready: string[]; readyButton?: string; limitMs: number }) {
  return new Promise<number>((resolve, reject) => {
    const nav = [...document.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent?.trim().startsWith(args.button));
    if (!nav) return reject(new Error(`No "${args.button}" nav button.`));
    const shown = (selector: string) => {
      const el = document.querySelector(selector);
      const box = el?.getBoundingClientRect();
      return !!box && box.width > 0 && box.height > 0;
    };
    const buttonShown = () =>
      !args.readyButton ||
      [...document.querySelectorAll('main button')].some(
        (b) => b.textContent?.trim() === args.readyButton && b.getBoundingClientRect().height > 0,
      );
    const t0 = performance.now();
    nav.click();
    const tick = () => {
      if (args.ready.every(shown) && buttonShown()) resolve(performance.now() - t0);
      else if (performance.now() - t0 > args.limitMs) reject(new Error(`Timed out waiting for ${args.ready.join(', ')}`));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Runs in the panel page: waits for the next "3" key press and resolves with
 * the time from its keydown (the first listener, capture phase) to the next
 * card's question in the DOM, and to the animation frame that shows it.
 */
function armRating(limitMs: number) {
  const w = window as unknown as { __rating?: Promise<{ domMs: number; frameMs: number }> };
  const card = () => document.querySelector<HTMLElement>('[data-question-id]');
  const before = card()?.dataset.questionId;
  const changed = () => {
    const now = card();
    return !!now && now.dataset.questionId !== before && now.getBoundingClientRect().height > 0;
  };
  w.__rating = new Promise((resolve, reject) => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '3') return;
      removeEventListener('keydown', onKey, true);
      const t0 = performance.now();
      let domMs = 0;
      const observer = new MutationObserver(() => {
        if (!domMs && changed()) domMs = performance.now() - t0;
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const tick = () => {
        const at = performance.now() - t0;
        if (changed()) {
          observer.disconnect();
          resolve({ domMs: domMs || at, frameMs: at });
        } else if (at > limitMs) reject(new Error('The next card did not show.'));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    };
    addEventListener('keydown', onKey, true);
  });
}

/**
 * `n` ratings as a user gives them: Space (the answer shows), a pause, then
 * "3" through CDP key events at an arbitrary moment within a frame, each
 * timed in the page by `armRating`.
 */
async function rateMany(panel: Page, n: number, limitMs: number): Promise<{ domMs: number; frameMs: number }[]> {
  const times: { domMs: number; frameMs: number }[] = [];
  for (let i = 0; i < n; i++) {
    await panel.keyboard.press('Space');
    await panel.getByRole('button', { name: 'Good', exact: true }).waitFor({ timeout: limitMs });
    await panel.waitForTimeout(60 + Math.floor(Math.random() * 40)); // as a reader would pause
    await panel.evaluate(armRating, limitMs);
    await panel.keyboard.press('3');
    times.push(await panel.evaluate(() => (window as unknown as { __rating: Promise<{ domMs: number; frameMs: number }> }).__rating));
  }
  return times;
}

/** The Review view is open: its heading and the 30-day chart, which is drawn once the statistics arrived. */
const READY = ['#review-heading', 'section[aria-labelledby="progress-days"] svg'];

export async function measureReview(
  launch: () => Promise<BenchBrowser>,
  options: { cards: number; reviewLog: number; opens: number; ratings: number; log: (line: string) => void },
): Promise<ReviewReport> {
  const browser = await launch();
  try {
    return await measureIn(browser, options);
  } finally {
    await browser.close();
  }
}

async function measureIn(
  browser: BenchBrowser,
  options: { cards: number; reviewLog: number; opens: number; ratings: number; log: (line: string) => void },
): Promise<ReviewReport> {
  if (!browser.worker) throw new Error('Review needs the extension.');
  let panel: Page = await browser.openPanelPage();
  // The background opens (and creates) the database on first use.
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'dueSummary' }));
  const seed = buildSeed(options.cards, options.reviewLog, Date.now());
  const seedMs = await browser.worker.evaluate(writeSeed, { name: DB_NAME, version: DB_VERSION, seed });
  options.log(`review: seeded ${options.cards} cards and ${options.reviewLog} log entries in ${seedMs.toFixed(0)} ms`);
  await panel.close();

  // A fresh panel, as a user's: it counts the due cards and loads the own questions.
  panel = await browser.openPanelPage();
  await panel.getByRole('button', { name: 'Review', exact: true }).waitFor();
  const due = await panel.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'dueSummary' })).value.dueCount as number);
  if (due !== options.cards) throw new Error(`Expected ${options.cards} cards due, the background counts ${due}.`);
  await panel.waitForTimeout(1000);

  const limitMs = 10_000;
  const firstOpenMs = await panel.evaluate(clickAndWait, { button: 'Review', ready: READY, readyButton: 'Start review', limitMs });
  const opens: number[] = [];
  for (let i = 0; i < options.opens; i++) {
    await panel.evaluate(clickAndWait, { button: 'Tips', ready: ['main h2'], limitMs });
    await panel.waitForTimeout(200);
    opens.push(await panel.evaluate(clickAndWait, { button: 'Review', ready: READY, readyButton: 'Start review', limitMs }));
  }
  options.log(`review: view opened ${options.opens + 1} times`);
  const stats = await panel.evaluate(async (n) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'reviewStats' });
      if (!reply?.ok) throw new Error(`reviewStats failed: ${reply?.error}`);
      times.push(performance.now() - t0);
    }
    return times;
  }, options.opens);

  await panel.getByRole('button', { name: 'Start review' }).click();
  await panel.getByRole('button', { name: 'Show answer' }).waitFor();
  await panel.waitForTimeout(300);
  const rated = await rateMany(panel, options.ratings, limitMs);
  options.log(`review: ${rated.length} ratings timed`);

  // Every rating reached the store (they are stored behind the screen, in order).
  let ratingsStored = 0;
  for (let i = 0; i < 50 && ratingsStored < options.ratings; i++) {
    ratingsStored =
      options.cards -
      (await panel.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'dueSummary' })).value.dueCount as number));
    if (ratingsStored < options.ratings) await panel.waitForTimeout(100);
  }
  await panel.close();
  return {
    cards: options.cards,
    reviewLog: options.reviewLog,
    seedMs,
    firstOpenMs,
    openMs: summarize(opens),
    statsMs: summarize(stats),
    rateToNextMs: summarize(rated.map((r) => r.frameMs)),
    rateToDomMs: summarize(rated.map((r) => r.domMs)),
    ratingsStored,
  };
}
