/**
 * The in-page panel beside the page, not on it, in Chromium at 1366×800,
 * 800×800 and a narrow 500 px window: the separator resizes it by keys and by
 * drag and the width is remembered per site; at the default width the page
 * keeps at least 70 % of a 1366 px window; it collapses to a rail and comes
 * back; it can push the page aside; below 600 px it is a full-width sheet with a
 * visible close; on a call page it is a card that leaves "Join now" clickable;
 * Esc closes it.
 */
import type { Locator, Page } from 'playwright-core';
import { routes, type JobExpect } from '../fixtures/routes';
import { inPagePanel, launchWithExtension, launcher, type ExtensionBrowser } from './support/browser';
import { fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';

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

const LINKEDIN = 'https://www.linkedin.com/jobs/view/3987654321/';
const LINKEDIN_OTHER = 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4055555555';
const NAUKRI = routes.find((r) => r.file === 'sites/naukri/job.html')!.url;
const LEVER = routes.find((r) => r.file === 'sites/lever/job.html')!.url;
const MEET = 'https://meet.google.com/abc-defg-hij';

async function openAt(url: string, width: number, height = 800): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(url);
  return page;
}

/** Clicks the launcher and waits for the panel's first heading. */
async function openPanel(page: Page) {
  await launcher(page).click({ timeout: 10_000 });
  const panel = inPagePanel(page);
  await panel
    .getByRole('heading', { name: /Relevant for this job|Checklist/ })
    .first()
    .waitFor({ timeout: 10_000 });
  return panel;
}

const frameBox = async (page: Page) => (await page.locator('iframe[title="Prep Panel"]').boundingBox())!;
const separator = (page: Page) => page.getByRole('separator', { name: 'Resize Prep Panel' });
const valueNow = async (sep: Locator) => Number(await sep.getAttribute('aria-valuenow'));
const viewport = (page: Page) =>
  page.evaluate(() => ({ w: document.documentElement.clientWidth, h: document.documentElement.clientHeight }));

/** The separator's value is the frame's width, and the frame sits flush at the right edge. */
async function expectWidth(page: Page, width: number) {
  const sep = separator(page);
  await expect.poll(() => valueNow(sep)).toBe(width);
  const box = await frameBox(page);
  const view = await viewport(page);
  expect(Math.round(box.width)).toBe(width);
  expect(Math.round(box.x + box.width)).toBe(view.w);
}

const storedPrefs = (site: string) =>
  browser.worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? null, `in-page-panel:${site}`);

