/**
 * The pages the browser benchmarks visit: six representative fixture
 * postings across sites, plus synthetic large postings, all served over
 * HTTPS on 127.0.0.1 at their real URLs (tests/e2e/support/https-server.ts).
 */
import type { Page } from 'playwright-core';
import { routes, type FixtureRoute } from '../tests/fixtures/routes';
import { fixturePages } from '../tests/e2e/support/fixtures';
import { startFixtureServer, type FixtureServer, type Page as ServedPage } from '../tests/e2e/support/https-server';
import { readFixture, type SyntheticPosting } from './postings';

export interface BenchPage {
  label: string;
  url: string;
  /** A page no content script of ours matches: measured for comparison, left out of the overall numbers. */
  control?: boolean;
}

/** One posting per kind of site: LinkedIn's SPA, the Indian boards, and the ATSs (JSON-LD and DOM-only). */
const REPRESENTATIVE: { label: string; file: string }[] = [
  { label: 'LinkedIn job view', file: 'sites/linkedin/job-view.html' },
  { label: 'Naukri', file: 'sites/naukri/job.html' },
  { label: 'Indeed', file: 'sites/indeed/viewjob.html' },
  { label: 'Greenhouse', file: 'sites/greenhouse/job-boards.html' },
  { label: 'Lever', file: 'sites/lever/job.html' },
  { label: 'Workday', file: 'sites/workday/job.html' },
];

export function representativePages(): BenchPage[] {
  return REPRESENTATIVE.map(({ label, file }) => {
    const route = routes.find((r) => r.file === file && !r.navigations);
    if (!route) throw new Error(`No fixture route for ${file}.`);
    return { label, url: route.url };
  });
}

/**
 * The LinkedIn job-view fixture on a host none of our content scripts match:
 * what the extension costs a page merely by being installed.
 */
export const CONTROL_PAGE: BenchPage = {
  label: 'Control: LinkedIn job view HTML on an unmatched host',
  url: 'https://jobs.example.com/jobs/view/3987654321/',
  control: true,
};

/** The LinkedIn search page whose job cards swap the posting without a reload. */
export function spaRoute(): FixtureRoute & { navigations: NonNullable<FixtureRoute['navigations']> } {
  const route = routes.find((r) => r.navigations?.length);
  if (!route?.navigations) throw new Error('No fixture route with single-page navigations.');
  return { ...route, navigations: route.navigations };
}

export function startServer(synthetic: SyntheticPosting[] = []): Promise<FixtureServer> {
  const pages: ServedPage[] = [
    ...fixturePages(),
    { url: CONTROL_PAGE.url, body: readFixture('sites/linkedin/job-view.html') },
    ...synthetic.map((s) => ({ url: s.url, body: s.html })),
  ];
  return startFixtureServer(pages);
}

export const launcherOf = (page: Page) => page.getByRole('button', { name: /Interview prep/ });

/** Waits two animation frames in the page, so the latest layout has been painted. */
export const afterPaint = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
