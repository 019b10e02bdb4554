import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import type { JobPosting } from '@/utils/posting';
import { detect, readPage, siteById, sites } from '@/utils/sites';
import { parseExperience } from '@/utils/posting/experience';
import { readJobPostingJsonLd } from '@/utils/posting/json-ld';
import { groupDigits, parseSalary } from '@/utils/posting/salary-text';
import { blockText, cleanText, htmlToText, textOf, tidy, yearsText } from '@/utils/posting/text';
import { buildDataset } from '@/data/dataset';
import { allGuides } from '@/data/roles/all';
import { rankQuestions } from '@/utils/ranking/rank-questions';
import { detectRole } from '@/utils/roles/detect-role';
import { interpretPosting, sanitizeContext, validatePosting } from '@/utils/posting/validate';
import { routes, type DomSwap, type JobExpect } from '../fixtures/routes';

// Node's own path helpers: happy-dom replaces the global URL.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const load = (file: string) => parse(readFileSync(fixtures + file, 'utf8'));

/** Does what the fixture's inline script does (unit tests run no page scripts). */
function replay(doc: Document, swap: DomSwap): void {
  const template = doc.querySelector<HTMLTemplateElement>(swap.template);
  const target = doc.querySelector(swap.into);
  if (!template || !target) throw new Error(`fixture lacks ${swap.template} or ${swap.into}`);
  target.replaceChildren(template.content.cloneNode(true));
}

function extract(url: string, doc: Document): JobPosting | null {
  const site = detect(url);
  if (site?.kind !== 'job') throw new Error(`${url} is not a job site URL`);
  // What the content script reads, as the background interprets it.
  const reported = site.extract(doc, new URL(url));
  return reported && interpretPosting(reported);
}

function expectPosting(posting: JobPosting | null, url: string, want: JobExpect): void {
  expect(posting, url).not.toBeNull();
  const { title, company, location, experience, salary } = posting!;
  expect({ title, company, location, experience, salary }).toEqual({
    title: want.title,
    company: want.company,
    location: want.location,
    experience: want.experience,
    salary: want.salary,
  });
  expect(posting!.site).toBe(detect(url)?.id);
  expect(posting!.url).toBe(new URL(url).href);
  expect(posting!.description.length).toBeGreaterThanOrEqual(600);
  for (const part of want.descriptionIncludes) expect(posting!.description).toContain(part);
  // Plain text only: no markup or entities survive.
  expect(posting!.description).not.toMatch(/<[a-z/]|&[a-z]+;/i);
}

