/** The fixture pages of tests/fixtures, as the HTTPS server's pages. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { routes, type FixtureRoute } from '../../fixtures/routes';
import type { Page as ServedPage } from './https-server';
import { marketPayFor, type PayRole } from '../../../data/market-pay';
import { formatLpa } from '../../../utils/pay/compare-band';
import { payLevelsFor } from '../../../utils/pay/posting-levels';

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

/**
 * What the Salary section should show for a posting of `role`: the market range
 * (or the "no published figure" note) of every level its experience or title
 * spans, as MarketRange renders it; for General, that there is none.
 */
export function expectedRanges(role: string, posting: { title: string; experience: { min: number; max: number | null } | null }): string[] {
  if (role === 'general') return ['software roles only'];
  return payLevelsFor(posting).levels.map((level) => {
    const pay = marketPayFor(role as PayRole, level);
    return pay.status === 'sourced' ? formatLpa(pay.span.min, pay.span.max) : pay.note;
  });
}
