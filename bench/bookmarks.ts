/**
 * Bookmarks at scale in real Chromium: the panel page talks to the background
 * service worker (the owner of IndexedDB) exactly as the panel does, through
 * chrome.runtime.sendMessage, and times each round trip in the page. The
 * database is seeded straight into IndexedDB from the service worker, since
 * the import path only accepts ids of the bundled dataset's questions.
 */
import type { Page } from 'playwright-core';
import { allGuides } from '@/data/roles/all';
import { DB_NAME, DB_VERSION } from '@/utils/bookmarks-db';
import type { BenchBrowser } from './launch';
import { summarize, type Summary } from './stats';

export interface BookmarksReport {
  count: number;
  seedMs: number;
  /** Toggles on an empty store, for comparison. */
  toggleEmptyMs: Summary;
  toggleMs: Summary;
  /** The same toggles sent from a bare extension page (no panel state to update): messaging + background + IndexedDB. */
  toggleBareMs: Summary;
  /** get + put/delete in one readwrite transaction, straight in the service worker: IndexedDB alone. */
  toggleIndexedDbMs: Summary;
  listMs: Summary;
  exportMs: Summary;
  /** Size of one listBookmarks reply as JSON, as it crosses the message channel. */
  listReplyBytes: number;
}

const REPEATS = 10;

/** Runs in the panel page: sends each message in turn, timing each round trip; throws on an error reply. */
function timeMessages(messages: unknown[]) {
  return (async () => {
    const times: number[] = [];
    let lastSize = 0;
    for (const message of messages) {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage(message);
      times.push(performance.now() - t0);
      if (!reply?.ok) throw new Error(`${JSON.stringify(message).slice(0, 80)} failed: ${reply?.error}`);
      lastSize = JSON.stringify(reply.value).length;
    }
    return { times, lastSize };
  })();
}

async function send(panel: Page, messages: unknown[]) {
  return panel.evaluate(timeMessages, messages);
}

function toggles(questionId: string, n: number) {
  // Alternating, so every message changes the store: add, remove, add, …
  return Array.from({ length: n }, (_, i) => ({ type: 'setBookmarked', questionId, bookmarked: i % 2 === 0 }));
}

/** Runs in the service worker: what setBookmarked does to IndexedDB (get, then put or delete), timed per toggle. */
function rawToggles(args: { name: string; version: number; questionId: string; n: number }) {
  return new Promise<number[]>((resolve, reject) => {
    const open = indexedDB.open(args.name, args.version);
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const times: number[] = [];
      for (let i = 0; i < args.n; i++) {
        const t0 = performance.now();
        await new Promise<void>((done, fail) => {
          const tx = db.transaction('bookmarks', 'readwrite');
          const store = tx.objectStore('bookmarks');
          store.get(args.questionId).onsuccess = () => {
            const now = Date.now();
            if (i % 2 === 0) store.put({ questionId: args.questionId, savedAt: now, updatedAt: now, note: '', status: 'to-review' });
            else store.delete(args.questionId);
          };
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
        times.push(performance.now() - t0);
      }
      db.close();
      resolve(times);
    };
  });
}

/** Runs in the service worker: puts `count` bookmarks in one transaction, into the store the background created. */
function seed(args: { name: string; version: number; count: number; now: number }) {
  return new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const open = indexedDB.open(args.name, args.version);
    open.onupgradeneeded = () => {
      open.transaction?.abort();
      reject(new Error('The background has not created the bookmarks database yet.'));
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('bookmarks', 'readwrite');
      const store = tx.objectStore('bookmarks');
      for (let i = 0; i < args.count; i++) {
        const savedAt = args.now - i * 60_000;
        store.put({
          questionId: `bench-question-${String(i).padStart(5, '0')}`,
          savedAt,
          updatedAt: savedAt,
          // A note on every fifth, as a reviewing user would have.
          note: i % 5 === 0 ? `Practise this with a STAR story; bench note ${i}.` : '',
          status: i % 3 === 0 ? 'practised' : 'to-review',
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve(performance.now() - started);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export async function measureBookmarks(
  browser: BenchBrowser,
  options: { count: number; toggles: number; log: (line: string) => void },
): Promise<BookmarksReport> {
  if (!browser.worker) throw new Error('Bookmarks need the extension.');
  const questionId = allGuides.backend.questions[0]?.id;
  if (!questionId) throw new Error('The dataset has no questions.');
  let panel = await browser.openPanelPage();
  // The background opens (and creates) the database on first use.
  await send(panel, [{ type: 'listBookmarks' }]);
  const empty = await send(panel, toggles(questionId, options.toggles));

  const seedMs = await browser.worker.evaluate(seed, { name: DB_NAME, version: DB_VERSION, count: options.count, now: Date.now() });
  options.log(`bookmarks: seeded ${options.count} in ${seedMs.toFixed(0)} ms`);
  // Reopen the panel so it holds every bookmark, as a user's panel would.
  await panel.close();
  panel = await browser.openPanelPage();
  await panel.waitForTimeout(1000);

  const list = await send(
    panel,
    Array.from({ length: REPEATS }, () => ({ type: 'listBookmarks' })),
  );
  const listed = await panel.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'listBookmarks' })).value.length as number);
  if (listed !== options.count) throw new Error(`Expected ${options.count} bookmarks, listBookmarks returned ${listed}.`);
  const toggled = await send(panel, toggles(questionId, options.toggles));
  const exported = await send(
    panel,
    Array.from({ length: REPEATS }, () => ({ type: 'exportBookmarks' })),
  );
  await panel.close();

  // Decomposition: the same toggles without a panel holding 10,000 bookmarks, and IndexedDB alone.
  const bare = await browser.context.newPage();
  await bare.goto(`chrome-extension://${browser.extensionId}/manifest.json`); // any extension page can message the background
  const bareToggles = await send(bare, toggles(questionId, options.toggles));
  await bare.close();
  const idb = await browser.worker.evaluate(rawToggles, {
    name: DB_NAME,
    version: DB_VERSION,
    questionId: 'bench-raw-toggle',
    n: options.toggles,
  });

  return {
    count: options.count,
    seedMs,
    toggleEmptyMs: summarize(empty.times),
    toggleMs: summarize(toggled.times),
    toggleBareMs: summarize(bareToggles.times),
    toggleIndexedDbMs: summarize(idb),
    listMs: summarize(list.times),
    exportMs: summarize(exported.times),
    listReplyBytes: list.lastSize,
  };
}