describe('fixture pages', () => {
  it.each(routes)('$url', (route) => {
    const doc = load(route.file);
    const { expect: want } = route;
    if (want.kind === 'none') {
      expect(detect(route.url)).toBeNull();
      expect(readPage(route.url, doc)).toBeNull();
      return;
    }
    if (want.kind === 'call') {
      const site = detect(route.url);
      expect(site?.kind).toBe('call');
      expect(readPage(route.url, doc)).toEqual({
        kind: 'call',
        call: { site: site!.id, url: new URL(route.url).href, service: want.service, meetingId: want.meetingId },
      });
      return;
    }
    if (route.lateRender) {
      expect(extract(route.url, doc), 'nothing to extract before the page renders').toBeNull();
      replay(doc, route.lateRender.swap);
    }
    expectPosting(extract(route.url, doc), route.url, want);
    for (const nav of route.navigations ?? []) {
      replay(doc, nav.swap);
      expect(detect(nav.url)?.id).toBe(detect(route.url)?.id);
      expectPosting(extract(nav.url, doc), nav.url, nav.expect);
    }
  });

  // The e2e suite relies on these scripts; run them for real (our own fixtures, so evaluating JS is fine).
  it.each(routes.filter((r) => r.lateRender || r.navigations))('$file scripts render what the route says', async (route) => {
    const win = new Window({
      url: route.url,
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
    });
    const doc = win.document as unknown as Document;
    const now = () => extract(win.location.href, doc);
    try {
      win.document.write(readFileSync(fixtures + route.file, 'utf8'));
      if (route.lateRender) expect(now(), 'before the late render').toBeNull();
      await win.happyDOM.waitUntilComplete();
      expectPosting(now(), route.url, route.expect as JobExpect);
      for (const nav of route.navigations ?? []) {
        doc.querySelector<HTMLElement>(nav.click)!.click();
        expect(win.location.href).toBe(new URL(nav.url).href);
        expect(now(), 'while the next job loads').toBeNull();
        await win.happyDOM.waitUntilComplete();
        expectPosting(now(), nav.url, nav.expect);
      }
      if (route.navigations?.length) {
        win.history.back();
        await win.happyDOM.waitUntilComplete();
        expect(now()?.title, 'back button').toBe((route.navigations.at(-2)?.expect ?? (route.expect as JobExpect)).title);
      }
    } finally {
      await win.happyDOM.close();
    }
  });

  it('covers every site with at least one fixture', () => {
    const covered = new Set(routes.filter((r) => r.expect.kind !== 'none').map((r) => detect(r.url)?.id));
    expect(sites.map((s) => s.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('routes every file that exists and every fixture file to a route', () => {
    const files = new Set(routes.map((r) => r.file));
    const onDisk = readdirSync(fixtures + 'sites', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => 'sites/' + f.replaceAll('\\', '/'));
    expect(onDisk.sort()).toEqual([...files].sort());
    for (const r of routes) expect(new URL(r.url).protocol).toBe('https:');
  });

  it.each([...new Set(routes.map((r) => r.file))])('%s is self-contained', (file) => {
    const html = readFileSync(fixtures + file, 'utf8');
    // No network: no absolute or protocol-relative src/href/action, no CSS imports or remote url().
    expect(html).not.toMatch(/\b(?:src|href|action|srcset|poster)\s*=\s*["']?\s*(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?\s*(?:[a-z]+:)?\/\//i);
    expect(html).not.toMatch(/@import|<link\b|<iframe\b|\bfetch\(|XMLHttpRequest|<base\b/i);
    // An image for its alt text (a company logo) is fine; one that loads anything is not.
    expect(html).not.toMatch(/<img\b[^>]*\bsrc(?:set)?\s*=/i);
  });
});

describe('parseExperience', () => {
  it.each([
    ['3-5 years', { min: 3, max: 5 }],
    ['3 - 5 Yrs', { min: 3, max: 5 }],
    ['3 to 5 years', { min: 3, max: 5 }],
    ['3–5 years', { min: 3, max: 5 }],
    ['4 yrs - 8 yrs', { min: 4, max: 8 }],
    ['Experience: 0-2 yrs', { min: 0, max: 2 }],
    ['1.5 - 3 years', { min: 1.5, max: 3 }],
    ['5+ years', { min: 5, max: null }],
    ['5 + Years of experience', { min: 5, max: null }],
    ['minimum 4 years', { min: 4, max: null }],
    ['Minimum of 4 yrs in backend roles', { min: 4, max: null }],
    ['At least 6 years of experience', { min: 6, max: null }],
    ['10 years or more', { min: 10, max: null }],
    ['2 years', { min: 2, max: null }],
    ['Fresher', { min: 0, max: 1 }],
    ['Freshers', { min: 0, max: 1 }],
    ['Freshers need not apply; we need 10+ years of experience', { min: 10, max: null }],
    ['We run a programme for freshers and interns every summer in Pune', null],
    ['Founded 12 years ago, we have 300 engineers across Bengaluru and Pune', null],
    ['5-3 years', null],
    ['100 years', null],
    ['Not specified', null],
    ['', null],
    [42, null],
    [null, null],
  ] as const)('%j → %j', (text, want) => {
    expect(parseExperience(text)).toEqual(want);
  });
});

describe('parseSalary', () => {
  it.each([
    ['12-16 Lacs P.A.', '12-16 Lacs P.A.'],
    ['₹15L – ₹25L', '₹15L – ₹25L'],
    ['  ₹ 8,00,000 -\n 12,00,000 P.A. ', '₹ 8,00,000 - 12,00,000 P.A.'],
    ['Salary: 20-25 LPA', '20-25 LPA'],
    ['₹12,00,000 – ₹16,00,000 a year', '₹12,00,000 – ₹16,00,000 a year'],
    ['Not disclosed', null],
    ['Not Disclosed', null],
    ['Competitive', null],
    ['Competitive salary + ESOPs', null],
    ['As per industry standards', null],
    ['Best in the industry', null],
    ['Negotiable', null],
    ['', null],
    [undefined, null],
  ] as const)('%j → %j', (text, want) => {
    expect(parseSalary(text)).toBe(want);
  });

  it('caps salary text at 80 characters', () => {
    expect(parseSalary('₹1 ' + 'x'.repeat(200))!.length).toBeLessThanOrEqual(80);
  });
});

const LONG =
  'Build and run backend services in Go and Java. Own Kafka consumers, PostgreSQL migrations and Redis caches. Share the on-call rotation.';

/** A page with one JSON-LD block and an optional DOM body. */
function page(jsonLd: string | null, body = ''): Document {
  const ld = jsonLd === null ? '' : `<script type="application/ld+json">${jsonLd}</script>`;
  return parse(`<!DOCTYPE html><html><head>${ld}</head><body>${body}</body></html>`);
}

const NAUKRI_URL =
  'https://www.naukri.com/job-listings-backend-developer-java-spring-boot-vistara-softech-bengaluru-3-to-5-years-150425500123';
const NAUKRI_DOM = `<h1 class="styles_jd-header-title__rZwM1">DOM Title Engineer</h1>
  <div class="styles_jd-header-comp-name__MvqAI"><a>DOM Company</a></div>
  <span class="styles_jhc__location__W_pVs">Pune</span><div class="styles_jhc__exp__k_giM">2 - 4 years</div>
  <div class="styles_jhc__salary__jdfEC">Not Disclosed</div>
  <div class="styles_JDC__dang-inner-html__h0K4t"><p>${LONG}</p></div>`;

describe('JSON-LD and hostile pages', () => {
  it('turns markup inside JSON-LD into inert text and runs nothing', async () => {
    const before = document.querySelectorAll('img, script').length;
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Backend <img src=x onerror="window.__pwned=1"> Engineer <script>window.__pwned=2</script>',
      description: `<p>${LONG}</p><img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script>&lt;img src=x onerror=&quot;window.__pwned=5&quot;&gt;<style>p{}</style>`,
      hiringOrganization: { name: '<b>Acme</b> &amp; Sons' },
    }).replaceAll('</', '<\\/');
    const doc = page(ld);
    // The live document must never see the page's markup; parsing goes through an inert DOMParser.
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const parseSpy = vi.spyOn(DOMParser.prototype, 'parseFromString');
    const posting = extract(NAUKRI_URL, doc);
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(mutations).toEqual([]);
    expect(parseSpy).toHaveBeenCalled();
    parseSpy.mockRestore();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(document.querySelectorAll('img, script').length).toBe(before);
    expect(posting).toMatchObject({ title: 'Backend Engineer', company: 'Acme & Sons' });
    expect(posting!.description).toContain('Kafka consumers');
    // Real tags are gone; the entity-escaped one stays as literal, inert text.
    expect(posting!.description).toBe(`${LONG}\n<img src=x onerror="window.__pwned=5">`);
  });

  it('strips markup from JSON-LD that is entirely entity-escaped', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      description: `&lt;p&gt;${LONG}&lt;/p&gt;&lt;img src=x onerror=&quot;window.__pwned=6&quot;&gt;&lt;script&gt;window.__pwned=7&lt;/script&gt;`,
    });
    expect(extract(NAUKRI_URL, page(ld))?.description).toBe(LONG);
  });

  it('falls back to the DOM when JSON-LD is malformed or truncated', () => {
    const truncated = '{"@context":"https://schema.org","@type":"JobPosting","title":"From JSON-LD","description":"<p>cut off';
    const posting = extract(NAUKRI_URL, page(truncated, NAUKRI_DOM));
    expect(posting).toMatchObject({
      title: 'DOM Title Engineer',
      company: 'DOM Company',
      location: 'Pune',
      experience: { min: 2, max: 4 },
      salary: null,
    });
    expect(posting!.description).toBe(LONG);
  });

  it('ignores JSON-LD that is not a JobPosting', () => {
    const org = JSON.stringify({ '@type': 'Organization', name: 'Not A Job', description: LONG + ' '.repeat(5) + LONG });
    expect(readJobPostingJsonLd(page(org))).toBeNull();
    expect(extract(NAUKRI_URL, page(org, NAUKRI_DOM))).toMatchObject({ title: 'DOM Title Engineer', company: 'DOM Company' });
  });

  it('ignores JSON-LD left over from a previous page (title disagrees with the DOM)', () => {
    const stale = JSON.stringify({ '@type': 'JobPosting', title: 'Previous Job', description: LONG, hiringOrganization: 'Old Co' });
    expect(extract(NAUKRI_URL, page(stale, NAUKRI_DOM))).toMatchObject({ title: 'DOM Title Engineer', company: 'DOM Company' });
  });

  it('skips JSON-LD over 2 MB without parsing it', () => {
    const huge = JSON.stringify({ '@type': 'JobPosting', title: 'Huge', description: LONG, padding: 'x'.repeat(2_100_000) });
    expect(readJobPostingJsonLd(page(huge))).toBeNull();
  });

  it('finds a JobPosting in arrays, @graph and nested objects, tolerating odd types', () => {
    const nested = JSON.stringify([
      { '@type': 'BreadcrumbList' },
      {
        '@graph': [
          {
            '@type': 'WebPage',
            mainEntity: {
              '@type': ['JobPosting'],
              title: ['SDE &amp; Platform'],
              description: 12345,
              hiringOrganization: 'Plain String Org',
              jobLocation: [
                7,
                'Chennai',
                null,
                { address: 'Madurai' },
                'Chennai',
                { address: { addressLocality: ['Pune, Maharashtra, India'] } },
              ],
              experienceRequirements: { monthsOfExperience: 18 },
              baseSalary: { currency: 'INR', value: 150000, unitText: 'MONTH' },
            },
          },
        ],
      },
    ]);
    expect(readJobPostingJsonLd(page(nested))).toEqual({
      title: 'SDE & Platform',
      company: 'Plain String Org',
      location: 'Chennai, Madurai, Pune',
      experience: ['at least 1.5 years'],
      // Numbers as text; the background formats them (parseSalary).
      salary: 'schema.org:INR 150000 0 MONTH',
      description: '12345',
    });
    expect(parseSalary('schema.org:INR 150000 0 MONTH')).toBe('₹1,50,000 a month');
    const weird = JSON.stringify({
      '@type': 'JobPosting',
      title: { a: 1 },
      hiringOrganization: [null],
      jobLocation: 5,
      baseSalary: 'lots',
    });
    expect(readJobPostingJsonLd(page(weird))).toEqual({
      title: '',
      company: '',
      location: '',
      experience: [''],
      salary: null,
      description: '',
    });
  });

  it('formats schema.org salaries and remote postings', () => {
    const usd = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      jobLocationType: 'TELECOMMUTE',
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { minValue: 100000, maxValue: 150000, unitText: 'YEAR' } },
      experienceRequirements: '3 to 5 years',
    });
    expect(readJobPostingJsonLd(page(usd))).toMatchObject({
      location: 'Remote',
      salary: 'schema.org:USD 100000 150000 YEAR',
      experience: ['3 to 5 years'],
    });
    expect(parseSalary('schema.org:USD 100000 150000 YEAR')).toBe('$100,000 – $150,000 a year');
    expect(parseSalary('schema.org:EUR 50000 50000 ')).toBe('EUR 50,000');
    // Only that exact shape is formatted; anything else that claims it is no salary.
    expect(parseSalary('schema.org:INR 1e+21 0 YEAR')).toBeNull();
    expect(parseSalary('schema.org:<b>INR</b> 5 6 YEAR')).toBeNull();
    expect(parseSalary('schema.org:INR 0 0 YEAR')).toBeNull();
  });

  it('survives deeply nested hostile DOM', () => {
    const deep = '<div>'.repeat(5000) + LONG + '</div>'.repeat(5000);
    expect(htmlToText(deep)).toBe(LONG);
  });
});

