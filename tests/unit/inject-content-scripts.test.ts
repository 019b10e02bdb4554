/**
 * Getting site scripts into pages: the background (utils/background/inject-content-scripts.ts)
 * waits before touching a page that just loaded and injects the right file once
 * per load; the script itself (utils/content/site-content-script.ts) refuses to
 * start twice in a document or on a site the tab has moved on to.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AFTER_LOAD_MS, injectContentScript, injectIntoOpenTabs, siteForUrl } from '@/utils/background/inject-content-scripts';
import { patternCoversHost, shouldStart } from '@/utils/content/site-content-script';
import { sites } from '@/utils/sites';
import { routes } from '../fixtures/routes';

const LINKEDIN = 'https://www.linkedin.com/jobs/view/3987654321/';
const NAUKRI = 'https://www.naukri.com/job-listings-backend-developer-acme-bengaluru-3-to-6-years-120925000123';
const site = (id: string) => sites.find((s) => s.id === id)!;

describe('the background injects', () => {
  let calls: { tabId: number; files: string[] }[];
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    calls = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
      target: { tabId: number };
      files: string[];
    }) => {
      if (injection.target.tabId === 7) throw new Error('No tab with id: 7.');
      calls.push({ tabId: injection.target.tabId, files: injection.files });
      return [];
    }) as never);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('nothing into a page that just loaded until AFTER_LOAD_MS have passed, then its site script', async () => {
    const done = injectContentScript(1, LINKEDIN);
    await vi.advanceTimersByTimeAsync(AFTER_LOAD_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(calls).toEqual([{ tabId: 1, files: ['/content-scripts/linkedin.js'] }]);
  });

  it('nothing into unsupported sites or plain http', async () => {
    for (const url of ['https://example.com/jobs/1', 'http://www.linkedin.com/jobs/view/1/', undefined]) await injectContentScript(1, url);
    await vi.runAllTimersAsync();
    expect(calls).toEqual([]);
  });

  it('and shrugs off a tab that closed meanwhile', async () => {
    const done = injectContentScript(7, LINKEDIN);
    await vi.runAllTimersAsync();
    await expect(done).resolves.toBeUndefined();
  });

  it('into supported pages already open at install, without waiting', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, url: LINKEDIN },
      { id: 2, url: NAUKRI },
      { id: 3, url: 'https://example.com/' },
    ] as never);
    await injectIntoOpenTabs(); // no timers advanced
    expect(calls).toEqual([
      { tabId: 1, files: ['/content-scripts/linkedin.js'] },
      { tabId: 2, files: ['/content-scripts/naukri.js'] },
    ]);
  });
});

describe('a site script starts', () => {
  const linkedin = site('linkedin');
  it.each(routes.map((r) => [r.url] as const))('on %s, where the background injects it', (url) => {
    expect(shouldStart(siteForUrl(url)!, undefined, new URL(url))).toBe(true);
  });
  it('on its own site', () => {
    expect(shouldStart(linkedin, undefined, new URL(LINKEDIN))).toBe(true);
    expect(shouldStart(site('indeed'), undefined, new URL('https://in.indeed.com/viewjob?jk=1'))).toBe(true);
    expect(
      shouldStart(linkedin, undefined, new URL('https://au.linkedin.com/jobs/view/senior-backend-engineer-at-wattle-freight-4123456789')),
    ).toBe(true);
    expect(siteForUrl('https://uk.linkedin.com/jobs/view/4123456790/')?.id).toBe('linkedin');
  });
  it('not a second time in the same document, but in place of an orphaned copy', () => {
    expect(shouldStart(linkedin, () => 'linkedin', new URL(LINKEDIN))).toBe(false);
    expect(shouldStart(linkedin, () => null, new URL(LINKEDIN))).toBe(true); // the extension was updated
  });
  it('not on a site the tab moved on to, nor over http', () => {
    expect(shouldStart(linkedin, undefined, new URL(NAUKRI))).toBe(false);
    expect(shouldStart(linkedin, undefined, new URL('http://www.linkedin.com/jobs/view/1/'))).toBe(false);
    expect(shouldStart(linkedin, undefined, new URL('https://www.linkedin.com.evil.com/jobs/view/1/'))).toBe(false);
  });
  it('where its match patterns say, hosts matched strictly', () => {
    expect(patternCoversHost('https://*.indeed.com/*', 'in.indeed.com')).toBe(true);
    expect(patternCoversHost('https://*.indeed.com/*', 'indeed.com')).toBe(true);
    expect(patternCoversHost('https://*.indeed.com/*', 'evilindeed.com')).toBe(false);
    expect(patternCoversHost('https://www.naukri.com/*', 'naukri.com')).toBe(false);
    expect(patternCoversHost('<all_urls>', 'www.naukri.com')).toBe(false);
  });
});
