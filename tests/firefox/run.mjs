#!/usr/bin/env node
/**
 * End-to-end tests of the Firefox build (.output/firefox-mv3) in headless
 * Firefox ESR: `web-ext lint`, the panel page's search, the launcher and
 * in-page panel on a fixture posting, and a bookmark kept across a browser
 * restart. Fixture pages are served at their real URLs by a local HTTPS
 * server; Firefox reaches them through a local proxy that refuses every other
 * host, so nothing leaves the machine. Run by `npm run test:firefox` (which
 * builds first); `node tests/firefox/run.mjs [name filter]` runs against the
 * existing build. PREP_PANEL_FIREFOX_BUILD overrides the build folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeAll, find, re, waitFor, waitUntil, waitUntilSettled } from './aria.mjs';
import { EXTENSION_DIR, FIREFOX, PANEL_URL, launchFirefox, newProfileDir } from './browser.mjs';
import { readRoutes, startFixtureServer } from './fixture-server.mjs';
import { startProxy } from './proxy.mjs';

const TEST_TIMEOUT_MS = 90_000;
const EXPLAINED_LINT_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']); // Preact's dangerouslySetInnerHTML support; see README

const routes = readRoutes();
const route = (test, what) => {
  const found = routes.find(test);
  if (!found) throw new Error(`No fixture route for ${what} in tests/fixtures/routes.ts`);
  return found;
};
/** Job postings (two sites' extractors) for the launcher and in-page panel. */
const POSTINGS = [
  route((r) => r.url.startsWith('https://boards.greenhouse.io/') && r.kind === 'job', 'a Greenhouse posting'),
  route((r) => r.file === 'sites/naukri/job.html', 'the Naukri posting'),
];
/** A supported site's page that is no posting: the launcher stays away; the panel tab starts here. */
const NOT_A_POSTING = route((r) => r.url === 'https://www.naukri.com/' && r.kind === 'none', 'the Naukri home page');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (line) => console.log(line);

// ---------------------------------------------------------------- shared setup

const tempRoot = mkdtempSync(join(tmpdir(), 'prep-panel-firefox-'));
process.on('exit', () => rmSync(tempRoot, { recursive: true, force: true }));
let server;
let proxy;
let shared; // one browser for the tests that need no restart

async function sharedBrowser() {
  if (!shared) {
    const started = Date.now();
    shared = await launchFirefox({ profileDir: newProfileDir(tempRoot), proxyPort: proxy.port });
    log(`  (Firefox started and the add-on installed in ${seconds(Date.now() - started)})`);
  }
  return shared;
}

/** The question cards of the panel page: the text of each question button (the one with aria-expanded). */
async function listedQuestions(page) {
  const buttons = await describeAll(page, { role: 'button', hasAttribute: 'aria-expanded', within: { role: 'listitem' } });
  return buttons.map((b) => b.name);
}

/** The launcher's button in the page's shadow root. */
const LAUNCHER = { role: 'button', name: re(/^Interview prep/) };

// ---------------------------------------------------------------- tests

