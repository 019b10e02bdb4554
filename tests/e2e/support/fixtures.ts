/** The fixture pages of tests/fixtures, as the HTTPS server's pages. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { routes, type FixtureRoute } from '../../fixtures/routes';
import type { Page as ServedPage } from './https-server';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

export function fixturePages(list: FixtureRoute[] = routes): ServedPage[] {
  const pages: ServedPage[] = [];
  for (const route of list) {
    const body = readFileSync(join(FIXTURES_DIR, route.file), 'utf8');
    pages.push({ url: route.url, body });
    // Single-page navigations land on URLs a reload would fetch too.
    for (const nav of route.navigations ?? []) pages.push({ url: nav.url, body });
  }
  return pages;
}

/** The band a posting of this experience should show, as the panel formats it. */
export function expectedBand(experience: { min: number } | null): string[] {
  if (!experience) return ['₹5–10 LPA', '₹12–24 LPA', '₹28 LPA+'];
  if (experience.min < 2) return ['₹5–10 LPA'];
  if (experience.min < 6) return ['₹12–24 LPA'];
  return ['₹28 LPA+'];
}
