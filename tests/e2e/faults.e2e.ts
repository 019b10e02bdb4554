/**
 * Faults: the service worker stopped mid-session, two panels toggling the
 * same bookmarks at once, a database from a newer version, and the extension
 * reloaded under an open page. Real Chromium, real IndexedDB.
 */
import type { Page } from 'playwright-core';
import { routes, type JobExpect } from '../fixtures/routes';
import { inPagePanel, launchWithExtension, type ExtensionBrowser, launcher } from './support/browser';
import { fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';

let server: FixtureServer;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
});
afterAll(() => server.close());
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const posting = routes.find((r) => r.url.includes('naukri.com/job-listings-backend'))!;
const postingTitle = (posting.expect as JobExpect).title;
async function start() {
  browser = await launchWithExtension({ hosts: server.hosts, port: server.port });
  const control = await browser.openPanelPage();
  const page = await browser.context.newPage();
  await page.goto(posting.url);
  await launcher(page).click();
  const panel = inPagePanel(page);
  await panel.getByRole('heading', { name: postingTitle, exact: true }).waitFor();
  return { browser, control, page, panel };
}

/** Stops the extension's service worker, as Chrome does when it idles it. */
async function stopServiceWorker(control: Page) {
  const cdp = await control.context().newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const session = await control.context().browser()!.newBrowserCDPSession();
  const running = async () => {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string }[] };
    return targetInfos.filter((t) => t.type === 'service_worker').length;
  };
  await expect.poll(running, { timeout: 10_000, interval: 50 }).toBe(0);
  await session.detach();
}

const listBookmarks = (control: Page) =>
  control.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'listBookmarks' });
    return (reply.value as { questionId: string; note: string }[]).map((b) => b.questionId).sort();
  });

describe('faults', () => {
  it('keeps working when the service worker is stopped mid-session', async () => {
    const { control, page, panel } = await start();
    await stopServiceWorker(control);

    // The open panel still works locally...
    await panel.getByRole('button', { name: 'Questions', exact: true }).click();
    await panel.getByRole('searchbox').fill('idempotency');
    const card = panel.getByRole('listitem').filter({ hasText: /What is idempotency/ });
    // ...and the next bookmark wakes the worker and is saved.
    await card.getByRole('button', { name: 'Bookmark' }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => listBookmarks(control)).toEqual(['tech-idempotency']);

    // The tab's context comes back from storage.session after another stop.
    await stopServiceWorker(control);
    await panel.getByRole('button', { name: 'Close panel' }).click();
    await launcher(page).click();
    await inPagePanel(page).getByRole('heading', { name: postingTitle, exact: true }).waitFor();
    await inPagePanel(page).getByRole('heading', { name: 'Relevant for this job' }).waitFor();
  });

  it('two panels toggling the same bookmarks quickly end in the same state as the store', async () => {
    const { control, panel } = await start();
    await control.getByRole('button', { name: 'Bookmarks', exact: true }).click();
    await control.getByRole('button', { name: 'Questions', exact: true }).click();
    const inPageCards = panel.getByRole('region', { name: 'Relevant for this job' }).getByRole('listitem');
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) texts.push((await inPageCards.nth(i).getByRole('heading').innerText()).replace(/^[▸▾]\s*/, '').trim());
    const inPage = (t: string) => inPageCards.filter({ hasText: t }).getByRole('button', { name: 'Bookmark' });
    const side = (t: string) => control.getByRole('listitem').filter({ hasText: t }).getByRole('button', { name: 'Bookmark' });

    // Both panels click at the same time: the same question from both sides, and a
    // different one on each side a known number of times.
    await Promise.all([
      (async () => {
        for (let i = 0; i < 7; i++) await side(texts[0]!).click();
        for (let i = 0; i < 3; i++) await side(texts[1]!).click();
      })(),
      (async () => {
        for (let i = 0; i < 6; i++) await inPage(texts[0]!).click();
        for (let i = 0; i < 4; i++) await inPage(texts[2]!).click();
      })(),
    ]);

    const stored = async () => {
      const ids = await listBookmarks(control);
      return ids.length;
    };
    // texts[1] clicked 3 times (on), texts[2] 4 times (off); texts[0] whatever won, but everywhere the same.
    await expect.poll(() => side(texts[1]!).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => inPage(texts[1]!).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => side(texts[2]!).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => inPage(texts[2]!).getAttribute('aria-pressed')).toBe('false');
    const first = await side(texts[0]!).getAttribute('aria-pressed');
    await expect.poll(() => inPage(texts[0]!).getAttribute('aria-pressed')).toBe(first);
    await expect.poll(stored).toBe(first === 'true' ? 2 : 1);
  });

  it('shows a clear message for a database from a newer version, and leaves it alone', async () => {
    const { control } = await start();
    // A future Prep Panel upgraded the database to version 99 and stored something.
    await control.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('prep-panel', 99);
          request.onupgradeneeded = () => {
            const db = request.result;
            const store = db.objectStoreNames.contains('bookmarks')
              ? request.transaction!.objectStore('bookmarks')
              : db.createObjectStore('bookmarks', { keyPath: 'questionId' });
            store.put({ questionId: 'from-the-future', savedAt: 1 });
          };
          request.onsuccess = () => (request.result.close(), resolve());
          request.onerror = () => reject(request.error);
        }),
    );
    await control.reload();
    await control.getByRole('alert').filter({ hasText: 'saved by a newer version of Prep Panel' }).waitFor();
    // Browsing still works, and the future data is untouched.
    await control.getByRole('button', { name: 'Questions', exact: true }).click();
    await control.getByRole('searchbox').fill('cache');
    await control.getByRole('button', { name: /Explain caching strategies/ }).waitFor();
    const count = await control.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const request = indexedDB.open('prep-panel');
          request.onsuccess = () => {
            const db = request.result;
            const c = db.transaction('bookmarks').objectStore('bookmarks').count();
            c.onsuccess = () => (resolve(c.result), db.close());
          };
        }),
    );
    expect(count).toBe(1);
  });

  it('goes quiet when the extension is reloaded or updated under an open page, and the page keeps working', async () => {
    const { browser: b, page } = await start();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    // Reloading (as an update does) orphans the content script already in the page. (Chromium
    // started with --load-extension does not bring the extension back, which changes nothing here.)
    await b.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await page.waitForTimeout(500);
    // The page changes (a single-page navigation): the old script notices it is orphaned.
    await page.evaluate(() => {
      history.pushState({}, '', location.pathname + '?tab=2');
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'page still alive' }));
    });
    await expect.poll(() => page.locator('prep-panel-root').count()).toBe(0);
    await page.getByText('page still alive').waitFor();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(errors.filter((e) => /Extension context|prep|chrome-extension/i.test(e))).toEqual([]);
  });
});
