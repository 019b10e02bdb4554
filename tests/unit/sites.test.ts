import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { callSites, detect, jobSites, siteById, siteMatches, sites } from '@/utils/sites';

/**
 * Every detector against every example URL: a site's own `match` examples
 * must be matched by that site and by no other, and every `noMatch` example
 * (look-alike hosts, http, other pages of the site) by no site at all.
 */
const table = sites.flatMap((site) => [
  ...site.examples.match.map((url) => ({ url, owner: site.id, expected: site.id as string | null })),
  ...site.examples.noMatch.map((url) => ({ url, owner: site.id, expected: null as string | null })),
]);

/** The browsers' match-pattern semantics, as WXT implements them. */
const patternMatches = (pattern: string, url: URL): boolean => new MatchPattern(pattern).includes(url);

describe('site detectors', () => {
  it('has examples for every site (they are only stripped from production builds)', () => {
    for (const site of sites) {
      expect(site.examples.match.length, site.id).toBeGreaterThan(0);
      expect(site.examples.noMatch.length, site.id).toBeGreaterThan(0);
    }
  });

  it.each(table)('$owner: $url → $expected', ({ url, expected }) => {
    const u = new URL(url);
    const matching = sites.filter((s) => s.matchesUrl(u)).map((s) => s.id);
    expect(matching).toEqual(expected ? [expected] : []);
    expect(detect(url)?.id ?? null).toBe(expected);
    const site = expected ? siteById(expected) : null;
    if (site?.kind === 'call') expect(site.describe(u)).not.toBeNull();
  });

  it('lists look-alike attacks in every site’s noMatch examples', () => {
    for (const site of sites) {
      const hosts = site.examples.noMatch.map((u) => new URL(u));
      expect(
        hosts.some((u) => u.protocol === 'http:'),
        site.id,
      ).toBe(true);
      expect(
        hosts.some((u) => u.hostname.endsWith('.evil.com')),
        site.id,
      ).toBe(true);
      expect(
        hosts.some((u) => u.hostname === 'evil.com' && u.search.length > 0),
        site.id,
      ).toBe(true);
    }
  });

  it.each([
    'https://zoom.us.evil.com/j/123456789',
    'https://meet.google.com@evil.com/abc-defg-hij',
    'https://evil.com/?u=meet.google.com/abc-defg-hij',
    'https://evil.com/#https://meet.google.com/abc-defg-hij',
    'https://notlinkedin.com/jobs/view/1',
    'https://linkedin.com.evil.com/jobs/view/3987654321/',
    'https://au.linkedin.com.evil.com/jobs/view/4123456789/',
    'https://www.linkedin.com.au/jobs/view/4123456789/',
    'https://business.linkedin.com/jobs/view/4123456789/',
    'https://au.notlinkedin.com/jobs/view/4123456789/',
    'http://meet.google.com/abc-defg-hij',
    'http://www.linkedin.com/jobs/view/3987654321/',
    'ftp://meet.google.com/abc-defg-hij',
    'javascript:alert(1)//meet.google.com/abc-defg-hij',
    'data:text/html,https://meet.google.com/abc-defg-hij',
    'file:///meet.google.com/abc-defg-hij',
    'https://evilzoom.us/j/84512345678',
    'https://meet.google.com.evil.com/abc-defg-hij',
    'https://teams.microsoft.com.evil.com/meet/41234567890123',
    'https://evil.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
    'https://www.naukri.com.evil.com/job-listings-backend-developer-x-150425500123',
    'https://evil.com/viewjob?jk=3f2a9c1d7b6e5a40&host=in.indeed.com',
    'not a url',
    '',
    'https://',
  ])('rejects %s', (url) => {
    expect(detect(url)).toBeNull();
  });

  it.each(['www', 'in', 'au', 'uk', 'ca', 'sg', 'ae', 'de', 'nz'])('finds LinkedIn postings on its %s. host', (sub) => {
    expect(detect(`https://${sub}.linkedin.com/jobs/view/backend-engineer-at-acme-4123456789`)?.id).toBe('linkedin');
  });

  it('has unique ids, a kind for each site and lookups by id', () => {
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
    expect([...jobSites, ...callSites].map((s) => s.id).sort()).toEqual(sites.map((s) => s.id).sort());
    expect(jobSites.every((s) => s.kind === 'job' && typeof s.extract === 'function')).toBe(true);
    expect(callSites.every((s) => s.kind === 'call' && typeof s.describe === 'function')).toBe(true);
    for (const s of sites) expect(siteById(s.id)).toBe(s);
    expect(siteById('nope')).toBeNull();
  });

  it('uses strict https match patterns that cover every match example', () => {
    for (const site of sites) {
      expect(site.matches.length, site.id).toBeGreaterThan(0);
      for (const pattern of site.matches) {
        expect(pattern, site.id).not.toBe('<all_urls>');
        // Scheme https, a concrete host or *.domain (never a bare *), any path.
        expect(pattern, site.id).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
      }
      for (const url of site.examples.match) {
        expect(
          site.matches.some((p) => patternMatches(p, new URL(url))),
          `${site.id} ${url}`,
        ).toBe(true);
      }
    }
    // The manifest's host list: each site's hosts once (known entries, no repeats).
    const all = siteMatches();
    expect(all).toEqual(expect.arrayContaining(['https://*.linkedin.com/*', 'https://www.naukri.com/*', 'https://meet.google.com/*', 'https://*.zoom.us/*']));
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain('<all_urls>');
  });

  it('reads our patterns as the browsers do (WXT’s MatchPattern)', () => {
    expect(patternMatches('https://*.zoom.us/*', new URL('https://zoom.us/j/1'))).toBe(true);
    expect(patternMatches('https://*.zoom.us/*', new URL('https://app.zoom.us/wc/1/join'))).toBe(true);
    expect(patternMatches('https://*.zoom.us/*', new URL('https://zoom.us.evil.com/j/1'))).toBe(false);
    expect(patternMatches('https://*.zoom.us/*', new URL('https://evilzoom.us/j/1'))).toBe(false);
    expect(patternMatches('https://meet.google.com/*', new URL('http://meet.google.com/abc-defg-hij'))).toBe(false);
  });

  it('describes calls with the service and a stable meeting id', () => {
    const teams = [
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0ZmY4ZjQt%40thread.v2/0?context=%7b%7d',
      'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjA0ZmY4ZjQt@thread.v2/0?context=%7b%7d',
      'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_NjA0ZmY4ZjQt%40thread.v2%2F0&type=meetup-join',
    ];
    const site = siteById('teams');
    if (site?.kind !== 'call') throw new Error('teams is a call site');
    for (const url of teams) {
      expect(site.describe(new URL(url))).toEqual({
        site: 'teams',
        url: new URL(url).href,
        service: 'Microsoft Teams',
        meetingId: '19:meeting_NjA0ZmY4ZjQt@thread.v2',
      });
    }
    const ids = (urls: string[]) =>
      urls.map((u) => {
        const site = detect(u);
        return site?.kind === 'call' ? site.describe(new URL(u))?.meetingId : undefined;
      });
    expect(ids(['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij/?authuser=2'])).toEqual([
      'abc-defg-hij',
      'abc-defg-hij',
    ]);
    expect(
      ids([
        'https://zoom.us/wc/84512345678/join',
        'https://app.zoom.us/wc/84512345678/join',
        'https://kaveri.zoom.us/wc/join/84512345678',
        'https://us02web.zoom.us/j/84512345678?pwd=x',
      ]),
    ).toEqual(['84512345678', '84512345678', '84512345678', '84512345678']);
    expect(ids(['https://meet.jit.si/PrepPanelMockInterview', 'https://meet.jit.si/preppanelmockinterview'])).toEqual([
      'preppanelmockinterview',
      'preppanelmockinterview',
    ]);
    expect(
      ids([
        'https://kaveri.webex.com/meet/Ananya.Rao',
        'https://kaveri.webex.com/kaveri/j.php?MTID=m3f0a9c2e7b1d4e6f8a0b2c4d6e8f0a1b',
        'https://kaveri.webex.com/wbxmjs/joinservice/sites/kaveri/meeting/download/3f0a9c2e7b1d4e6f8a0b2c4d6e8f0a1b',
      ]),
    ).toEqual(['kaveri/ananya.rao', 'm3f0a9c2e7b1d4e6f8a0b2c4d6e8f0a1b', '3f0a9c2e7b1d4e6f8a0b2c4d6e8f0a1b']);
  });

  it('never describes a call page outside https or off its host', () => {
    for (const site of callSites) {
      for (const url of site.examples.noMatch) expect(site.describe(new URL(url)), url).toBeNull();
    }
  });
});
