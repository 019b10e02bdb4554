/**
 * Calls that know the job, in real Chromium with the built extension: the
 * welcome page on install (and not on the next start), "Schedule interview"
 * on a fixture posting, the reminders' alarms in the service worker (30 and
 * 5 minutes before, surviving a stopped worker and a browser restart, rebuilt
 * from storage when they are gone), the Upcoming list, and the call page
 * showing its interview.
 *
 * The notifications permission: headless Chromium shows its prompt where
 * nobody can answer it (the request never settles), so these tests check
 * that the click asked, that the interview and its alarms are kept without
 * the permission, and that the panel says what reminders need. The granted
 * path is covered by tests/unit/interviews-panel.test.tsx.
 */
import type { FrameLocator, Page, Worker } from 'playwright-core';
import { routes, type JobExpect } from '../fixtures/routes';
import { inPagePanel, launcher, launchWithExtension, newProfileDir, type ExtensionBrowser } from './support/browser';
import { fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';

const MINUTE = 60_000;
const posting = routes.find((r) => r.url.includes('naukri.com/job-listings-backend'))!;
const job = posting.expect as JobExpect;
const MEETING = 'https://meet.google.com/abc-defg-hij';

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

const launch = (profileDir?: string) => launchWithExtension({ hosts: server.hosts, port: server.port, profileDir });

/** A local date and time some days ahead, as the form's fields take them, and the time they mean (Node and Chromium share the time zone). */
function daysAhead(days: number, time: string) {
  const d = new Date(Date.now() + days * 24 * 60 * MINUTE);
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const [h, m] = time.split(':').map(Number);
  return { date, time, at: new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m).getTime() };
}

/** The extension's worker once a message from an extension page has woken it again after `stopServiceWorker`. */
async function restartedWorker(b: ExtensionBrowser, wake: Page): Promise<Worker> {
  const own = `chrome-extension://${b.extensionId}/`;
  await wake.evaluate(() => chrome.runtime.sendMessage({ type: 'listInterviews' }));
  const answers = (w: Worker) =>
    Promise.race([w.evaluate(() => true).catch(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000))]);
  let found: Worker | undefined;
  await expect
    .poll(async () => {
      for (const w of b.context
        .serviceWorkers()
        .filter((w) => w.url().startsWith(own))
        .reverse())
        if (await answers(w)) return (found = w);
      return undefined;
    })
    .toBeDefined();
  return found!;
}

const reminderAlarms = (worker: Worker) =>
  worker.evaluate(async () =>
    (await chrome.alarms.getAll())
      .filter((a: { name: string }) => a.name.startsWith('interview-reminder:'))
      .map((a: { name: string; scheduledTime: number }) => ({ kind: a.name.split(':')[1], scheduledTime: a.scheduledTime }))
      .sort((a: { scheduledTime: number }, b: { scheduledTime: number }) => a.scheduledTime - b.scheduledTime),
  );

/** Stops the extension's service worker, as Chrome does when it idles it (see faults.e2e.ts). */
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
  await expect.poll(running).toBe(0);
  await session.detach();
}

async function openPostingPanel(b: ExtensionBrowser): Promise<{ page: Page; panel: FrameLocator }> {
  const page = await b.open(posting.url);
  await launcher(page).click();
  const panel = inPagePanel(page);
  await panel.getByRole('heading', { name: job.title, exact: true }).waitFor();
  await panel.getByRole('button', { name: 'Schedule interview' }).waitFor();
  return { page, panel };
}

async function schedule(panel: FrameLocator, when: { date: string; time: string }, link = '') {
  await panel.getByLabel('Date').fill(when.date);
  await panel.getByLabel('Time').fill(when.time);
  await panel.getByLabel('Meeting link (optional)').fill(link);
  await panel.getByRole('button', { name: 'Schedule interview' }).click();
  await panel.getByText(/Interview scheduled for/).waitFor();
}

describe('first run', () => {
  it('opens the welcome page on install, and not when the browser starts again', async () => {
    const profileDir = newProfileDir();
    browser = await launch(profileDir);
    const welcomeUrl = `chrome-extension://${browser.extensionId}/welcome.html`;
    await expect.poll(() => browser!.context.pages().filter((p) => p.url() === welcomeUrl).length, { timeout: 10_000 }).toBe(1);
    const welcome = browser.context.pages().find((p) => p.url() === welcomeUrl)!;
    await welcome.getByRole('heading', { name: 'Welcome to Prep Panel', level: 1 }).waitFor();
    const section = (name: string) => welcome.getByRole('region', { name });
    expect(await section('What it does').innerText()).toMatch(/questions/);
    const where = await section('Where it works').innerText();
    for (const site of ['LinkedIn', 'Naukri', 'Greenhouse', 'Google Meet', 'Zoom']) expect(where).toContain(site);
    expect(await section('Keyboard shortcuts').innerText()).toMatch(/Alt\s*\+\s*Shift\s*\+\s*O[\s\S]*Open Prep Panel beside any page/);
    expect(await section('Your privacy').innerText()).toMatch(/No network.*\n?.*No account/s);
    expect(await section('Open the side panel').innerText()).toMatch(/toolbar/);
    await browser.close();

    // Same profile, same version: no install, so no welcome.
    browser = await launch(profileDir);
    const panel = await browser.openPanelPage();
    await panel.getByRole('searchbox').waitFor();
    expect(browser.context.pages().map((p) => p.url())).not.toContain(welcomeUrl);
  });
});