test('web-ext lint: no errors, no unexplained warnings', async () => {
  const bin = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
  const lint = spawnSync(bin, ['lint', '--source-dir', EXTENSION_DIR, '--output', 'json', '--no-input'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(lint.stdout);
  } catch {
    throw new Error(`web-ext lint printed no report:\n${lint.stdout}\n${lint.stderr}`);
  }
  const unexplained = report.warnings.filter((w) => !EXPLAINED_LINT_WARNINGS.has(w.code));
  log(
    `  web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.map((w) => w.code).join(', ') || 'none'})`,
  );
  assert(report.errors.length === 0 && unexplained.length === 0, JSON.stringify([...report.errors, ...unexplained], null, 2));
});

test('panel page: the searchbox filters the questions and clearing it restores them', async () => {
  const ff = await sharedBrowser();
  const page = await ff.openPanelTab(NOT_A_POSTING.url);
  try {
    const searchbox = await waitFor(page, { role: 'searchbox' }, 'a searchbox');
    /** What the browse view shows: the searchbox's value, the status line, the listed questions. */
    const view = async () => ({
      value: await searchbox.evaluate((el) => el.value),
      status: (await describeAll(page, { role: 'status' })).map((s) => s.text).join(' | '),
      list: await listedQuestions(page),
    });
    // The questions load lazily: wait for the whole list ("N questions", N listed).
    const { list: all } = await waitUntilSettled(
      'the question list',
      view,
      (v) => v.list.length >= 5 && v.status.includes(`${v.list.length} questions`),
      { timeoutMs: 15_000 },
    );
    const bookmarkButtons = await describeAll(page, { role: 'button', name: 'Bookmark' });
    assert(bookmarkButtons.length === all.length, `${all.length} questions but ${bookmarkButtons.length} Bookmark buttons`);
    log(`  ${all.length} questions listed`);

    for (const word of ['kafka', 'cache']) {
      await searchbox.click();
      await searchbox.type(word);
      // The status line agrees with the list, for the whole word (not a prefix typed so far).
      const { list: filtered } = await waitUntilSettled(
        `the list to filter on "${word}"`,
        view,
        (v) =>
          v.value === word &&
          v.list.length > 0 &&
          v.list.length < all.length &&
          v.status.includes(`${v.list.length} of ${all.length} questions match`),
      );
      assert(
        filtered.every((q) => all.includes(q)),
        `Filtering on "${word}" listed questions that were not there before: ${filtered.filter((q) => !all.includes(q))}`,
      );
      // The search also matches topics and keywords, which a card does not show; but the word
      // should be in some listed question or its answer guidance (shown once the card is expanded).
      let mentioned = null;
      for (const q of filtered) {
        if (q.toLowerCase().includes(word)) {
          mentioned = `question "${q}"`;
          break;
        }
        const card = cardOf(q);
        await (await find(page, { role: 'button', name: q, expanded: false, within: card }))?.click();
        const [shown] = await waitUntil(
          `"${q}" to expand`,
          () => describeAll(page, card),
          (c) => /How to answer/.test(c[0]?.text),
        );
        if (shown.text.toLowerCase().includes(word)) {
          mentioned = `the guidance of "${q}"`;
          break;
        }
      }
      assert(mentioned, `No listed question or its guidance mentions "${word}": ${filtered.join(' | ')}`);
      log(`  "${word}": ${filtered.length} of ${all.length} listed; it is in ${mentioned}`);

      // Clear it: select all, delete.
      await searchbox.click({ count: 3 });
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await waitUntilSettled(
        'the full list back after clearing the search',
        view,
        (v) => v.value === '' && v.list.length === all.length && v.list.every((q, i) => q === all[i]),
      );
    }

    const none = 'zzqxnotaword';
    await searchbox.type(none);
    await waitUntilSettled(`no questions for "${none}"`, view, (v) => v.value === none && v.list.length === 0);
  } finally {
    await page.close();
  }
});

for (const POSTING of POSTINGS)
  test(`posting page (${new URL(POSTING.url).hostname}): the launcher appears after load, counts its questions, and opens the in-page panel`, async () => {
    const ff = await sharedBrowser();
    const page = await ff.browser.newPage();
    try {
      // Record, from the document's start, when our host element joins the DOM.
      await page.evaluateOnNewDocument(() => {
        new MutationObserver((records, observer) => {
          for (const r of records)
            for (const n of r.addedNodes)
              if (n.nodeType === 1 && n.shadowRoot?.querySelector('button') && !window.__launcherAddedAt) {
                window.__launcherAddedAt = performance.now();
                observer.disconnect();
              }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(POSTING.url, { waitUntil: 'load' });
      const launcher = await waitFor(page, LAUNCHER, 'the launcher button', { timeoutMs: 10_000 });
      const { label, badge, addedAt, loadEnd, host } = await launcher.evaluate((b) => ({
        label: b.getAttribute('aria-label'),
        badge: b.querySelector('b')?.textContent ?? '',
        addedAt: window.__launcherAddedAt ?? null,
        loadEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
        host: b.getRootNode().host?.localName,
      }));
      const m = /^Interview prep: (\d+) (questions?) match this job$/.exec(label ?? '');
      assert(m, `The launcher's aria-label is "${label}", not "Interview prep: N question(s) match this job"`);
      const count = Number(m[1]);
      assert(count >= 1, `The launcher says ${count} questions match`);
      assert(m[2] === (count === 1 ? 'question' : 'questions'), `"${label}": singular/plural is off`);
      assert(badge === String(count), `The launcher's badge shows "${badge}" but its label says ${count}`);
      assert(
        addedAt !== null && loadEnd !== null && addedAt > loadEnd,
        `The launcher was added at ${addedAt} ms, before the load event ended (${loadEnd} ms)`,
      );
      log(`  "${label}" on <${host}>'s shadow root, added ${Math.round(addedAt - loadEnd)} ms after the load event`);

      await launcher.click();
      const frame = await waitFor(page, { role: 'iframe', name: 'Prep Panel' }, 'the in-page panel frame', { timeoutMs: 5000 });
      const info = await frame.evaluate((f) => {
        const r = f.getBoundingClientRect();
        const onTop = f.getRootNode().elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === f;
        return {
          src: f.src,
          hidden: f.hidden,
          visibility: getComputedStyle(f).visibility,
          onTop,
          width: r.width,
          height: r.height,
          right: r.right,
          vw: document.documentElement.clientWidth, // without a scrollbar
          vh: innerHeight,
        };
      });
      assert(info.src === `${PANEL_URL}?embedded=1`, `The panel frame's src is ${info.src}`);
      assert(
        !info.hidden && info.visibility === 'visible' && info.onTop,
        `The panel frame is not visible on top of the page: ${JSON.stringify(info)}`,
      );
      assert(
        info.width >= 300 && info.height >= info.vh - 1 && Math.abs(info.right - info.vw) <= 1,
        `The panel frame is not a full-height panel on the right: ${JSON.stringify(info)}`,
      );
      assert(
        (await launcher.evaluate((b) => b.getAttribute('aria-expanded'))) === 'true',
        'The launcher is not aria-expanded=true with the panel open',
      );
      log(`  panel frame ${Math.round(info.width)}×${Math.round(info.height)} at the right edge, src ${info.src}`);
      // The frame's own document: BiDi reaches it as a child browsing context (its url() may
      // still read about:blank, so each frame is asked where it is).
      const panel = await waitUntil(
        'the in-page panel document',
        async () => {
          for (const f of page.frames()) {
            const href = await f.evaluate(() => location.href).catch(() => '');
            if (href === `${PANEL_URL}?embedded=1`) return f;
          }
          return null;
        },
        Boolean,
        { timeoutMs: 10_000 },
      );
      await waitFor(panel, { role: 'heading', name: POSTING.title }, `the posting's title "${POSTING.title}" in the in-page panel`);
      const relevant = { role: 'region', name: 'Relevant for this job' };
      const expected = `${count} question${count === 1 ? '' : 's'} match what this posting asks for`;
      // Same count as the launcher, and question cards with their Bookmark buttons.
      const { cards } = await waitUntilSettled(
        `"Relevant for this job" to say "${expected}" like the launcher, with question cards`,
        async () => ({
          text: (await describeAll(panel, relevant)).map((r) => r.text.slice(0, 200)),
          cards: (await describeAll(panel, { role: 'button', name: 'Bookmark', within: { role: 'listitem', within: relevant } })).length,
        }),
        (v) => v.text.length === 1 && v.text[0].includes(expected) && v.cards >= 1,
      );
      log(`  in-page panel: "${POSTING.title}", "${expected}", ${cards} cards shown`);

      // Its close button (inside the frame) removes the frame through the background and the content script.
      await (await waitFor(panel, { role: 'button', name: 'Close panel' }, "the panel's Close panel button")).click();
      await waitUntil(
        'the panel frame to go',
        () => find(page, { role: 'iframe', name: 'Prep Panel' }),
        (f) => f === null,
        { timeoutMs: 5000 },
      );
      await waitUntil(
        'the launcher to be aria-expanded=false',
        () => launcher.evaluate((b) => b.getAttribute('aria-expanded')),
        (v) => v === 'false',
        { timeoutMs: 2000 },
      );
    } finally {
      await page.close();
    }
  });

test('non-posting page of a supported site: no launcher', async () => {
  const ff = await sharedBrowser();
  const page = await ff.open(NOT_A_POSTING.url);
  try {
    // The script lands 400 ms after load and then waits for idle: give it time to (not) show.
    await new Promise((r) => setTimeout(r, 2000));
    assert((await find(page, LAUNCHER)) === null, `A launcher appeared on ${NOT_A_POSTING.url}`);
  } finally {
    await page.close();
  }
});

test('bookmark: kept across a browser restart on the same profile', async () => {
  const profileDir = newProfileDir(tempRoot);
  const bookmarksNav = { role: 'button', name: 'Bookmarks', within: { role: 'navigation' } };
  /** The Bookmarks view of `page` lists `question`, its Bookmark button pressed. */
  async function expectInBookmarksView(page, question, when) {
    await (await waitFor(page, bookmarksNav, 'the Bookmarks nav button')).click();
    await waitFor(page, { role: 'heading', name: re(/bookmarks/i) }, 'the Bookmarks heading');
    const pressed = { role: 'button', name: 'Bookmark', pressed: true, within: { role: 'listitem', hasText: re(escapeRe(question)) } };
    await waitFor(page, pressed, `"${question}" in the Bookmarks view ${when}, aria-pressed=true`, { timeoutMs: 5000 });
    const alerts = await describeAll(page, { role: 'alert' });
    assert(alerts.length === 0, `The panel shows an error ${when}: ${alerts.map((a) => a.text).join(' | ')}`);
  }

  let ff = await launchFirefox({ profileDir, proxyPort: proxy.port });
  let question;
  try {
    const page = await ff.openPanelTab(NOT_A_POSTING.url);
    [question] = await waitUntil(
      'the question list',
      () => listedQuestions(page),
      (list) => list.length > 0,
    );
    const bookmarkOf = (pressed) => ({ role: 'button', name: 'Bookmark', pressed, within: cardOf(question) });
    const button = await waitFor(page, bookmarkOf(false), `the first question's Bookmark button, aria-pressed=false`);
    await button.click();
    await waitFor(page, bookmarkOf(true), `"${question}" to show as bookmarked (aria-pressed=true)`, { timeoutMs: 5000 });
    log(`  bookmarked "${question}"`);
    await expectInBookmarksView(page, question, 'in the same tab');
    // A second panel tab loads the bookmarks afresh (from the background and IndexedDB), so
    // the write has landed before the browser closes.
    await expectInBookmarksView(await ff.openPanelTab(NOT_A_POSTING.url), question, 'in a new panel tab');
  } finally {
    await ff.close();
  }

  const restarted = Date.now();
  ff = await launchFirefox({ profileDir, proxyPort: proxy.port });
  log(`  Firefox restarted on the same profile and the add-on reinstalled in ${seconds(Date.now() - restarted)}`);
  try {
    await expectInBookmarksView(await ff.openPanelTab(NOT_A_POSTING.url), question, 'after the restart');
  } finally {
    await ff.close();
  }
});

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The card (list item) of the question whose text is `question`. */
const cardOf = (question) => ({ role: 'listitem', hasText: re(`^\\W*${escapeRe(question)}`) });

// ---------------------------------------------------------------- runner

async function main() {
  const filter = process.argv[2];
  const selected = filter ? tests.filter((t) => t.name.includes(filter)) : tests;
  const version = FIREFOX ? spawnSync(FIREFOX, ['--version'], { encoding: 'utf8' }).stdout.trim() : 'no Firefox';
  log(`Firefox e2e: ${selected.length} tests, ${version}, build ${EXTENSION_DIR}`);
  const startedAll = Date.now();
  const missing = !FIREFOX
    ? 'No Firefox here: apt-get install firefox-esr, or set FIREFOX_PATH.'
    : !existsSync(join(EXTENSION_DIR, 'manifest.json'))
      ? `No Firefox build at ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`
      : null;
  if (missing) {
    log(`✘ ${missing}`);
    log(`0 passed, ${selected.length} failed`);
    process.exit(1);
  }
  server = await startFixtureServer(routes);
  proxy = await startProxy({ hosts: server.hosts, targetPort: server.port });

  let passed = 0;
  let failed = 0;
  for (const [i, t] of selected.entries()) {
    log(`[${i + 1}/${selected.length}] ${t.name}`);
    const started = Date.now();
    let timer;
    try {
      await Promise.race([
        t.fn(),
        new Promise(
          (_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${seconds(TEST_TIMEOUT_MS)}`)), TEST_TIMEOUT_MS)),
        ),
      ]);
      passed++;
      log(`  ✔ passed in ${seconds(Date.now() - started)}`);
    } catch (error) {
      failed++;
      log(`  ✘ FAILED in ${seconds(Date.now() - started)}: ${error?.stack ?? error}`);
    } finally {
      clearTimeout(timer);
    }
  }

  await shared?.close().catch((e) => log(`(closing Firefox: ${e.message})`));
  await proxy.close();
  await server.close();
  const refusedHosts = [...new Set(proxy.refused.map((r) => r.replace(/^(connect|http) /, '').replace(/^(https?:\/\/[^/]+).*$/, '$1')))];
  log(
    refusedHosts.length
      ? `The proxy refused ${proxy.refused.length} requests to other hosts (none left the machine): ${refusedHosts.join(', ')}`
      : 'The proxy saw no request for any host but the fixtures.',
  );
  log(`Total ${seconds(Date.now() - startedAll)}`);
  log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0); // a browser left by a timed-out test is killed on exit
}

main().catch((error) => {
  console.error(error);
  log('0 passed, 1 failed');
  process.exit(1);
});
