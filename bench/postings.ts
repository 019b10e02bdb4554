/**
 * Realistic job-description text and fixture-like posting documents of any
 * size, built from the real fixture postings: every job fixture is run
 * through its site's real extractor (in happy-dom), its description split
 * into paragraphs, and paragraphs are drawn in a seeded shuffled order until
 * the wanted length is reached. Same seed, same text, every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { routes } from '../tests/fixtures/routes';
import { FIXTURES_DIR } from '../tests/e2e/support/fixtures';
import { detect } from '@/utils/sites';

/** The extractor parses HTML through the global DOMParser (utils/posting/text.ts); Node has none. */
export function withHappyDom<T>(fn: (window: Window) => T): T {
  const window = new Window({ url: 'https://www.linkedin.com/' });
  const g = globalThis as { DOMParser?: unknown };
  const previous = g.DOMParser;
  g.DOMParser = window.DOMParser;
  try {
    return fn(window);
  } finally {
    g.DOMParser = previous;
    void window.happyDOM.close();
  }
}

/** Parses `html` into a happy-dom document typed as the DOM's (the extractor's parameter type). */
export function parseDocument(window: Window, html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export function readFixture(file: string): string {
  return readFileSync(join(FIXTURES_DIR, file), 'utf8');
}

let cachedParagraphs: string[] | null = null;

/** Every paragraph of every job fixture's extracted description (bullets without the "• "). */
export function fixtureParagraphs(): string[] {
  if (cachedParagraphs) return cachedParagraphs;
  const out: string[] = [];
  withHappyDom((window) => {
    for (const route of routes) {
      if (route.expect.kind !== 'job' || route.lateRender) continue;
      const site = detect(route.url);
      if (site?.kind !== 'job') continue;
      const posting = site.extract(parseDocument(window, readFixture(route.file)), new URL(route.url));
      for (const line of posting?.description.split('\n') ?? []) {
        const text = line.replace(/^•\s*/, '').trim();
        if (text.length >= 20) out.push(text);
      }
    }
  });
  if (out.length < 20) throw new Error(`Only ${out.length} fixture paragraphs found; is tests/fixtures intact?`);
  cachedParagraphs = out;
  return out;
}

/** mulberry32: a tiny seeded PRNG, so generated postings are identical across runs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs in a seeded order, reshuffled every time the list is used up, until `chars` are covered. */
function drawParagraphs(chars: number, seed: number): string[] {
  const source = fixtureParagraphs();
  const rand = random(seed);
  const out: string[] = [];
  let length = 0;
  // Bounded: each round adds every paragraph (≥ 20 chars each).
  const maxRounds = Math.ceil(chars / 20 / source.length) + 1;
  for (let round = 0; round < maxRounds && length < chars; round++) {
    const order = source.map((p) => ({ p, k: rand() })).sort((a, b) => a.k - b.k);
    for (const { p } of order) {
      if (length >= chars) break;
      out.push(p);
      length += p.length + 1;
    }
  }
  return out;
}

/** Plain description text of exactly `chars` characters (UTF-16 units; almost all ASCII). */
export function descriptionText(chars: number, seed = 1): string {
  return drawParagraphs(chars, seed).join('\n').slice(0, chars);
}

/** The same kind of text as HTML (paragraphs, with every fourth run of paragraphs as a bullet list). */
export function descriptionHtml(chars: number, seed = 1): string {
  const paragraphs = drawParagraphs(chars, seed);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const parts: string[] = [];
  for (let i = 0; i < paragraphs.length; i += 4) {
    const group = paragraphs.slice(i, i + 4).map(escape);
    parts.push((i / 4) % 4 === 3 ? `<ul>${group.map((p) => `<li>${p}</li>`).join('')}</ul>` : group.map((p) => `<p>${p}</p>`).join(''));
  }
  return parts.join('\n');
}

/** Page sizes for extraction: a hostile or bloated page can be megabytes, so 5 MB stays. */
export const SIZES = [
  { label: '5 KB', chars: 5 * 1024 },
  { label: '100 KB', chars: 100 * 1024 },
  { label: '5 MB', chars: 5 * 1024 * 1024 },
] as const;

/**
 * Description sizes for ranking: what can reach the ranker. validatePosting
 * caps a description at 60,000 characters (utils/posting/limits.ts), so
 * larger inputs measure nothing a user can produce.
 */
export const RANK_SIZES = [
  { label: '5 KB', chars: 5 * 1024 },
  { label: '20 KB', chars: 20 * 1024 },
  { label: '60,000 chars (the cap)', chars: 60_000 },
] as const;

export interface SyntheticPosting {
  /** "LinkedIn (DOM)" or "Greenhouse (JSON-LD + DOM)". */
  kind: string;
  sizeLabel: string;
  url: string;
  html: string;
}

/**
 * Fixture-like posting pages with a description of `chars` characters:
 *  - LinkedIn job view: the description only in the DOM (`#job-details`);
 *  - Greenhouse job-boards: the description in JSON-LD (entity-escaped HTML,
 *    as the fixture and the real site have it) AND in the DOM.
 * Built by editing the real fixtures' DOM in happy-dom and serializing it.
 */
export function syntheticPostings(size: { label: string; chars: number }): SyntheticPosting[] {
  const id = 9_000_000_000 + size.chars; // a posting id the site's URL pattern accepts
  const html = descriptionHtml(size.chars);
  return withHappyDom((window) => {
    const serialize = (doc: Document) => `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;

    const linkedin = parseDocument(window, readFixture('sites/linkedin/job-view.html'));
    const details = linkedin.querySelector('#job-details');
    if (!details) throw new Error('LinkedIn fixture has no #job-details.');
    details.innerHTML = `<h2 class="text-heading-large">About the job</h2><div class="mt4">${html}</div>`;

    const greenhouse = parseDocument(window, readFixture('sites/greenhouse/job-boards.html'));
    const script = greenhouse.querySelector('script[type="application/ld+json"]');
    const body = greenhouse.querySelector('.job__description');
    if (!script || !body) throw new Error('Greenhouse fixture has no JSON-LD or .job__description.');
    const ld = JSON.parse(script.textContent ?? '{}') as Record<string, unknown>;
    ld.description = html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    script.textContent = JSON.stringify(ld);
    body.innerHTML = html;

    return [
      { kind: 'LinkedIn (DOM)', sizeLabel: size.label, url: `https://www.linkedin.com/jobs/view/${id}/`, html: serialize(linkedin) },
      {
        kind: 'Greenhouse (JSON-LD + DOM)',
        sizeLabel: size.label,
        url: `https://job-boards.greenhouse.io/mandala/jobs/${id}`,
        html: serialize(greenhouse),
      },
    ];
  });
}
