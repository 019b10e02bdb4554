/**
 * Practise, not just read: spaced review of bookmarks by keyboard across a
 * browser restart, a mock interview on a posting to its summary, a STAR
 * draft that survives a stopped service worker, and a question of your own
 * reviewed. Real Chromium, the built extension, real IndexedDB.
 */
import type { Locator, Page } from 'playwright-core';
import { routes, type JobExpect } from '../fixtures/routes';
import { inPagePanel, launcher, launchWithExtension, newProfileDir, type ExtensionBrowser } from './support/browser';
import { fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';

let browser: ExtensionBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** The text an element's aria-describedby points at (its accessible description). */
const description = (l: Locator) =>
  l.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
const reviewNav = (page: Page) => page.getByRole('button', { name: 'Review', exact: true });
const bookmarkOf = (page: Page, text: RegExp) =>
  page.getByRole('listitem').filter({ hasText: text }).getByRole('button', { name: 'Bookmark' });

async function bookmark(panel: Page, search: string, text: RegExp) {
  await panel.getByRole('searchbox').fill(search);
  const toggle = bookmarkOf(panel, text);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
}

const dueSummary = (page: Page) =>
  page.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ type: 'dueSummary' });
    return reply.value as { dueCount: number; nextDue: number | null; total: number };
  });

/** Stops the extension's service worker, as Chrome does when it idles it (as in faults.e2e.ts). */
async function stopServiceWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  const session = await page.context().browser()!.newBrowserCDPSession();
  const running = async () => {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string }[] };
    return targetInfos.filter((t) => t.type === 'service_worker').length;
  };
  await expect.poll(running).toBe(0);
  await session.detach();
}