describe('validatePosting', () => {
  const base = { site: 'naukri', url: 'https://www.naukri.com/job-listings-x-150425500123' };

  it('rejects postings without a real title or description', () => {
    expect(validatePosting({ ...base, title: 'Backend Engineer', description: 'Too short to be a job description.' })).toBeNull();
    expect(validatePosting({ ...base, title: 'B', description: LONG })).toBeNull();
    expect(validatePosting({ ...base, title: '   ', description: LONG })).toBeNull();
    expect(validatePosting({ ...base, description: LONG })).toBeNull();
    expect(
      extract(
        NAUKRI_URL,
        page(null, '<h1 class="styles_jd-header-title__x">Backend Engineer</h1><div class="styles_JDC__dang-inner-html__y">Short.</div>'),
      ),
    ).toBeNull();
  });

  it('normalises whitespace, caps every field and drops bad values', () => {
    const p = validatePosting({
      ...base,
      title: '  Senior\n\t Backend   Engineer '.padEnd(400, 'x'),
      company: ' Acme\u00a0 Corp '.repeat(40),
      location: '\u200bBengaluru\u200b',
      experience: ['  3 -\n 5 years ', ' '.repeat(3), 'x'.repeat(300)],
      salary: '  ₹12 LPA\n',
      description: `  ${LONG}\n\n\n   ${'y'.repeat(70_000)}  `,
    });
    expect(p!.title.startsWith('Senior Backend Engineer')).toBe(true);
    expect(p!.title.length).toBe(200);
    expect(p!.company!.length).toBeLessThanOrEqual(120);
    expect(p!.company).not.toMatch(/\s{2}/);
    expect(p!.location).toBe('Bengaluru');
    expect(p!.experience).toEqual(['3 - 5 years', 'x'.repeat(120)]);
    expect(p!.salary).toBe('₹12 LPA');
    expect(p!.description.length).toBe(60_000);
    expect(p!.description.startsWith(LONG + '\ny')).toBe(true);
  });

  it('drops experience and pay that are not arrays or strings', () => {
    const p = validatePosting({
      ...base,
      title: 'Backend Engineer',
      description: LONG,
      experience: { min: 7 } as never,
      salary: 12 as never,
    });
    expect(p).toMatchObject({ experience: [], salary: '12' });
  });

  it('strips Indeed’s hidden " - job post" and Greenhouse’s "at " prefix', () => {
    expect(validatePosting({ ...base, title: 'Backend Engineer - job post', company: 'at Pipal Cloud', description: LONG })).toMatchObject({
      title: 'Backend Engineer',
      company: 'Pipal Cloud',
    });
  });
});

