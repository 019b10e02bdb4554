/**
 * No network: with the extension running on every fixture page (launcher,
 * in-page panel, search, bookmarks, export, import, Chrome's side panel), the
 * only requests are the page navigations this test makes and our own
 * packaged files. Three witnesses: Playwright's context-wide `request` event
 * (pages, their frames, our panel frames, and the service worker); the
 * fixture server's log, which every hostname in the browser resolves to
 * (`MAP *`); and a relay in front of that server logging every connection's
 * server name, which also sees requests whose TLS handshake fails (the
 * worker's: certificate errors are only skipped for pages). A last test
 * proves the witnesses are not blind: requests made from a panel frame, the
 * panel page, the worker and the content script's world all show.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page, Request } from 'playwright-core';
import { routes, type JobExpect } from '../fixtures/routes';
import { EXTENSION_DIR, inPagePanel, launchWithExtension, type ExtensionBrowser, launcher } from './support/browser';
import { fixturePages } from './support/fixtures';
import { routeKey, startFixtureServer, type FixtureServer } from './support/https-server';
import { clickToolbarButton, nativeSidePanel, waitForPanelText } from './support/native-panel';

const extensionDir = process.env.PREP_PANEL_EXTENSION_DIR ?? EXTENSION_DIR;

let server: FixtureServer;
let browser: ExtensionBrowser;

/**
 * The server name (SNI) a TLS connection asks for, from its ClientHello, or null if `data` holds no complete
 * ClientHello (yet) or it names no server.
 */
function serverName(data: Buffer): string | null | undefined {
  if (data.length < 5 || data[0] !== 0x16) return null; // not a TLS handshake
  if (data.length < 5 + data.readUInt16BE(3)) return undefined; // need more bytes
  let at = 5 + 4 + 2 + 32; // record header, handshake header, version, random
  at += 1 + data[at]!; // session id
  at += 2 + data.readUInt16BE(at); // cipher suites
  at += 1 + data[at]!; // compression methods
  const end = at + 2 + data.readUInt16BE(at);
  for (at += 2; at + 4 <= end;) {
    const type = data.readUInt16BE(at);
    const length = data.readUInt16BE(at + 2);
    if (type === 0) return data.subarray(at + 9, at + 9 + data.readUInt16BE(at + 7)).toString('latin1');
    at += 4 + length;
  }
  return null;
}

/**
 * A TCP relay in front of the fixture server that logs the server name of every connection, so a request
 * whose TLS handshake fails (the service worker does not skip certificate errors as pages do here) is
 * seen too. Plain HTTP connections are logged as http://<Host header>.
 */
