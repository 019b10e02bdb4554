/**
 * The pay every fixture posting states, as the panel reads it: the site's
 * salary field first, else the description (readPostedPay), and whether the
 * job is outside India. A change to the reader shows up as a changed row; a
 * fixture added later without a row is still checked for a sane reading.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOutsideIndia, readPostedPay } from '@/utils/pay/posted-pay';
import { interpretPosting } from '@/utils/posting/validate';
import type { JobPosting } from '@/utils/posting';
import { detect } from '@/utils/sites';
import { routes, type DomSwap } from '../fixtures/routes';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');

function replay(doc: Document, swap: DomSwap): void {
  const template = doc.querySelector<HTMLTemplateElement>(swap.template)!;
  doc.querySelector(swap.into)!.replaceChildren(template.content.cloneNode(true));
}

function postings(): { name: string; posting: JobPosting }[] {
  const out: { name: string; posting: JobPosting }[] = [];
  const read = (url: string, doc: Document, name: string) => {
    const site = detect(url);
    if (site?.kind !== 'job') throw new Error(`${url} is not a job URL`);
    out.push({ name, posting: interpretPosting(site.extract(doc, new URL(url))!) });
  };
  for (const route of routes) {
    if (route.expect.kind !== 'job') continue;
    const doc = new DOMParser().parseFromString(readFileSync(fixtures + route.file, 'utf8'), 'text/html');
    if (route.lateRender) replay(doc, route.lateRender.swap);
    read(route.url, doc, route.file);
    for (const nav of route.navigations ?? []) {
      replay(doc, nav.swap);
      read(nav.url, doc, `${route.file} → ${nav.expect.title}`);
    }
  }
  return out;
}

type Row = [text: string, currency: string, min: number | null, max: number | null, abroad: boolean] | null;

/** What each fixture states: [matched text, currency, min and max a year, outside India]; null = no pay stated. */
const EXPECTED: Record<string, Row> = {
  'sites/linkedin/job-view.html': null,
  'sites/linkedin/guest.html': ['₹18,00,000.00/yr - ₹26,00,000.00/yr', 'INR', 18_00_000, 26_00_000, false],
  'sites/linkedin/search-spa.html': null,
  'sites/linkedin/search-spa.html → Backend Developer (Node.js)': null,
  'sites/linkedin/search-spa.html → Platform Engineer - Kafka & Databases': null,
  'sites/linkedin/collections.html': null,
  'sites/naukri/job.html': ['12-16 Lacs P.A.', 'INR', 12_00_000, 16_00_000, false],
  'sites/naukri/late.html': null,
  'sites/indeed/viewjob.html': ['₹12,00,000 – ₹16,00,000 a year', 'INR', 12_00_000, 16_00_000, false],
  'sites/indeed/search-vjk.html': ['₹15,00,000 - ₹22,00,000 a year', 'INR', 15_00_000, 22_00_000, false],
  'sites/glassdoor/job-listing.html': ['₹15L – ₹25L', 'INR', 15_00_000, 25_00_000, false],
  'sites/instahyre/job.html': null,
  'sites/wellfound/job.html': ['₹30L – ₹45L', 'INR', 30_00_000, 45_00_000, false],
  'sites/foundit/job.html': ['₹18,00,000 a year', 'INR', 18_00_000, 18_00_000, false],
  'sites/cutshort/job.html': ['₹10L - ₹18L / yr', 'INR', 10_00_000, 18_00_000, false],
  'sites/hirist/job.html': null,
  'sites/iimjobs/job.html': ['₹35,00,000 – ₹50,00,000 a year', 'INR', 35_00_000, 50_00_000, false],
  'sites/greenhouse/boards.html': null,
  'sites/greenhouse/job-boards.html': null,
  'sites/lever/job.html': null,
  'sites/ashby/job.html': ['₹28,00,000 – ₹40,00,000 a year', 'INR', 28_00_000, 40_00_000, false],
  'sites/workday/job.html': null,
  'sites/naukri/frontend-react.html': ['8-14 Lacs P.A.', 'INR', 8_00_000, 14_00_000, false],
  'sites/naukri/data-engineer.html': null,
  'sites/naukri/sales-executive.html': ['3-5 Lacs P.A.', 'INR', 3_00_000, 5_00_000, false],
  // Stated only in the description.
  'sites/lever/ctc-in-description.html': ['₹10-16 LPA', 'INR', 10_00_000, 16_00_000, false],
  'sites/greenhouse/melbourne-aud.html': ['AUD 160,000 – AUD 180,000 a year', 'AUD', 160_000, 180_000, true],
};

describe('posted pay on every fixture posting', () => {
  const all = postings();

  it('still has every fixture it names', () => {
    const names = new Set(all.map((p) => p.name));
    expect(Object.keys(EXPECTED).filter((n) => !names.has(n))).toEqual([]);
  });

  it.each(all.map((p) => [p.name, p.posting] as const))('%s', (name, posting) => {
    const pay = readPostedPay(posting.salary ?? '') ?? readPostedPay(posting.description);
    const got: Row = pay && [pay.text, pay.currency, pay.min, pay.max, isOutsideIndia(posting.location, pay)];
    if (name in EXPECTED) expect(got).toEqual(EXPECTED[name]);
    else if (pay) expect((pay.min ?? 0) <= (pay.max ?? Infinity)).toBe(true);
  });

  it('reads the description when the site shows no salary field', () => {
    const p = all.find((x) => x.name === 'sites/lever/ctc-in-description.html')!.posting;
    expect(p.salary).toBeNull();
    expect(readPostedPay(p.description)).toMatchObject({ currency: 'INR', min: 10_00_000, max: 16_00_000, period: 'year', upTo: false });
  });
});
