/**
 * Every role: a frontend, a data engineering and a sales posting on real site
 * URLs show their own role and only questions that fit it; changing the role
 * re-ranks; a bookmark of a non-backend question survives a browser restart.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { allGuides } from '../../data/roles/all';
import { roleRoutes } from '../fixtures/role-routes';
import { inPagePanel, launcher, launchWithExtension, newProfileDir, type ExtensionBrowser } from './support/browser';
import { fixturePages } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/https-server';

let server: FixtureServer;
let browser: ExtensionBrowser | undefined;
const profileDir = newProfileDir();

beforeAll(async () => {
  server = await startFixtureServer(fixturePages(Object.values(roleRoutes)));
});
beforeEach(async () => {
  browser ??= await launchWithExtension({ hosts: server.hosts, port: server.port, profileDir });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const questionsOf = (role: keyof typeof allGuides) => allGuides[role].questions;
const backendOnly = questionsOf('backend').filter((q) => !q.alsoFor?.length);

async function openPanel(url: string): Promise<{ page: Page; panel: FrameLocator }> {
  const page = await browser!.open(url);
  await launcher(page).waitFor({ timeout: 10_000 });
  await launcher(page).click();
  const panel = inPagePanel(page);
  await panel.getByRole('heading', { name: 'Relevant for this job' }).waitFor();
  await expect.poll(() => relevant(panel).count()).toBeGreaterThanOrEqual(5);
  return { page, panel };
}
const relevant = (panel: FrameLocator) => panel.getByRole('region', { name: 'Relevant for this job' }).getByRole('listitem');
const roleBox = (panel: FrameLocator) => panel.getByRole('combobox', { name: 'Role' });
const selectedRole = (panel: FrameLocator) => roleBox(panel).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
const allTexts = async (panel: FrameLocator) => {
  const more = panel.getByRole('button', { name: /Show all \d+ questions/ });
  if (await more.count()) await more.click();
  return relevant(panel).allTextContents();
};

describe('role of the posting', () => {
  it('a React posting is Frontend, says why, and shows no backend-only question', async () => {
    const { page, panel } = await openPanel(roleRoutes.frontend.url);
    expect(await selectedRole(panel)).toBe('Frontend');
    await panel.getByText(/the title says Frontend/).waitFor();
    const top5 = (await relevant(panel).allTextContents()).slice(0, 5).join('\n');
    expect(top5).toMatch(/state management|Core Web Vitals|event loop|React/);
    const texts = (await allTexts(panel)).join('\n');
    for (const q of backendOnly) expect(texts).not.toContain(q.text);
    // Reasons quote the posting in the meaning the topic has: the event loop here is the browser's.
    expect(texts).not.toMatch(/event loop \(concurrency/);
    await page.close();
  });

  it('a data engineering posting is Data engineering, led by Spark and pipeline questions', async () => {
    const { page, panel } = await openPanel(roleRoutes.dataEngineering.url);
    expect(await selectedRole(panel)).toBe('Data engineering');
    const top5 = (await relevant(panel).allTextContents()).slice(0, 5).join('\n');
    expect(top5).toMatch(/Spark|skew|slowly changing|Airflow|Kafka|window/i);
    const texts = (await allTexts(panel)).join('\n');
    for (const q of backendOnly) expect(texts).not.toContain(q.text);
    for (const q of questionsOf('frontend').filter((x) => !x.alsoFor?.length)) expect(texts).not.toContain(q.text);
    await page.close();
  });

  it('a sales posting is General: no role-specific questions, no coding round, and the launcher counts only real matches', async () => {
    const page = await browser!.open(roleRoutes.sales.url);
    await launcher(page).waitFor({ timeout: 10_000 });
    const label = (await launcher(page).getAttribute('aria-label')) ?? '';
    const count = Number(/(\d+) questions? match/.exec(label)?.[1] ?? 'NaN');
    expect(count).toBeLessThanOrEqual(questionsOf('general').length);
    await launcher(page).click();
    const panel = inPagePanel(page);
    await panel.getByRole('heading', { name: 'Relevant for this job' }).waitFor();
    expect(await selectedRole(panel)).toBe('General');
    await panel.getByText(/no role-specific questions for this posting/).waitFor();
    const texts = (await allTexts(panel)).join('\n');
    const software = Object.values(allGuides)
      .filter((g) => g.role !== 'general')
      .flatMap((g) => g.questions);
    for (const q of software) expect(texts).not.toContain(q.text);
    for (const q of questionsOf('general').filter((x) => x.category === 'coding')) expect(texts).not.toContain(q.text);
    expect(texts).toMatch(/HR round/);
    await panel.getByRole('heading', { name: 'Before the call' }).waitFor();
    await page.close();
  });
});

describe('changing the role', () => {
  it('re-ranks at once and is remembered for that posting', async () => {
    const { page, panel } = await openPanel(roleRoutes.frontend.url);
    const showAll = panel.getByRole('button', { name: /Show all \d+ questions/ });
    const before = await showAll.textContent();
    await roleBox(panel).selectOption({ label: 'Full stack' });
    await expect.poll(() => selectedRole(panel)).toBe('Full stack');
    await expect.poll(() => showAll.textContent()).not.toBe(before);
    await panel.getByText(/you chose Full stack/).waitFor();
    await page.close();

    // The same posting opened again: the choice holds.
    const again = await openPanel(roleRoutes.frontend.url);
    await expect.poll(() => selectedRole(again.panel)).toBe('Full stack');
    await roleBox(again.panel).selectOption({ label: 'Frontend' });
    await expect.poll(() => selectedRole(again.panel)).toBe('Frontend');
    await again.page.close();
  });
});

describe('bookmarks of every role', () => {
  it('a frontend bookmark survives a browser restart and shows its role', async () => {
    const { page, panel } = await openPanel(roleRoutes.frontend.url);
    const card = relevant(panel).first();
    const text = (await card.getByRole('button', { expanded: false }).first().textContent())!.replace(/^▸/, '').trim();
    await card.getByRole('button', { name: 'Bookmark' }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed')).toBe('true');
    await page.close();

    await browser!.close();
    browser = await launchWithExtension({ hosts: server.hosts, port: server.port, profileDir });
    const side = await browser.openPanelPage();
    await side.getByRole('button', { name: 'Bookmarks', exact: true }).click();
    const saved = side.getByRole('listitem').filter({ hasText: text });
    await expect.poll(() => saved.count()).toBe(1);
    expect(await saved.getByText('Frontend', { exact: true }).count()).toBe(1);
    expect(await saved.getByRole('button', { name: 'Bookmark' }).getAttribute('aria-pressed')).toBe('true');
  });
});