describe('docked beside a posting', () => {
  it('at 1366×800: the default width leaves at least 70 % of the page; the separator resizes by keys and by drag', async () => {
    const page = await openAt(LINKEDIN, 1366);
    await openPanel(page);
    const sep = separator(page);
    expect(await sep.getAttribute('aria-orientation')).toBe('vertical');
    expect(await sep.getAttribute('aria-valuemin')).toBe('300');
    expect(await sep.getAttribute('aria-valuemax')).toBe('640');
    const start = await valueNow(sep);
    await expectWidth(page, start);
    expect((1366 - start) / 1366).toBeGreaterThanOrEqual(0.7);
    // The page beside it is really there and clickable: the point just left of the panel is the page's own.
    const box = await frameBox(page);
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.localName, [box.x - 20, 400])).not.toBe('prep-panel-root');

    await sep.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectWidth(page, start + 20);
    await page.keyboard.press('ArrowRight');
    await expectWidth(page, start + 10);
    await page.keyboard.press('Shift+ArrowLeft');
    await expectWidth(page, start + 60);
    await page.keyboard.press('End');
    await expectWidth(page, 640);
    await page.keyboard.press('ArrowLeft');
    await expectWidth(page, 640);
    await page.keyboard.press('Home');
    await expectWidth(page, 300);
    await page.keyboard.press('ArrowRight');
    await expectWidth(page, 300);

    // Drag the edge (real mouse events) to 500 px from the right edge: the panel is 500 px wide.
    const right = (await viewport(page)).w;
    const handle = (await sep.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, 300);
    await page.mouse.down();
    await page.mouse.move(1000, 320, { steps: 5 });
    await page.mouse.move(right - 500, 340, { steps: 5 });
    await page.mouse.up();
    await expectWidth(page, 500);
    // Past either end, the drag stops at the range.
    await page.mouse.move(right - 500, 300);
    await page.mouse.down();
    await page.mouse.move(100, 300, { steps: 4 });
    await expectWidth(page, 640);
    await page.mouse.move(right - 10, 300, { steps: 4 });
    await expectWidth(page, 300);
    await page.mouse.move(right - 500, 300, { steps: 4 });
    await page.mouse.up();
    await expectWidth(page, 500);
    await expect.poll(() => storedPrefs('linkedin')).toEqual({ w: 500, push: false });
    // The panel still works at its new width.
    await inPagePanel(page).getByRole('button', { name: 'Questions', exact: true }).click();
    await inPagePanel(page).getByRole('searchbox').fill('kafka');
    await page.close();
  });

  it('remembers the width per site: another LinkedIn page opens at it, Naukri at its own default', async () => {
    const page = await openAt(LINKEDIN_OTHER, 1366);
    await openPanel(page);
    await expectWidth(page, 500);
    await page.close();

    const naukri = await openAt(NAUKRI, 1366);
    await openPanel(naukri);
    await expectWidth(naukri, 380);
    await naukri.close();
  });

  it('at 800×800: opens at 40 % of the window, resizes by keys, and keeps the page usable', async () => {
    const page = await openAt(LEVER, 800);
    await openPanel(page);
    await expectWidth(page, 320);
    const sep = separator(page);
    await sep.focus();
    await page.keyboard.press('ArrowLeft');
    await expectWidth(page, 330);
    await page.keyboard.press('End');
    await expectWidth(page, 640);
    await page.keyboard.press('Home');
    await expectWidth(page, 300);
    // The job's own Apply button, left of the panel, still takes a real click.
    await page.getByRole('link', { name: 'Apply for this job' }).first().click({ trial: true });
    await page.close();
  });

  it('collapses to a slim rail and comes back at the same width', async () => {
    const page = await openAt(NAUKRI, 1366);
    const panel = await openPanel(page);
    const width = await valueNow(separator(page));
    await page.getByRole('button', { name: 'Collapse Prep Panel' }).click();
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').isVisible()).toBe(false);
    const expand = page.getByRole('button', { name: 'Expand Prep Panel' });
    const rail = (await expand.boundingBox())!;
    expect(rail.width).toBeLessThanOrEqual(32);
    expect(Math.round(rail.x + rail.width)).toBe((await viewport(page)).w);
    expect(await expand.evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await expand.click();
    await expectWidth(page, width);
    // Same frame, same state: the posting is still shown, nothing reloaded.
    await panel.getByRole('heading', { name: (routes.find((r) => r.url === NAUKRI)!.expect as JobExpect).title, exact: true }).waitFor();
    await page.close();
  });

  it('pushes the page aside on request: the content narrows beside the panel, and gets its own margin back', async () => {
    const page = await openAt(NAUKRI, 1366);
    await openPanel(page);
    const width = await valueNow(separator(page));
    const push = page.getByRole('button', { name: 'Push the page' });
    expect(await push.getAttribute('aria-pressed')).toBe('false');
    const apply = page.locator('#apply-button');
    const before = (await apply.boundingBox())!;
    await push.click();
    expect(await push.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe(`${width}px`);
    // The page's centred content moved left, clear of the panel.
    const after = (await apply.boundingBox())!;
    expect(after.x).toBeLessThan(before.x);
    expect(after.x + after.width).toBeLessThanOrEqual(1366 - width);
    await apply.click({ trial: true });
    // Resizing keeps the page beside the panel.
    await separator(page).focus();
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe(`${width + 50}px`);
    // Collapsed, the page keeps only the rail's width; closed, nothing.
    await page.getByRole('button', { name: 'Collapse Prep Panel' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('28px');
    await page.getByRole('button', { name: 'Expand Prep Panel' }).click();
    await separator(page).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeFalsy();
    // The choice is remembered for the site.
    await expect.poll(() => storedPrefs('naukri')).toEqual({ w: width + 50, push: true });
    await openPanel(page);
    expect(await page.getByRole('button', { name: 'Push the page' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('a page whose content cannot narrow keeps the overlay and loses the option', async () => {
    const wide = async (push: boolean) => {
      await browser.worker.evaluate((push) => chrome.storage.local.set({ 'in-page-panel:naukri': { push } }), push);
      const page = await openAt(NAUKRI, 1366);
      await page.addStyleTag({ content: 'main { min-width: 1300px !important }' });
      await openPanel(page);
      return page;
    };
    const noMargin = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).marginRight === '0px');
    const fits = (page: Page) => page.evaluate(() => document.body.scrollWidth <= document.body.clientWidth + 1);
    // Asked for now: the page would be cut off, so the push is undone and the option goes.
    let page = await wide(false);
    const push = page.getByRole('button', { name: 'Push the page' });
    await push.click();
    await expect.poll(() => push.isVisible()).toBe(false);
    expect(await noMargin(page)).toBe(true);
    expect(await fits(page)).toBe(true);
    await expect.poll(() => storedPrefs('naukri')).toMatchObject({ push: false });
    await page.close();
    // Remembered from a page that could narrow: this one opens as an overlay.
    page = await wide(true);
    expect(await noMargin(page)).toBe(true);
    expect(await fits(page)).toBe(true);
    expect(await page.getByRole('button', { name: 'Push the page' }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('a sheet below 600 px', () => {
  it('at 500 px: full width, never cut off, with a visible close', async () => {
    const page = await openAt(LINKEDIN, 500);
    const panel = await openPanel(page);
    const view = await viewport(page);
    const box = await frameBox(page);
    expect(box.x).toBe(0);
    expect(Math.round(box.width)).toBe(view.w);
    expect(box.y + box.height).toBeLessThanOrEqual(view.h + 1);
    expect(await separator(page).count()).toBe(0);
    // Its bar, with the close, spans the window's top: the page does not show through beside it.
    for (const x of [4, view.w / 2, view.w - 4])
      expect(await page.evaluate(([x]) => document.elementFromPoint(x!, 20)?.localName, [x])).toBe('prep-panel-root');
    const close = page.getByRole('button', { name: 'Close Prep Panel' });
    const c = (await close.boundingBox())!;
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.y).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(view.w);
    expect(c.width).toBeGreaterThanOrEqual(24);
    // The panel's own content is all inside the window.
    await panel.getByRole('button', { name: 'Close panel' }).click({ trial: true });
    await close.click();
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').count()).toBe(0);
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('turns from docked into a sheet and back as the window narrows and widens', async () => {
    const page = await openAt(NAUKRI, 1366);
    await openPanel(page);
    await page.setViewportSize({ width: 560, height: 800 });
    await expect.poll(async () => Math.round((await frameBox(page)).width)).toBe((await viewport(page)).w);
    expect((await frameBox(page)).x).toBe(0);
    await page.setViewportSize({ width: 1366, height: 800 });
    await expect.poll(async () => Math.round((await frameBox(page)).width)).toBe(await valueNow(separator(page)));
    await page.close();
  });
});

describe('a card on call pages', () => {
  /** Counts real clicks on the page's own "Join now". */
  const countJoins = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { __joins: number };
      w.__joins = 0;
      document.querySelector('.join-button')!.addEventListener('click', () => w.__joins++);
    });
  const joins = (page: Page) => page.evaluate(() => (window as unknown as { __joins: number }).__joins);

  for (const [width, height] of [
    [1366, 800],
    [800, 800],
    [500, 800],
  ] as const) {
    it(`at ${width}×${height}: the checklist card leaves "Join now" clickable; a real click reaches the page`, async () => {
      const page = await openAt(MEET, width, height);
      await countJoins(page);
      const panel = await openPanel(page);
      await panel.getByRole('checkbox').first().waitFor();
      const join = page.getByRole('button', { name: 'Join now' });
      await join.scrollIntoViewIfNeeded();
      const card = await frameBox(page);
      const button = (await join.boundingBox())!;
      const overlaps =
        card.x < button.x + button.width &&
        button.x < card.x + card.width &&
        card.y < button.y + button.height &&
        button.y < card.y + card.height;
      expect(overlaps, 'the card covers Join now').toBe(false);
      expect(card.width).toBeGreaterThanOrEqual(Math.min(300, width - 24));
      expect(card.height).toBeGreaterThanOrEqual(150);
      // Playwright's click checks that nothing covers the button's centre, then clicks with the mouse.
      await join.click();
      expect(await joins(page)).toBe(1);
      // The card is still open beside it.
      expect(await page.locator('iframe[title="Prep Panel"]').isVisible()).toBe(true);
      await page.close();
    });
  }

  it('expands into the docked panel in one click, and collapses to the rail', async () => {
    const page = await openAt(MEET, 1366);
    const panel = await openPanel(page);
    await page.getByRole('button', { name: 'Expand Prep Panel' }).click();
    const box = await frameBox(page);
    expect(Math.round(box.height)).toBe((await viewport(page)).h);
    expect(Math.round(box.x + box.width)).toBe((await viewport(page)).w);
    await separator(page).waitFor();
    await panel.getByRole('checkbox').first().waitFor();
    await page.getByRole('button', { name: 'Collapse Prep Panel' }).click();
    await page.getByRole('button', { name: 'Expand Prep Panel' }).click();
    await expect.poll(async () => Math.round((await frameBox(page)).height)).toBe((await viewport(page)).h);
    await page.close();
  });
});

describe('Esc', () => {
  it('closes the panel from its controls, and focus goes back to the launcher', async () => {
    const page = await openAt(LINKEDIN, 1366);
    await openPanel(page);
    await separator(page).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').count()).toBe(0);
    expect(await launcher(page).evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.close();
  });

  it('closes the panel from inside it (the panel asks the background, which tells the content script)', async () => {
    const page = await openAt(NAUKRI, 1366);
    const panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Questions', exact: true }).click();
    await panel.getByRole('searchbox').fill('kafka');
    // First Esc clears the search, the next closes.
    await page.keyboard.press('Escape');
    expect(await panel.getByRole('searchbox').inputValue()).toBe('');
    expect(await page.locator('iframe[title="Prep Panel"]').count()).toBe(1);
    await panel.getByRole('button', { name: 'Questions', exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').count()).toBe(0);
    await page.close();
  });
});
