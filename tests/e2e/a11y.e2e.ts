/**
 * An axe-core audit (WCAG 2.1 A and AA, and axe's best practices) of every
 * panel view, in light and in dark, in real Chromium with the built
 * extension: the side panel's views (Questions with the no-page hint,
 * Review, Bookmarks, Salary guide, Tips, Upcoming with an entry being
 * edited, the keyboard shortcuts dialog), the in-page panel on a posting
 * (This page, with Schedule interview) and on a call (its interview), and the
 * welcome page. Any violation fails, listed with the element it is on.
 *
 * axe's source (the axe-core package) is evaluated in the page through the
 * DevTools protocol, which extension pages' CSP does not block.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { routes, type JobExpect } from '../fixtures/routes';
import { launcher, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const posting = routes.find((r) => r.url.includes('naukri.com/job-listings-backend'))!;
const MEETING = 'https://meet.google.com/abc-defg-hij';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
  browser = await launchWithExtension({ hosts: server.hosts, port: server.port });
  // Something in every list: a bookmark with a card due for review, and a scheduled interview on the call's link.
  const setup = await browser.openPanelPage();
  await setup.evaluate(async (link) => {
    await chrome.runtime.sendMessage({ type: 'setBookmarked', questionId: 'tech-caching', bookmarked: true });
    const reply = await chrome.runtime.sendMessage({
      type: 'scheduleInterview',
      interview: {
        at: Date.now() + 2 * 60 * 60 * 1000,
        meetingLink: link,
        posting: {
          site: 'naukri',
          url: 'https://www.naukri.com/job-listings-x',
          title: 'Backend Developer',
          company: 'Vistara',
          role: 'backend',
        },
        questionIds: ['tech-caching'],
      },
    });
    if (!reply.ok) throw new Error(reply.error);
  }, MEETING);
  await setup.close();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page or frame; every violation with where it is and why. */
async function audit(target: Page | Frame): Promise<Violation[]> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const { violations, passed } = await target.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: { run: Function } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    const found = result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[]; failureSummary: string }[];
    }[];
    return {
      passed: (result.passes as unknown[]).length,
      violations: found.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
      })),
    };
  }, TAGS);
  // An audit that checked nothing proves nothing.
  expect(passed).toBeGreaterThan(10);
  return violations;
}

/** The side panel's page, open on one view. */
async function sidePanelView(scheme: 'light' | 'dark', open: (panel: Page) => Promise<void>): Promise<Page> {
  const panel = await browser.openPanelPage();
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.getByRole('searchbox').waitFor();
  await open(panel);
  return panel;
}

const nav = (panel: Page, name: string) =>
  panel.getByRole('navigation', { name: 'Panel views' }).getByRole('button', { name, exact: true });

describe.each(['light', 'dark'] as const)('axe finds nothing, %s', (scheme) => {
  const views: [string, (panel: Page) => Promise<void>][] = [
    ['Questions, beside a page that is no posting', async (panel) => void (await panel.getByRole('note').waitFor())],
    [
      'Review',
      async (panel) => {
        await nav(panel, 'Review').click();
        await panel
          .getByRole('heading', { name: /Review/ })
          .first()
          .waitFor();
      },
    ],
    [
      'Bookmarks, with a bookmark open and its note',
      async (panel) => {
        await nav(panel, 'Bookmarks').click();
        const card = panel.getByRole('listitem').filter({ hasText: /Explain caching/ });
        await card.getByRole('button', { name: /Explain caching/ }).click();
        await card.getByRole('textbox', { name: /Note/ }).waitFor();
      },
    ],
    [
      'Salary guide',
      async (panel) => {
        await nav(panel, 'Salary guide').click();
        await panel.getByRole('heading', { name: 'Market ranges in India' }).waitFor();
      },
    ],
    [
      'Tips',
      async (panel) => {
        await nav(panel, 'Tips').click();
        await panel.getByRole('heading', { name: 'Tips', exact: true }).waitFor();
      },
    ],
    [
      'Upcoming, an entry being edited',
      async (panel) => {
        await panel.getByRole('button', { name: 'Upcoming' }).click();
        await panel.getByRole('heading', { name: 'Upcoming interviews' }).waitFor();
        await panel.getByRole('button', { name: 'Edit' }).click();
        await panel.getByLabel('Date').waitFor();
      },
    ],
    [
      'the keyboard shortcuts dialog',
      async (panel) => {
        await panel.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await panel.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      },
    ],
  ];

  it.each(views)('in the side panel: %s', async (_name, open) => {
    const panel = await sidePanelView(scheme, open);
    expect(await audit(panel)).toEqual([]);
    await panel.close();
  });

  it('in the page: This page on a posting, with Schedule interview and the salary', async () => {
    const page = await browser.open(posting.url);
    await page.emulateMedia({ colorScheme: scheme });
    await launcher(page).click();
    const frame = await panelFrame(page);
    await frame.getByRole('heading', { name: (posting.expect as JobExpect).title, exact: true }).waitFor();
    await frame.getByRole('button', { name: 'Schedule interview' }).waitFor();
    await frame.getByRole('heading', { name: 'Salary' }).waitFor();
    expect(await audit(frame)).toEqual([]);
    await page.close();
  });

  it('in the page: a call, with its interview, checklist and questions to ask', async () => {
    const page = await browser.open(MEETING);
    await page.emulateMedia({ colorScheme: scheme });
    await launcher(page).click();
    const frame = await panelFrame(page);
    await frame.getByRole('heading', { name: 'Backend Developer' }).waitFor();
    await frame.getByRole('heading', { name: 'Checklist' }).waitFor();
    await frame.getByRole('heading', { name: 'Questions to ask the interviewer' }).waitFor();
    expect(await audit(frame)).toEqual([]);
    await page.close();
  });

  it('the welcome page', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
    await page.getByRole('heading', { name: 'Welcome to Prep Panel' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.close();
  });
});

describe('the audit', () => {
  it('fails where there is a violation: the Tips view’s scroller without its keyboard stop, an image without text', async () => {
    const panel = await browser.openPanelPage();
    await panel.setViewportSize({ width: 320, height: 480 });
    await nav(panel, 'Tips').click();
    await panel.getByRole('heading', { name: 'Tips', exact: true }).waitFor();
    expect(await audit(panel)).toEqual([]);
    // Without main's tabindex the view can only be scrolled with a mouse (the violation the panel had).
    await panel.evaluate(() => document.querySelector('main')!.removeAttribute('tabindex'));
    await panel.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'x.png' })));
    const found = (await audit(panel)).map((v) => v.id);
    expect(found).toContain('scrollable-region-focusable');
    expect(found).toContain('image-alt');
    await panel.close();
  });
});

