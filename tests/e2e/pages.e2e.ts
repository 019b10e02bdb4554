/**
 * On the page: fixture postings and call pages of every supported site, served
 * over HTTPS at their real URLs. The launcher appears where it should and
 * nowhere else; the in-page panel shows the posting, its relevant questions
 * and salary band; single-page swaps follow; checklist ticks survive a reload;
 * bookmarks made in the page show in the side panel.
 */
import type { Page } from 'playwright-core';
import { routes, type JobExpect } from '../fixtures/routes';
import { isOutsideIndia, readPostedPay } from '@/utils/pay/posted-pay';
import { inPagePanel, launchWithExtension, type ExtensionBrowser, launcher } from './support/browser';
import { expectedRanges, fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';
import { clickToolbarButton, nativeSidePanel, waitForPanelText } from './support/native-panel';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
  browser = await launchWithExtension({ hosts: server.hosts, port: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (url: string) => browser.open(url);

async function openPanel(page: Page) {
  await launcher(page).click();
  const panel = inPagePanel(page);
  await panel.getByRole('heading', { name: /Relevant for this job|Checklist/ }).waitFor();
  return panel;
}

const jobRoutes = routes.filter((r) => r.expect.kind === 'job');
const callRoutes = routes.filter((r) => r.expect.kind === 'call');
const otherRoutes = routes.filter((r) => r.expect.kind === 'none');

describe('launcher', () => {
  it.each(jobRoutes.map((r) => [new URL(r.url).hostname + new URL(r.url).pathname.slice(0, 40), r] as const))(
    'appears on the posting %s, with how many questions matched',
    async (_name, route) => {
      const page = await open(route.url);
      await launcher(page).waitFor({ timeout: 10_000 });
      expect(await launcher(page).getAttribute('aria-label')).toMatch(/Interview prep: \d+ questions? match this job/);
      await page.close();
    },
  );

  it.each(callRoutes.map((r) => [r.url.slice(8, 60), r] as const))('appears on the call page %s', async (_name, route) => {
    const page = await open(route.url);
    await launcher(page).waitFor({ timeout: 10_000 });
    expect(await launcher(page).getAttribute('aria-label')).toMatch(/checklist/);
    await page.close();
  });

  it.each(otherRoutes.map((r) => [r.url, r] as const))('stays away from %s, which is no posting', async (_name, route) => {
    const page = await open(route.url);
    await page.waitForLoadState('load');
    // Give the content script its idle-time start and a throttle period.
    await page.waitForTimeout(1500);
    expect(await launcher(page).count()).toBe(0);
    await page.close();
  });
});

describe('in-page panel', () => {
  it.each(jobRoutes.filter((r) => !r.navigations).map((r) => [r.file, r] as const))(
    'shows the posting of %s with its relevant questions and salary band',
    async (_file, route) => {
      const expected = route.expect as JobExpect;
      const page = await open(route.url);
      const panel = await openPanel(page);
      await panel.getByRole('heading', { name: expected.title, exact: true }).waitFor();
      if (expected.company) await panel.getByText(expected.company).first().waitFor();
      const relevant = panel.getByRole('region', { name: 'Relevant for this job' });
      const items = relevant.getByRole('listitem');
      expect(await items.count()).toBeGreaterThanOrEqual(5);
      expect(await items.first().getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed')).toMatch(/true|false/);
      const salary = panel.getByRole('region', { name: 'Salary' });
      // A posting outside India gets no rupee band (tests/e2e/salary.e2e.ts checks what it shows instead).
      const abroad = isOutsideIndia(expected.location, readPostedPay(expected.salary ?? ''));
      const role = await panel.getByRole('combobox', { name: 'Role' }).inputValue();
      for (const band of abroad ? [] : expectedRanges(role, expected)) await salary.getByText(band).first().waitFor();
      if (expected.salary) await salary.getByText(expected.salary).first().waitFor();
      await page.close();
    },
  );

  it('follows a single-page job swap (LinkedIn currentJobId) within a second or two', async () => {
    const route = routes.find((r) => r.navigations)!;
    const page = await open(route.url);
    const panel = await openPanel(page);
    await panel.getByRole('heading', { name: (route.expect as JobExpect).title, exact: true }).waitFor();
    for (const nav of route.navigations!) {
      await page.locator(nav.click).click();
      await panel.getByRole('heading', { name: nav.expect.title, exact: true }).waitFor({ timeout: 3000 });
      expect(page.url()).toBe(nav.url);
      const role = await panel.getByRole('combobox', { name: 'Role' }).inputValue();
      for (const band of expectedRanges(role, nav.expect)) await panel.getByRole('region', { name: 'Salary' }).getByText(band).first().waitFor();
    }
    await page.close();
  });

  it("picks up the experience in a LinkedIn job's top card after the open job changes, though the top card renders late", async () => {
    const route = routes.find((r) => r.file === 'sites/linkedin/top-card-experience.html')!;
    const nav = route.navigations![0]!;
    const page = await open(route.url);
    const panel = await openPanel(page);
    await panel.getByText('Nilgiri Data · Chennai · 8+ years experience').waitFor();
    await page.locator(nav.click).click();
    await panel.getByRole('heading', { name: nav.expect.title, exact: true }).waitFor({ timeout: 3000 });
    // The insight line ("3-5 years of experience · Mid-Senior level") lands 300 ms after the rest of the job.
    await panel.getByText('Kaziranga Labs · Bengaluru · 3–5 years experience').waitFor({ timeout: 3000 });
    await page.close();
  });

  it('finds a posting that renders late', async () => {
    const route = routes.find((r) => r.lateRender)!;
    const page = await open(route.url);
    await launcher(page).waitFor({ timeout: 10_000 });
    const panel = await openPanel(page);
    await panel.getByRole('heading', { name: (route.expect as JobExpect).title, exact: true }).waitFor();
    await page.close();
  });

  it('leads a call page with a checklist whose ticks survive a reload and can be reset', async () => {
    const page = await open('https://meet.google.com/abc-defg-hij');
    let panel = await openPanel(page);
    const box = () => panel.getByRole('checkbox', { name: /Camera and microphone tested/ });
    await box().check();
    await panel.getByRole('checkbox', { name: /Neutral, tidy background/ }).check();
    await panel.getByText('2 of 8 done').waitFor();

    await page.reload();
    panel = await openPanel(page);
    await panel.getByText('2 of 8 done').waitFor();
    expect(await box().isChecked()).toBe(true);

    // Another meeting starts with a clean list.
    const other = await open('https://app.zoom.us/wc/84512345678/join');
    const otherPanel = await openPanel(other);
    await otherPanel.getByText('0 of 8 done').waitFor();
    await other.close();

    await panel.getByRole('button', { name: 'Reset checklist' }).click();
    await panel.getByText('0 of 8 done').waitFor();
    await page.reload();
    panel = await openPanel(page);
    await panel.getByText('0 of 8 done').waitFor();
    await page.close();
  });

  it('a bookmark made in the in-page panel shows in the side panel at once', async () => {
    const sidePanel = await browser.openPanelPage();
    await sidePanel.getByRole('button', { name: 'Bookmarks', exact: true }).click();

    const route = jobRoutes[0]!;
    const page = await open(route.url);
    const panel = await openPanel(page);
    const first = panel.getByRole('region', { name: 'Relevant for this job' }).getByRole('listitem').first();
    const question = (await first.getByRole('heading').textContent())!.replace(/^[▸▾]\s*/, '').trim();
    await first.getByRole('button', { name: 'Bookmark' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed')).toBe('true');

    // Already open: updated by the background's event, no reload.
    await sidePanel.getByRole('listitem').filter({ hasText: question }).waitFor({ timeout: 3000 });
    // And un-bookmarking from the side panel reaches the page's panel.
    await sidePanel.getByRole('listitem').filter({ hasText: question }).getByRole('button', { name: 'Bookmark' }).click();
    await expect.poll(() => first.getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed')).toBe('false');
    await page.close();
    await sidePanel.close();
  });

  it('closes from its own button, and can be hidden per site, undone, and brought back from the panel', async () => {
    const page = await open(jobRoutes[0]!.url);
    const panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Close panel' }).click();
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').count()).toBe(0);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');

    const hide = page.getByRole('button', { name: /Hide Prep Panel on LinkedIn/ });
    await hide.click();
    await expect.poll(() => launcher(page).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Undo' }).click();
    await launcher(page).waitFor();

    await hide.click();
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await launcher(page).isVisible()).toBe(false);
    // Other sites are unaffected.
    const other = await open('https://meet.google.com/abc-defg-hij');
    await launcher(other).waitFor();
    await other.close();

    // The keyboard shortcut still opens the panel (sent as the background's command handler does),
    // and the panel offers the launcher back.
    const tabOf = (url: string) =>
      browser.worker.evaluate(async (url) => {
        const all = await chrome.storage.session.get(null);
        const key = Object.keys(all).find((k) => all[k]?.posting?.url === url);
        return key ? Number(key.split(':')[1]) : null;
      }, url);
    await expect.poll(() => tabOf(page.url())).not.toBeNull();
    const tabId = await tabOf(page.url());
    await browser.worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'togglePanel' }, { frameId: 0 }), tabId);
    await inPagePanel(page).getByRole('button', { name: 'Show it on LinkedIn again' }).click();
    await launcher(page).waitFor();
    await page.close();
  });
});

describe("Chrome's side panel", () => {
  // First: before it, no native panel is open in this browser, so the click is what opens it.
  it('takes over from the in-page panel in one click', async () => {
    const route = jobRoutes.find((r) => r.url.includes('greenhouse'))!;
    const page = await open(route.url);
    const inPage = await openPanel(page);
    const panel = await nativeSidePanel(browser.context, browser.extensionId, () =>
      inPage.getByRole('button', { name: 'Open in side panel' }).click(),
    );
    await waitForPanelText(panel, (route.expect as JobExpect).title);
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').count()).toBe(0);
    await panel.closePanel();
    await page.close();
  });

  it('opens from the toolbar with the active tab’s posting, and follows tab switches', async () => {
    const [first, second] = jobRoutes.filter((r) => !r.navigations && !r.lateRender);
    const a = await open(first!.url);
    await launcher(a).waitFor();
    const b = await open(second!.url);
    await launcher(b).waitFor();
    const panel = await nativeSidePanel(browser.context, browser.extensionId, () => clickToolbarButton(b, browser.extensionId));
    await waitForPanelText(panel, (second!.expect as JobExpect).title);
    await waitForPanelText(panel, 'Relevant for this job');
    await a.bringToFront();
    await waitForPanelText(panel, (first!.expect as JobExpect).title);
    await panel.closePanel();
    await a.close();
    await b.close();
  });
});
