/**
 * Conventions that keep sites, entrypoints and injection in step: every site
 * module has its content script entrypoint, and the background injects the
 * right script for each site's pages and nothing elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentScriptFile, siteForUrl } from '@/utils/background/inject-content-scripts';
import { detect, sites } from '@/utils/sites';
import { routes } from '../fixtures/routes';

const root = join(import.meta.dirname, '../..');

describe('content scripts', () => {
  it.each(sites.map((s) => [s.id, s] as const))('%s has entrypoints/<id>.content.ts running its own detector', (id, site) => {
    const file = join(root, 'entrypoints', `${id}.content.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`siteContentScript\\(\\w+\\)`));
    expect(contentScriptFile(site)).toBe(`/content-scripts/${id}.js`);
  });

  it('has no content script entrypoint without a site', () => {
    const entrypoints = readdirSync(join(root, 'entrypoints')).filter((f) => f.endsWith('.content.ts'));
    expect(entrypoints.map((f) => f.replace('.content.ts', '')).sort()).toEqual(sites.map((s) => s.id).sort());
  });

  it.each(routes.map((r) => [r.url, r] as const))('injects the right site script into %s', (url, route) => {
    const site = siteForUrl(url);
    expect(site).not.toBeNull();
    if (route.expect.kind === 'none')
      expect(site!.matchesUrl(new URL(url))).toBe(false); // it runs, and shows nothing
    else expect(site!.id).toBe(detect(url)?.id);
  });

  it.each([
    'http://www.linkedin.com/jobs/view/3987654321/',
    'https://www.linkedin.com.evil.com/jobs/view/3987654321/',
    'https://au.linkedin.com.evil.com/jobs/view/4123456789/',
    'https://linkedin.com.au/jobs/view/4123456789/',
    'https://evil.com/?u=https://www.linkedin.com/jobs/view/1',
    'https://zoom.us.evil.com/j/123',
    'https://example.com/',
    'chrome://extensions/',
    undefined,
  ])('injects nothing into %s', (url) => {
    expect(siteForUrl(url)).toBeNull();
  });
});