/** Where each nav button sits: one line means one top for all, and no label cut or wrapped. */
const navLayout = (target: Page | Frame) =>
  target.evaluate(() => {
    const buttons = [...document.querySelectorAll<HTMLElement>('nav[aria-label="Panel views"] button')];
    const rects = buttons.map((b) => b.getBoundingClientRect());
    return {
      count: buttons.length,
      tops: [...new Set(rects.map((r) => Math.round(r.top)))],
      cut: buttons.filter((b) => b.scrollWidth > b.clientWidth || b.getBoundingClientRect().height > 44).map((b) => b.textContent),
      right: Math.max(...rects.map((r) => r.right)),
      width: document.documentElement.clientWidth,
    };
  });

describe('at 320 px, by keyboard', () => {
  it('the nav fits one line in the side panel and in the in-page panel', async () => {
    const panel = await browser.openPanelPage();
    await panel.setViewportSize({ width: 320, height: 640 });
    await panel.getByRole('searchbox').waitFor();
    let layout = await navLayout(panel);
    expect(layout).toMatchObject({ count: 5, tops: [expect.any(Number)], cut: [] });
    expect(layout.right).toBeLessThanOrEqual(layout.width);
    await panel.close();

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(posting.url);
    await launcher(page).click();
    const frame = await panelFrame(page);
    await frame.getByRole('button', { name: 'Schedule interview' }).waitFor();
    layout = await navLayout(frame);
    expect(layout).toMatchObject({ count: 6, tops: [expect.any(Number)], cut: [] });
    expect(layout.right).toBeLessThanOrEqual(layout.width);
    // The names stay whole where the words are shortened.
    await frame.getByRole('button', { name: 'This page', exact: true }).waitFor();
    await frame.getByRole('button', { name: 'Salary guide', exact: true }).waitFor();
    await page.close();
  });

  it('each view opens at its top', async () => {
    const panel = await browser.openPanelPage();
    await panel.setViewportSize({ width: 320, height: 480 });
    await panel.getByRole('searchbox').waitFor();
    const main = panel.getByRole('main');
    await main.evaluate((m) => (m.scrollTop = m.scrollHeight));
    expect(await main.evaluate((m) => m.scrollTop)).toBeGreaterThan(0);
    await nav(panel, 'Tips').click();
    await panel.getByRole('heading', { name: 'Tips', exact: true }).waitFor();
    expect(await main.evaluate((m) => m.scrollTop)).toBe(0);
    await main.evaluate((m) => (m.scrollTop = m.scrollHeight));
    await nav(panel, 'Salary guide').click();
    await panel.getByRole('heading', { name: 'Market ranges in India' }).waitFor();
    expect(await main.evaluate((m) => m.scrollTop)).toBe(0);
    await panel.close();
  });

  it('Tab first reaches "Skip to navigation", which jumps to the views', async () => {
    const panel = await browser.openPanelPage();
    await panel.getByRole('searchbox').waitFor();
    await panel.keyboard.press('Tab');
    const skip = panel.getByRole('link', { name: 'Skip to navigation' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await panel.keyboard.press('Enter');
    expect(await panel.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe('Panel views');
    await panel.close();
  });

  it('in the in-page panel, "/" focuses search, Esc clears it, and the next Esc closes the panel', async () => {
    const page = await browser.open(posting.url);
    await launcher(page).click();
    const frame = await panelFrame(page);
    await frame.getByRole('button', { name: 'Schedule interview' }).waitFor();
    await frame.getByRole('heading', { name: 'Relevant for this job' }).click();
    await page.keyboard.press('/');
    const search = frame.getByRole('searchbox');
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('kafka');
    await page.keyboard.press('Escape');
    expect(await search.inputValue()).toBe('');
    expect(await page.locator('iframe[title="Prep Panel"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[title="Prep Panel"]').count()).toBe(0);
    await page.close();
  });
});

/** The in-page panel's frame (the extension's page inside the host page's shadow root). */
async function panelFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().includes('/sidepanel.html')))).toBeDefined();
  await frame!.waitForLoadState();
  return frame!;
}