describe('interpretPosting', () => {
  const reported = (experience: string[], salary: string | null, description = LONG) =>
    interpretPosting({
      site: 'naukri',
      url: NAUKRI_URL,
      title: 'Backend Engineer',
      company: null,
      location: null,
      experience,
      salary,
      description,
    });

  it('takes the first stated range over an earlier bare minimum, and the prose last', () => {
    expect(reported(['at least 3 years', '3-5 Yrs'], null).experience).toEqual({ min: 3, max: 5 });
    expect(reported(['at least 3 years'], null).experience).toEqual({ min: 3, max: null });
    expect(reported([], null, `${LONG} You need 2-4 years of experience.`).experience).toEqual({ min: 2, max: 4 });
    expect(reported(['7-3 years'], null).experience).toBeNull();
  });

  it('keeps pay as shown, but not a hidden one', () => {
    expect(reported([], '12-16 Lacs P.A.').salary).toBe('12-16 Lacs P.A.');
    expect(reported([], 'Not Disclosed').salary).toBeNull();
    expect(reported([], 'Competitive').salary).toBeNull();
  });

  it('sanitizeContext re-validates a message and interprets it', () => {
    const posting = {
      site: 'naukri',
      url: NAUKRI_URL,
      title: ' Backend  Engineer ',
      description: LONG,
      experience: ['3-5 years'],
      salary: null,
    };
    expect(sanitizeContext({ kind: 'job', posting })).toMatchObject({
      kind: 'job',
      posting: { title: 'Backend Engineer', experience: { min: 3, max: 5 } },
    });
    expect(sanitizeContext({ kind: 'job', posting: { ...posting, description: 'short' } })).toBeNull();
    expect(sanitizeContext({ kind: 'call', call: { site: 'zoom', url: 'https://zoom.us/j/1', service: 'Zoom' } })).toBeNull();
    expect(sanitizeContext('job')).toBeNull();
  });
});

