/** The negotiation script and the figures to have ready, with the numbers in them. */
import { describe, expect, it } from 'vitest';
import { hikes, marketPayFor } from '@/data/market-pay';
import { readOptions } from '@/utils/in-hand/calculator-inputs';
import { expectedCtcScript, figuresToHaveReady, TYPICAL_INCREMENT, type NegotiationInput } from '@/utils/pay/negotiation';
import { formatLpa } from '@/utils/pay/compare-band';
import { postingPay } from '@/utils/pay/posting-pay';
import type { JobPosting } from '@/utils/posting';

const options = readOptions(
  { state: 'karnataka', basicPercent: '50', variablePercent: '0', pfCapped: false, other80C: '', hraExemption: '', deduction80D: '' },
  'new',
);
if (!options.ok) throw new Error('defaults must read');

const posting: JobPosting = {
  site: 'lever',
  url: 'https://jobs.lever.co/tulsicommerce/3b9d2e7a-6c41-4f08-9a5e-1d2c3b4a5f60',
  title: 'Backend Developer (Node.js)',
  company: 'Tulsi Commerce',
  location: 'Bengaluru',
  experience: { min: 3, max: 5 },
  salary: null,
  description: 'Build order services in Node.js. 3-5 years of experience. CTC: ₹10-16 LPA, depending on experience.',
};

const mid = marketPayFor('backend', 'mid');
if (mid.status !== 'sourced') throw new Error('backend mid is sourced');

function input(over: Partial<NegotiationInput> = {}): NegotiationInput {
  const pay = postingPay(posting, 'backend');
  return {
    posted: pay.rupees,
    bands: pay.bands,
    roleLabel: pay.roleLabel,
    currentCtc: null,
    offeredCtc: null,
    options: options.ok ? options.options : null,
    regime: 'new',
    ...over,
  };
}

describe('postingPay', () => {
  it('reads the description’s range and the mid-level band', () => {
    const pay = postingPay(posting, 'backend');
    expect(pay.rupees).toMatchObject({ min: 10_00_000, max: 16_00_000, text: '₹10-16 LPA' });
    expect(pay.abroad).toBe(false);
    expect(pay.levels).toEqual(['mid']);
    expect(pay.bands).toEqual([{ level: 'mid', span: mid.span, sources: [...new Set(mid.figures.map((f) => f.source))] }]);
  });

  it('offers no rupee band outside India, and keeps the pay as posted', () => {
    const pay = postingPay({ ...posting, location: 'Melbourne', salary: 'AUD 160,000 – AUD 180,000 a year' }, 'backend');
    expect(pay).toMatchObject({ abroad: true, rupees: null, bands: [], posted: { currency: 'AUD', min: 160_000, max: 180_000 } });
    // A rupee figure for a job in London is still not held against an Indian band.
    expect(postingPay({ ...posting, location: 'London, UK' }, 'backend')).toMatchObject({ abroad: true, rupees: null, bands: [] });
  });

  it('shows every band a 4–8 year posting spans, and none for General', () => {
    expect(postingPay({ ...posting, experience: { min: 4, max: 8 } }, 'backend').bands.map((b) => b.level)).toEqual(['mid', 'senior']);
    expect(postingPay(posting, 'general')).toMatchObject({ payRole: null, bands: [], rupees: { min: 10_00_000 } });
  });
});

describe('expectedCtcScript', () => {
  it('asks for the budgeted range first, then answers against the posting’s own range, never with a number of its own', () => {
    const lines = expectedCtcScript(input());
    expect(lines[0]!.say).toMatch(/budgeted range for this role/);
    expect(lines[1]!.say).toMatch(/The posting mentions ₹10–16 LPA.*towards the top of that range/);
    const band = formatLpa(mid.span.min, mid.span.max);
    expect(lines.find((l) => /go first/.test(l.when))!.say).toContain(
      `rather hear your budget first. For context, published ranges for Backend roles in India are ${band} (mid-level)`,
    );
    expect(lines.at(-1)!.say).toMatch(/break-up: fixed pay, variable pay/);
    // No line names a figure of the candidate's own: every amount is the posting's range or the market's.
    const amounts = lines.flatMap((l) => l.say.match(/₹[\d.–]+ LPA\+?/g) ?? []);
    expect(amounts.length).toBe(2);
    for (const a of amounts) expect(['₹10–16 LPA', band]).toContain(a);
  });

  it('without posted pay or a band, still refuses to go first', () => {
    const lines = expectedCtcScript(input({ posted: null, bands: [], roleLabel: null }));
    expect(lines.map((l) => l.say).join(' ')).not.toMatch(/₹/);
    expect(lines[1]!.say).toMatch(/rather hear your budget first/);
  });

  it('an "up to" figure is a ceiling to aim at', () => {
    expect(expectedCtcScript(input({ posted: { min: null, max: 25_00_000 } }))[1]!.say).toMatch(
      /mentions up to ₹25 LPA.*close to that figure/,
    );
  });

  it('once the current CTC is known, says how to answer for it', () => {
    const lines = expectedCtcScript(input({ currentCtc: 12_00_000 }));
    expect(lines.find((l) => /current CTC/.test(l.when))!.say).toMatch(/My current CTC is ₹12,00,000/);
  });
});

describe('figuresToHaveReady', () => {
  it('is empty until the current CTC is entered', () => {
    expect(figuresToHaveReady(input())).toEqual([]);
  });

  it('gives the hike and in-hand pay at each end of the posted range, the offer, the increment and the band', () => {
    const figures = figuresToHaveReady(input({ currentCtc: 12_00_000, offeredCtc: 18_00_000 }));
    const byLabel = Object.fromEntries(figures.map((f) => [f.label, f.value]));
    // In hand a month (new regime, Karnataka, defaults): 10L 71,121; 12L 85,387; 16L 1,06,242; 18L 1,18,126.
    expect(byLabel['Your current CTC']).toBe('₹12,00,000: ₹85,387 a month in hand (new regime)');
    expect(byLabel['If you stay a year']).toMatch(new RegExp(`^₹13,09,200 after a typical ${TYPICAL_INCREMENT.pctMax}% increment`));
    expect(byLabel['At ₹10 LPA, the bottom of the posted range']).toBe(
      '−16.7% on your current CTC; ₹71,121 a month in hand (−₹14,266 a month)',
    );
    expect(byLabel['At ₹16 LPA, the top of the posted range']).toBe(
      '33.3% on your current CTC; ₹1,06,242 a month in hand (+₹20,855 a month)',
    );
    expect(byLabel['The offer, ₹18,00,000']).toBe('50% on your current CTC; ₹1,18,126 a month in hand (+₹32,739 a month)');
    expect(byLabel['Mid-level range for Backend']).toMatch(/LPA; your current CTC is /);
    expect(byLabel['Switch hikes']).toContain(hikes.switchStatement);
  });

  it('uses the chosen regime', () => {
    const figures = figuresToHaveReady(input({ currentCtc: 12_00_000, regime: 'old' }));
    // Old regime, 12 LPA (salary-inputs.test.ts): 76,076 a month.
    expect(figures[0]!.value).toBe('₹12,00,000: ₹76,076 a month in hand (old regime)');
  });
});