describe('spaced review', () => {
  it('reviews three bookmarks by keyboard, and after a browser restart shows the same due count and next due date', async () => {
    const profileDir = newProfileDir();
    browser = await launchWithExtension({ profileDir });
    let panel = await browser.openPanelPage();
    await bookmark(panel, 'caching strategies', /Explain caching strategies/);
    await bookmark(panel, 'CAP theorem', /What is the CAP theorem/);
    await bookmark(panel, 'idempotency', /What is idempotency/);
    await expect.poll(() => description(reviewNav(panel))).toBe('3');

    await reviewNav(panel).click();
    await panel.getByRole('heading', { name: 'Review' }).waitFor();
    await panel.getByRole('button', { name: 'Start review' }).click();
    for (const [rate, name] of [
      ['3', 'Good'],
      ['4', 'Easy'],
      ['3', 'Good'],
    ] as const) {
      await panel.getByRole('button', { name: 'Show answer' }).waitFor();
      // The answer is not on the card until asked for.
      expect(await panel.getByText('How to answer').count()).toBe(0);
      await panel.keyboard.press('Space');
      await panel.getByText('How to answer').waitFor();
      const button = panel.getByRole('button', { name, exact: true });
      expect(await description(button)).toMatch(/^in \d+ (minutes?|days?)$/);
      await panel.keyboard.press(rate);
    }
    const status = panel.getByRole('status').filter({ hasText: 'Nothing is due' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/The next card is due in 10 minutes/);
    const nextDue = await status.locator('time').getAttribute('datetime');
    await expect.poll(() => description(reviewNav(panel))).toBe('');
    const before = await dueSummary(panel);
    expect(before).toMatchObject({ dueCount: 0, total: 3 });
    expect(new Date(before.nextDue!).toISOString()).toBe(nextDue);

    await browser.close();
    browser = await launchWithExtension({ profileDir });
    panel = await browser.openPanelPage();
    await reviewNav(panel).click();
    const again = panel.getByRole('status').filter({ hasText: 'Nothing is due' });
    await again.waitFor();
    expect(await again.locator('time').getAttribute('datetime')).toBe(nextDue);
    expect(await description(reviewNav(panel))).toBe('');
    expect(await dueSummary(panel)).toEqual(before);
    // Progress shows what was done.
    await panel.getByRole('img', { name: /^Ratings per day over the last 30 days: 3 in all, 3 today/ }).waitFor();
    await panel.getByRole('img', { name: 'Cards by state: 0 new, 2 learning, 1 due, 0 mastered' }).waitFor();
  });

  it('a question of your own is added, bookmarked and reviewed', async () => {
    browser = await launchWithExtension();
    const panel = await browser.openPanelPage();
    await reviewNav(panel).click();
    await panel.getByRole('button', { name: 'Add your own question' }).click();
    const form = panel.getByRole('form', { name: 'Add your own question' });
    await form.getByRole('textbox', { name: 'Question' }).fill('How would you migrate our monolith’s sessions to Redis?');
    await form.getByRole('textbox', { name: 'Your answer notes' }).fill('Dual-write, then read-through; TTL equal to the session timeout.');
    await form.getByRole('combobox', { name: 'Role' }).selectOption('backend');
    await form.getByRole('combobox', { name: 'Category' }).selectOption('technical');
    await form.getByRole('textbox', { name: 'Company' }).fill('Acme Fintech');
    await form.getByLabel('Asked on').fill('2026-02-20');
    await form.getByRole('button', { name: 'Save question' }).click();
    await panel.getByText(/Added “How would you migrate/).waitFor();
    await expect.poll(() => description(reviewNav(panel))).toBe('1');

    await panel.getByRole('button', { name: 'Start review' }).click();
    await panel.getByText('How would you migrate our monolith’s sessions to Redis?', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Show answer' }).click();
    await panel.getByText('Dual-write, then read-through; TTL equal to the session timeout.').waitFor();
    await panel.keyboard.press('4');
    await panel.getByRole('status').filter({ hasText: 'Nothing is due' }).waitFor();

    // It is a bookmark, and searchable.
    await panel.getByRole('button', { name: 'Questions', exact: true }).click();
    await panel.getByRole('searchbox').fill('monolith sessions');
    await expect.poll(() => bookmarkOf(panel, /How would you migrate/).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('STAR drafts', () => {
  it('a draft typed before and after the service worker stopped is intact after a reload', async () => {
    browser = await launchWithExtension();
    const panel = await browser.openPanelPage();
    await bookmark(panel, 'conflict with a colleague', /conflict with a colleague/);
    await panel.getByRole('button', { name: /conflict with a colleague/, expanded: false }).click();
    await panel.getByRole('textbox', { name: 'Situation' }).fill('Payments team, two weeks before Diwali sale');
    await panel.getByRole('textbox', { name: 'Task' }).fill('Agree on retry semantics with the checkout lead');
    await panel.getByRole('textbox', { name: 'Action' }).fill('Wrote both options down with failure cases');
    await panel.getByText('Draft saved').waitFor();

    await stopServiceWorker(panel);
    // Typing goes on; the save wakes the worker.
    await panel.getByRole('textbox', { name: 'Result' }).fill('Duplicate charges down 90%, shipped on time');
    await panel.getByRole('textbox', { name: 'Result' }).blur();
    await panel.getByText('Draft saved').waitFor();

    await panel.reload();
    await panel.getByRole('button', { name: 'Bookmarks', exact: true }).click();
    await panel.getByRole('button', { name: /conflict with a colleague/, expanded: false }).click();
    await expect
      .poll(() => panel.getByRole('textbox', { name: 'Situation' }).inputValue())
      .toBe('Payments team, two weeks before Diwali sale');
    expect(await panel.getByRole('textbox', { name: 'Task' }).inputValue()).toBe('Agree on retry semantics with the checkout lead');
    expect(await panel.getByRole('textbox', { name: 'Action' }).inputValue()).toBe('Wrote both options down with failure cases');
    expect(await panel.getByRole('textbox', { name: 'Result' }).inputValue()).toBe('Duplicate charges down 90%, shipped on time');
    expect(await description(panel.getByRole('textbox', { name: 'Result' }))).toMatch(/Quantify the result/);
  });
});

describe('mock interview', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(fixturePages());
  });
  afterAll(() => server.close());

  it('runs five timed questions for a posting to its summary and adds the weak ones to review', async () => {
    const route = routes.find((r) => r.url.includes('naukri.com/job-listings-backend'))!;
    browser = await launchWithExtension({ hosts: server.hosts, port: server.port });
    const page = await browser.context.newPage();
    await page.goto(route.url);
    await launcher(page).click();
    const panel = inPagePanel(page);
    await panel.getByRole('heading', { name: (route.expect as JobExpect).title, exact: true }).waitFor();

    await panel.getByRole('button', { name: 'Mock interview' }).click();
    const timer = panel.getByRole('timer');
    await timer.waitFor();
    expect(await timer.textContent()).toMatch(/^[12]:\d\d$/);
    await panel.getByRole('button', { name: 'Pause' }).click();
    const paused = await timer.textContent();
    await panel.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await timer.textContent()).toBe(paused);
    await panel.getByRole('button', { name: 'Resume' }).click();

    for (let i = 1; i <= 5; i++) {
      await panel.getByText(`Question ${i} of 5`).waitFor();
      await panel.getByRole('button', { name: 'Show answer' }).click();
      await panel.getByRole('button', { name: i === 2 ? 'Hard' : 'Good', exact: true }).click();
    }
    const summary = panel.getByRole('region', { name: 'Summary' });
    await summary.waitFor();
    expect(await summary.getByRole('row').count()).toBe(6);
    await summary.getByRole('button', { name: 'Add weak ones to review' }).click();
    await summary.getByText('Added 1 question to review.').waitFor();
    await expect.poll(() => description(panel.getByRole('button', { name: 'Review', exact: true }))).toBe('1');

    // The round is kept with its posting.
    const control = await browser.openPanelPage();
    const rounds = await control.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'listMockRounds' })).value);
    expect(rounds).toHaveLength(1);
    expect(rounds[0]).toMatchObject({ postingTitle: (route.expect as JobExpect).title });
    expect(rounds[0].items.map((i: { rating: string }) => i.rating)).toEqual(['good', 'hard', 'good', 'good', 'good']);
  });
});