describe('text helpers', () => {
  it('cleanText collapses whitespace and tolerates non-strings', () => {
    expect(cleanText('  a \n\t b\u00a0c\u200b ')).toBe('a b c');
    expect(cleanText(7)).toBe('7');
    expect(cleanText({})).toBe('');
  });

  it('htmlToText keeps list items on their own lines and decodes entity-escaped HTML', () => {
    expect(htmlToText('<p>Stack:</p><ul><li>Kafka</li><li>Redis</li></ul>')).toBe('Stack:\n• Kafka\n• Redis');
    expect(htmlToText('&lt;p&gt;R&amp;amp;D &amp;amp; ops&lt;/p&gt;')).toBe('R&D & ops');
    expect(htmlToText('Tom &amp; Jerry')).toBe('Tom & Jerry');
    expect(htmlToText('Plain a < b text')).toBe('Plain a < b text');
    // Escaped text inside real markup is text, not a second layer of HTML.
    expect(htmlToText('<p>Use List&lt;String&gt; and Map&lt;K, V&gt;</p>')).toBe('Use List<String> and Map<K, V>');
    expect(htmlToText('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads experience from prose without splitting decimals', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      description: `<p>${LONG}</p><p>You have 2.5+ years of experience with Go.</p>`,
    });
    expect(extract(NAUKRI_URL, page(ld))?.experience).toEqual({ min: 2.5, max: null });
  });

  it('keeps good JSON-LD when only a generic <h1> disagrees', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      description: LONG,
      hiringOrganization: { name: 'Acme' },
    });
    const url = 'https://jobs.lever.co/acme/8f3c2a1e-5b7d-4c9e-a2f1-0d6e8b4c7a95';
    expect(extract(url, page(ld, '<h1>Acme Careers</h1>'))).toMatchObject({ title: 'Backend Engineer', company: 'Acme' });
  });

  it('textOf returns the first selector with text, in priority order', () => {
    const doc = parse('<p class="b">second</p><p class="a"> </p><p class="c">first</p>');
    expect(textOf(doc, [undefined, '.a', '.c', '.b'])).toBe('first');
    expect(textOf(doc, ['.missing'])).toBe('');
  });

  it('readPage returns the posting as a page context', () => {
    const route = routes.find((r) => r.file === 'sites/lever/job.html')!;
    expect(readPage(route.url, load(route.file))).toMatchObject({ kind: 'job', posting: { site: 'lever', company: 'Kestrel AI' } });
    expect(siteById('lever')?.kind).toBe('job');
  });

  it('falls back to the page heading and main content when the site markup is unfamiliar', () => {
    const body = `<header><p class="description">Short tagline</p></header><h1>Senior Backend Engineer</h1><main><p>${LONG}</p></main>`;
    expect(extract(NAUKRI_URL, page(null, body))).toMatchObject({
      title: 'Senior Backend Engineer',
      description: expect.stringContaining(LONG.slice(0, 40)),
    });
  });

  it.each([
    [0, true, '0'],
    [999, true, '999'],
    [1000, true, '1,000'],
    [120000, true, '1,20,000'],
    [1200000, true, '12,00,000'],
    [35000000, true, '3,50,00,000'],
    [1200000, false, '1,200,000'],
    [100000, false, '100,000'],
  ])('groups %i the %s way as %s, matching toLocaleString', (n, indian, expected) => {
    expect(groupDigits(n, indian)).toBe(expected);
    expect(groupDigits(n, indian)).toBe(n.toLocaleString(indian ? 'en-IN' : 'en-US'));
  });
});