describe('Schedule interview', () => {
  it('schedules from a posting: alarms 30 and 5 minutes before, kept across a stopped worker and a browser restart, rebuilt when gone', async () => {
    const profileDir = newProfileDir();
    browser = await launch(profileDir);
    const control = await browser.openPanelPage();
    const { panel } = await openPostingPanel(browser);
    const when = daysAhead(2, '10:30');
    await schedule(panel, when, MEETING);

    // The click asked for notifications (headless Chromium leaves the prompt open): the interview is kept all the same,
    // and the panel says what its reminders need.
    let worker = browser.worker;
    expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(false);
    await panel.getByText(/reminders are notifications, so Prep Panel needs your permission/).waitFor();

    const expected = [
      { kind: 'test', scheduledTime: when.at - 30 * MINUTE },
      { kind: 'join', scheduledTime: when.at - 5 * MINUTE },
    ];
    await expect.poll(() => reminderAlarms(worker)).toEqual(expected);

    // The worker sleeps: the alarms are the browser's, not the worker's.
    await stopServiceWorker(control);
    worker = await restartedWorker(browser, control);
    expect(await reminderAlarms(worker)).toEqual(expected);

    // The Upcoming list in another panel shows it.
    await control.getByRole('button', { name: 'Upcoming' }).click();
    await control.getByRole('heading', { name: 'Upcoming interviews' }).waitFor();
    await control.getByRole('listitem').filter({ hasText: job.title }).getByRole('button', { name: 'Edit' }).waitFor();

    // A browser restart keeps them...
    await browser.close();
    browser = await launch(profileDir);
    worker = browser.worker;
    await expect.poll(() => reminderAlarms(worker)).toEqual(expected);

    // ...and if the browser lost them, the next start rebuilds them from the stored interview.
    await worker.evaluate(() => chrome.alarms.clearAll());
    expect(await reminderAlarms(worker)).toEqual([]);
    await browser.close();
    browser = await launch(profileDir);
    worker = browser.worker;
    await expect.poll(() => reminderAlarms(worker)).toEqual(expected);
  }, 120_000);

  it('an edit in Upcoming moves the alarms; Delete clears them', async () => {
    browser = await launch();
    const control = await browser.openPanelPage();
    const { panel } = await openPostingPanel(browser);
    await schedule(panel, daysAhead(3, '15:00'));
    const worker = browser.worker;
    await expect.poll(async () => (await reminderAlarms(worker)).length).toBe(2);

    await control.getByRole('button', { name: 'Upcoming' }).click();
    const entry = control.getByRole('listitem').filter({ hasText: job.title });
    await entry.getByRole('button', { name: 'Edit' }).click();
    const moved = daysAhead(4, '11:15');
    await entry.getByLabel('Date').fill(moved.date);
    await entry.getByLabel('Time').fill(moved.time);
    await entry.getByRole('button', { name: 'Save' }).click();
    await control.getByText(/^Moved to/).waitFor();
    await expect
      .poll(() => reminderAlarms(worker))
      .toEqual([
        { kind: 'test', scheduledTime: moved.at - 30 * MINUTE },
        { kind: 'join', scheduledTime: moved.at - 5 * MINUTE },
      ]);

    await entry.getByRole('button', { name: 'Delete' }).click();
    await control.getByText(/No interviews scheduled/).waitFor();
    await expect.poll(() => reminderAlarms(worker)).toEqual([]);
  });

  it('on the call page, shows the interview: the posting, its bookmarked questions and the checklist', async () => {
    browser = await launch();
    const { page, panel } = await openPostingPanel(browser);
    const first = panel.getByRole('region', { name: 'Relevant for this job' }).getByRole('listitem').first();
    const question = (await first.getByRole('heading').textContent())!.replace(/^[▸▾]\s*/, '').trim();
    await first.getByRole('button', { name: 'Bookmark' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed')).toBe('true');
    await schedule(panel, daysAhead(1, '09:45'), MEETING);
    await page.close();

    const call = await browser.open(MEETING);
    await launcher(call).click();
    const callPanel = inPagePanel(call);
    await callPanel.getByRole('heading', { name: job.title, exact: true }).waitFor();
    expect(await callPanel.getByText(job.company!, { exact: true }).count()).toBeGreaterThan(0);
    const bookmarked = callPanel.getByRole('region', { name: 'Your bookmarked questions for this job' });
    await bookmarked.getByRole('listitem').filter({ hasText: question }).waitFor();
    await callPanel.getByRole('heading', { name: 'Checklist' }).waitFor();
    await callPanel.getByRole('heading', { name: 'Your STAR stories' }).waitFor();
    await callPanel.getByRole('heading', { name: 'Questions to ask the interviewer' }).waitFor();
  });
});
