/**
 * The panel page on its own (what the toolbar side panel shows): search,
 * expand, bookmark, note, the bookmarks view, a browser restart, and an
 * export/import round trip. Real Chromium, the built extension, real IndexedDB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, type ExtensionBrowser } from './support/browser';

const IDEMPOTENCY = /What is idempotency/;
/** The bookmark toggle on the card of the question matching `text`. */
const bookmarkOf = (page: Page, text: RegExp) =>
  page.getByRole('listitem').filter({ hasText: text }).getByRole('button', { name: 'Bookmark' });
let browser: ExtensionBrowser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('panel page', () => {
  it('searches, expands, bookmarks with a note, and keeps it across a browser restart', async () => {
    const profileDir = newProfileDir();
    browser = await launchWithExtension({ profileDir });
    let panel = await browser.openPanelPage();

    // Every role's questions are there to browse.
    await expect.poll(() => panel.getByRole('button', { name: 'Bookmark', exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(250);

    await panel.getByRole('searchbox').fill('kafka');
    await expect.poll(() => panel.getByRole('button', { name: /message queues/, expanded: false }).count()).toBe(1);
    await expect.poll(() => panel.getByRole('button', { name: 'Bookmark', exact: true }).count()).toBeGreaterThanOrEqual(4);
    // Typos and prefixes still find it.
    await panel.getByRole('searchbox').fill('idempotncy');
    await expect.poll(() => panel.getByRole('button', { name: IDEMPOTENCY, expanded: false }).count()).toBe(1);

    const question = panel.getByRole('button', { name: IDEMPOTENCY, expanded: false });
    await question.click();
    await panel.getByRole('button', { name: IDEMPOTENCY, expanded: true }).waitFor();
    await panel.getByText('How to answer').waitFor();

    const bookmark = bookmarkOf(panel, IDEMPOTENCY);
    expect(await bookmark.getAttribute('aria-pressed')).toBe('false');
    await bookmark.click();
    await expect.poll(() => bookmark.getAttribute('aria-pressed')).toBe('true');

    await panel.getByRole('textbox', { name: /Note/ }).fill('Idempotency-Key header; store the first response by key.');
    await panel.getByText('Note saved').waitFor();
    await panel.getByRole('combobox', { name: 'Review status' }).selectOption('practised');

    await panel.getByRole('button', { name: 'Bookmarks', exact: true }).click();
    await panel.getByRole('heading', { name: /bookmarks/i }).waitFor();
    await expect.poll(() => panel.getByRole('listitem').filter({ hasText: IDEMPOTENCY }).count()).toBe(1);
    // Bookmarks start folded: the question opens to its answer and note.
    await panel.getByRole('button', { name: IDEMPOTENCY, expanded: false }).click();
    expect(await panel.getByRole('textbox', { name: /Note/ }).inputValue()).toBe(
      'Idempotency-Key header; store the first response by key.',
    );

    // Close the browser entirely, start it again on the same profile.
    await browser.close();
    browser = await launchWithExtension({ profileDir });
    panel = await browser.openPanelPage();
    await panel.getByRole('button', { name: 'Bookmarks', exact: true }).click();
    await expect.poll(() => panel.getByRole('listitem').filter({ hasText: IDEMPOTENCY }).count()).toBe(1);
    await panel.getByRole('button', { name: IDEMPOTENCY, expanded: false }).click();
    expect(await panel.getByRole('textbox', { name: /Note/ }).inputValue()).toBe(
      'Idempotency-Key header; store the first response by key.',
    );
    expect(await panel.getByRole('combobox', { name: 'Review status' }).inputValue()).toBe('practised');
    expect(await bookmarkOf(panel, IDEMPOTENCY).getAttribute('aria-pressed')).toBe('true');
  });

  it('exports bookmarks to a file and imports them back; a bad file changes nothing', async () => {
    browser = await launchWithExtension();
    const panel = await browser.openPanelPage();
    for (const text of [/Explain caching/, /What is the CAP theorem/]) {
      await bookmarkOf(panel, text).click();
      await expect.poll(() => bookmarkOf(panel, text).getAttribute('aria-pressed')).toBe('true');
    }
    await panel.getByRole('button', { name: 'Bookmarks', exact: true }).click();
    await panel.getByRole('button', { name: /Explain caching/, expanded: false }).click();
    await panel.getByRole('textbox', { name: /Note for: Explain caching/ }).fill('cache-aside + TTL');
    await panel.getByText('Note saved').waitFor();

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export bookmarks' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^prep-panel-bookmarks-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.format).toBe('prep-panel-bookmarks');
    expect(exported.bookmarks.map((b: { questionId: string }) => b.questionId).sort()).toEqual(['tech-cap-theorem', 'tech-caching'].sort());

    // Remove both, then bring them back from the file.
    for (const text of [/Explain caching/, /What is the CAP theorem/]) await bookmarkOf(panel, text).click();
    await panel.getByText('No bookmarks yet').waitFor();

    const dir = tmpdir();
    const bad = join(dir, 'not-an-export.json');
    writeFileSync(bad, JSON.stringify({ name: 'some-other-app', items: [1, 2, 3] }));
    await panel.locator('input[type=file]').setInputFiles(bad);
    await panel.getByRole('alert').filter({ hasText: 'not a Prep Panel bookmarks export' }).waitFor();
    await panel.getByText('No bookmarks yet').waitFor();

    const good = join(dir, 'export.json');
    writeFileSync(good, JSON.stringify(exported));
    await panel.locator('input[type=file]').setInputFiles(good);
    await panel.getByText('Imported: 2 added').waitFor();
    await expect.poll(() => panel.getByRole('button', { name: 'Bookmark', exact: true, pressed: true }).count()).toBe(2);
    await panel.getByRole('button', { name: /Explain caching/, expanded: false }).click();
    expect(await panel.getByRole('textbox', { name: /Note for: Explain caching/ }).inputValue()).toBe('cache-aside + TTL');

    // Importing the same file again adds nothing.
    await panel.locator('input[type=file]').setInputFiles(good);
    await panel.getByText('Imported: 0 added, 0 updated, 2 already up to date').waitFor();
    await expect.poll(() => panel.getByRole('button', { name: 'Bookmark', exact: true, pressed: true }).count()).toBe(2);
  });
});