describe('headings and labels stay apart from the text under them', () => {
  const lines = (html: string) => tidy(blockText(parse(`<body>${html}</body>`).body)).split('\n');

  it.each([
    ['<h3>Systems</h3><p>Design and build it.</p>', ['Systems', 'Design and build it.']],
    ['<p><strong>Systems</strong><br>Design and build it.</p>', ['Systems', 'Design and build it.']],
    ['<div><b>Ownership</b></div><div>You decide.</div>', ['Ownership', 'You decide.']],
    ['<table><tr><th>Stack</th><td>Java</td></tr></table>', ['Stack', 'Java']],
    ['<dl><dt>Scale</dt><dd>Design for peaks.</dd></dl>', ['Scale', 'Design for peaks.']],
    ['<section><header>Systems</header><p>Design</p></section>', ['Systems', 'Design']],
    ['<details><summary>Systems</summary>Design it.</details>', ['Systems', 'Design it.']],
  ])('%s', (html, want) => {
    expect(lines(html)).toEqual(want);
  });

  /** Reasons for every question of the posting's role that matched it. */
  function reasonsFor(file: string, url: string) {
    const posting = extract(url, load(file))!;
    const dataset = buildDataset(detectRole(posting).role, allGuides);
    return { posting, ranked: rankQuestions(posting, dataset).filter((r) => r.matched.length > 0) };
  }

  it.each([
    ['sites/greenhouse/headings.html', 'https://job-boards.greenhouse.io/tarangini/jobs/4467890123'],
    ['sites/lever/logo-company.html', 'https://jobs.lever.co/monsoonrobotics/3b9d2c4e-7a1f-4e8b-9c2d-5f6a7b8c9d0e'],
  ])('reasons on %s quote terms that stand within one line, never across a heading or a label', (file, url) => {
    const { posting, ranked } = reasonsFor(file, url);
    expect(ranked.length).toBeGreaterThan(5);
    const postingLines = `${posting.title}\n${posting.description}`.split('\n').map((l) => l.toLowerCase());
    for (const r of ranked) {
      expect(r.reason).not.toMatch(/systems:? design|technical ownership|ownership \(architecture\)/i);
      for (const term of r.matched) {
        expect(term, r.reason).not.toMatch(/[\n:;]/);
        expect(
          postingLines.some((l) => l.includes(term.toLowerCase())),
          `${term} in one line`,
        ).toBe(true);
      }
    }
  });

  it('still finds the real phrases: "distributed systems" and "exponential backoff" under their headings', () => {
    const { ranked } = reasonsFor('sites/greenhouse/headings.html', 'https://job-boards.greenhouse.io/tarangini/jobs/4467890123');
    const matched = new Set(ranked.flatMap((r) => r.matched.map((m) => m.toLowerCase())));
    expect(matched).toContain('distributed systems');
    expect(matched).toContain('exponential backoff');
  });
});