async function startConnectionLog(target: number): Promise<{ port: number; names: string[]; close(): Promise<void> }> {
  const names: string[] = [];
  const relay: Server = createServer((socket) => {
    const upstream = connect(target, '127.0.0.1');
    let head: Buffer = Buffer.alloc(0);
    let logged = false;
    socket.on('data', (chunk: Buffer) => {
      if (!logged) {
        head = Buffer.concat([head, chunk]);
        let name: string | null | undefined;
        try {
          name = serverName(head);
        } catch {
          name = 'unparsable ClientHello';
        }
        if (name !== undefined || head.length > 16_384) {
          const http = /^[A-Z]+ \S+ HTTP\/1\.[01]\r\n(?:.*\r\n)*?host: *([^\s:]+)/i.exec(head.toString('latin1'));
          names.push(name ?? (http ? `http://${http[1]}` : 'not TLS or HTTP'));
          logged = true;
        }
      }
      upstream.write(chunk);
    });
    upstream.pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
    socket.on('end', () => upstream.end());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    port: (relay.address() as AddressInfo).port,
    names,
    close: () => new Promise((resolve) => relay.close(() => resolve())),
  };
}
let connections: Awaited<ReturnType<typeof startConnectionLog>>;
/** Hosts of the services Chromium itself calls in the background. */
const CHROMIUM_SERVICES = /^(?:http:\/\/)?(?:[\w-]+\.)*(?:google\.com|googleapis\.com|gstatic\.com|gvt1\.com|gvt2\.com)$/;

interface Seen {
  url: string;
  resourceType: string;
  navigation: boolean;
  /** 'worker <url>', 'main frame <url>' or 'subframe <url>'. */
  from: string;
}
const seen: Seen[] = [];
const workersSeen = new Set<string>();
/** Every URL this test navigated a page to. */
const navigated = new Set<string>();

function record(request: Request) {
  const worker = request.serviceWorker();
  let from = worker ? `worker ${worker.url()}` : '?';
  if (!worker) {
    try {
      const frame = request.frame();
      from = `${frame.parentFrame() ? 'subframe' : 'main frame'} ${frame.url()}`;
    } catch {
      from = 'no frame';
    }
  }
  seen.push({ url: request.url(), resourceType: request.resourceType(), navigation: request.isNavigationRequest(), from });
}

/** Requests that are neither a navigation this test made nor one of our own packaged files. */
function unexplained(list: Seen[]): Seen[] {
  const own = `chrome-extension://${browser.extensionId}/`;
  return list.filter((r) => {
    if (r.url.startsWith(own)) return !existsSync(join(extensionDir, new URL(r.url).pathname));
    // The export: a blob of our own origin, made in our own frame.
    if (r.url.startsWith(`blob:${own}`)) return false;
    if (r.navigation && r.resourceType === 'document' && r.from.startsWith('main frame') && navigated.has(r.url)) return false;
    return true;
  });
}

/** Server log entries for anything but the navigations made (and the browser's own favicon fetches). */
function unexplainedAtServer(): string[] {
  const made = new Set([...navigated].map(routeKey));
  return server.requests.filter((key) => !made.has(key) && !/^[^/]+\/favicon\.ico$/.test(key));
}

beforeAll(async () => {
  server = await startFixtureServer(fixturePages());
  connections = await startConnectionLog(server.port);
  browser = await launchWithExtension({
    // `*` last: every other hostname comes here too, so no connection can go anywhere unseen.
    hosts: [...server.hosts, '*'],
    port: connections.port,
    extensionDir: process.env.PREP_PANEL_EXTENSION_DIR,
  });
  browser.context.on('request', record);
  // Our worker may sleep and wake during the test: remember every one that ran.
  for (const w of browser.context.serviceWorkers()) workersSeen.add(w.url());
  browser.context.on('serviceworker', (w) => workersSeen.add(w.url()));
});
afterAll(async () => {
  await browser?.close();
  await connections?.close();
  await server?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  navigated.add(url);
  await page.goto(url);
  return page;
}

/** In a panel (in-page frame or panel page): search, bookmark one question, open the bookmarks, export them. */
async function usePanel(panel: ReturnType<typeof inPagePanel> | Page, downloads: Page) {
  // Open Questions (again, if the panel was still settling on its first view) and browse every role:
  // the Questions view opens on the page's role.
  await expect
    .poll(async () => {
      await panel.getByRole('button', { name: 'Questions', exact: true }).click();
      return panel.getByRole('searchbox').isVisible();
    }, { timeout: 20_000 })
    .toBe(true);
  await panel.getByRole('combobox', { name: 'Role' }).selectOption('all');
  await panel.getByRole('searchbox').fill('idempotency');
  // Bookmark one known question (un-bookmarking it first if an earlier page did). By its card, not by
  // position: the results re-order once the search index has loaded.
  const first = panel
    .getByRole('listitem')
    .filter({ hasText: /What is idempotency, and why does it matter in APIs/ })
    .getByRole('button', { name: 'Bookmark', exact: true });
  if ((await first.getAttribute('aria-pressed')) === 'true') {
    await first.click();
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('false');
  }
  await first.click();
  await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
  await panel.getByRole('searchbox').fill('cache');
  await panel.getByRole('button', { name: 'Bookmarks', exact: true }).click();
  await panel.getByRole('heading', { name: /bookmarks/i }).waitFor();
  const [download] = await Promise.all([
    downloads.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export bookmarks' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^prep-panel-bookmarks-.*\.json$/);
  await download.path();
}

describe('network', () => {
  it('the extension makes no request on any fixture page, in any panel, or from its worker', async () => {
    for (const route of routes) {
      const page = await open(route.url);
      if (route.expect.kind === 'none') {
        await page.waitForLoadState('load');
        await page.waitForTimeout(1500);
        expect(await launcher(page).count()).toBe(0);
        await page.close();
        continue;
      }
      await launcher(page).click({ timeout: 10_000 });
      const panel = inPagePanel(page);
      await panel.getByRole('heading', { name: /Relevant for this job|Checklist/ }).waitFor();
      for (const nav of route.navigations ?? []) {
        await page.locator(nav.click).click();
        await panel.getByRole('heading', { name: nav.expect.title, exact: true }).waitFor({ timeout: 3000 });
      }
      await usePanel(panel, page);
      await page.close();
    }

    // The panel page in a tab, with an import too.
    const panelPage = await browser.openPanelPage();
    await usePanel(panelPage, panelPage);
    const exported = join(tmpdir(), `prep-panel-network-${Date.now()}.json`);
    const [download] = await Promise.all([
      panelPage.waitForEvent('download'),
      panelPage.getByRole('button', { name: 'Export bookmarks' }).click(),
    ]);
    await download.saveAs(exported);
    await panelPage.locator('input[type=file]').setInputFiles(exported);
    await panelPage.getByText(/^Imported:/).waitFor();
    await panelPage.close();
    writeFileSync(exported, '');

    // Chrome's own side panel, opened from the toolbar on a posting.
    const route = routes.find((r) => r.expect.kind === 'job' && !r.navigations && !r.lateRender)!;
    const page = await open(route.url);
    await launcher(page).waitFor();
    const side = await nativeSidePanel(browser.context, browser.extensionId, () => clickToolbarButton(page, browser.extensionId));
    await waitForPanelText(side, (route.expect as JobExpect).title);
    await side.closePanel();
    await page.close();

    const own = `chrome-extension://${browser.extensionId}/`;
    const count = (f: (r: Seen) => boolean) => seen.filter(f).length;
    console.log(
      `Requests seen: ${seen.length}: ${count((r) => r.url.startsWith(own))} of our packaged files ` +
        `(${count((r) => r.url.startsWith(own) && r.from.startsWith('subframe'))} in in-page panel frames), ` +
        `${count((r) => r.url.startsWith('blob:'))} export blobs, ${count((r) => r.navigation && !r.url.startsWith(own))} page navigations`,
    );
    // The recorder saw our frames and worker at work (so an empty list below means something).
    expect(seen.some((r) => r.url.startsWith(`${own}sidepanel.html?embedded=1`) && r.from.startsWith('subframe')), 'an in-page panel frame was seen').toBe(true);
    expect([...workersSeen].some((url) => url.startsWith(own))).toBe(true);

    expect(unexplained(seen), 'requests that are neither a navigation the test made nor our packaged files').toEqual([]);
    expect(unexplainedAtServer(), 'requests the fixture server got that the test did not navigate to').toEqual([]);
    // Chromium's own background services (component updater, network time, autofill, accounts) connect too;
    // no frame or worker of ours made those (the Playwright log above would show it).
    const hosts = new Set([...navigated].map((u) => new URL(u).hostname));
    const elsewhere = connections.names.filter((name) => !hosts.has(name));
    const browserOwn = elsewhere.filter((name) => CHROMIUM_SERVICES.test(name));
    console.log(`Connections: ${connections.names.length}; to Chromium's own services: ${[...new Set(browserOwn)].join(', ')}`);
    expect(
      elsewhere.filter((name) => !CHROMIUM_SERVICES.test(name)),
      'connections to hosts the test never navigated to',
    ).toEqual([]);
  }, 300_000);

  it('the recorders are not blind: a request from a panel frame, the panel page, the worker or the content script shows', async () => {
    const before = seen.length;
    const serverBefore = server.requests.length;
    const connectionsBefore = connections.names.length;
    const route = routes.find((r) => r.expect.kind === 'job' && !r.navigations && !r.lateRender)!;
    const page = await open(route.url);

    // The content script's isolated world, reached over DevTools.
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    const worlds: { id: number; name: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await launcher(page).click({ timeout: 10_000 });
    await inPagePanel(page).getByRole('heading', { name: 'Relevant for this job' }).waitFor();
    const ours = worlds.find((w) => w.name === 'Prep Panel');
    expect(ours, 'the content script world').toBeDefined();
    await cdp.send('Runtime.evaluate', {
      contextId: ours!.id,
      expression: `fetch('https://www.naukri.com/__canary/content-script').catch(() => {})`,
      awaitPromise: true,
    });

    const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${browser.extensionId}/`))!;
    await frame.evaluate(() => fetch('https://cdn.example.com/__canary/panel-frame').catch(() => {}));
    const panelPage = await browser.openPanelPage();
    await panelPage.evaluate(() => fetch('https://www.linkedin.com/__canary/panel-page').catch(() => {}));
    await browser.worker.evaluate(() => fetch('https://analytics.example.net/__canary/worker').catch(() => {}));
    await page.waitForTimeout(500);

    const flagged = unexplained(seen.slice(before)).map((r) => `${r.url} (${r.from.split(' ')[0]})`);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'https://www.naukri.com/__canary/content-script (main)',
        'https://cdn.example.com/__canary/panel-frame (subframe)',
        'https://www.linkedin.com/__canary/panel-page (main)',
        'https://analytics.example.net/__canary/worker (worker)',
      ]),
    );
    // The server saw the frames' requests; the worker's failed its TLS handshake (certificate errors are only
    // skipped for pages here), which the connection log saw.
    expect(
      server.requests
        .slice(serverBefore)
        .filter((k) => k.includes('__canary'))
        .sort(),
    ).toEqual(['cdn.example.com/__canary/panel-frame', 'www.linkedin.com/__canary/panel-page', 'www.naukri.com/__canary/content-script']);
    expect(connections.names.slice(connectionsBefore)).toEqual(expect.arrayContaining(['analytics.example.net', 'cdn.example.com']));
    await cdp.detach();
    await panelPage.close();
    await page.close();
  });
});