describe('experience in a top card, company in a logo or the page title', () => {
  it.each([
    ['<ul><li class="x"><span>3-5 years of experience</span> · <span>Mid-Senior level</span></li></ul>', '3-5 years of experience'],
    ['<div class="x">Hybrid · Full-time<br>Minimum 4 yrs · Entry level</div>', 'Minimum 4 yrs'],
    ['<div class="x">Reposted 2 years ago · 40 applicants</div>', ''],
    ['<div class="x">Mid-Senior level · Full-time</div>', ''],
    ['<div class="x"><span>Bengaluru</span><span>5+ Years</span></div>', 'Bengaluru5+ Years'],
  ])('yearsText(%s) → %j', (html, want) => {
    expect(yearsText(parse(`<body>${html}</body>`), '.x')).toBe(want);
    if (want) expect(parseExperience(want)).not.toBeNull();
  });

  it('reads no years where the selector is missing or matches nothing', () => {
    expect(yearsText(parse('<p>3-5 years</p>'), undefined)).toBe('');
    expect(yearsText(parse('<p>3-5 years</p>'), '.none')).toBe('');
  });

  const LEVER_URL = 'https://jobs.lever.co/monsoonrobotics/3b9d2c4e-7a1f-4e8b-9c2d-5f6a7b8c9d0e';
  const leverPage = (title: string, header: string) =>
    parse(
      `<html><head><title>${title}</title></head><body><div class="main-header">${header}</div>` +
        `<div class="posting-headline"><h2>Platform Engineer</h2></div><div class="section-wrapper"><div data-qa="job-description"><p>${LONG}</p></div></div></body></html>`,
    );
  it.each([
    ['Acme Robotics - Platform Engineer', '<a class="main-header-logo"><img alt="Acme Robotics logo"></a>', 'Acme Robotics'],
    ['Acme Robotics - Platform Engineer', '<a class="main-header-logo"><img alt=""></a>', 'Acme Robotics'],
    ['Jobs', '<a class="main-header-logo"><img alt="Acme Robotics Logo"></a>', 'Acme Robotics'],
    ['Jobs', '<a class="main-header-logo">Acme Robotics</a>', 'Acme Robotics'],
    ['Platform Engineer', '<a class="main-header-logo"></a>', null],
    ['Acme Robotics – careers', '', null],
  ])('Lever page titled %j with header %s → company %j', (title, header, company) => {
    expect(extract(LEVER_URL, leverPage(title, header))?.company).toBe(company);
  });
});
