/** The pure helpers behind the Salary guide's boxes: percentages, options, the posting's state, offers. */
import { describe, expect, it } from 'vitest';
import { groupIndian, SalaryModel } from '@/components/state/salary-model';
import { FY2025_26, STATE_IDS } from '@/data/tax/fy2025-26';
import { parsePercent, readOptions, type CalculatorTexts } from '@/utils/in-hand/calculator-inputs';
import { compareOffer, formatChange, formatPercent } from '@/utils/in-hand/offer';
import { stateFromLocation } from '@/utils/in-hand/state-from-location';

const texts: CalculatorTexts = {
  state: 'karnataka',
  basicPercent: '50',
  variablePercent: '0',
  pfCapped: false,
  other80C: '',
  hraExemption: '',
  deduction80D: '',
};

describe('the model starts on the tax data’s defaults', () => {
  it('basic pay and state', () => {
    const m = new SalaryModel();
    expect(Number(m.basicPercent.value)).toBe(FY2025_26.payroll.defaultBasicPercent);
    expect(m.state.value).toBe(STATE_IDS[0]);
    expect(m.regime.value).toBe('new');
  });

  it('fills from a posting: both ends, the state, and asks for focus; a lone figure fills one box', () => {
    const m = new SalaryModel();
    m.fill({
      min: 10_00_000,
      max: 16_00_000,
      postedText: '₹10-16 LPA',
      monthly: false,
      posting: 'X',
      state: { id: 'delhi', place: 'New Delhi' },
    });
    expect([m.ctc.value, m.secondCtc.value, m.state.value, m.focusPending.value]).toEqual(['10,00,000', '16,00,000', 'delhi', true]);
    m.fill({ min: null, max: 25_00_000, postedText: 'up to 25 LPA', monthly: false, posting: 'Y', state: null });
    expect([m.ctc.value, m.secondCtc.value, m.state.value]).toEqual(['25,00,000', '', 'delhi']);
    m.clearPrefill();
    expect([m.prefill.value, m.secondCtc.value]).toEqual([null, '']);
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1_00_000, '1,00,000'],
    [12_34_56_789, '12,34,56,789'],
  ])('groups %i as %s', (n, s) => expect(groupIndian(n)).toBe(s));
});

describe('parsePercent', () => {
  const basic = { allowZero: false, allowHundred: true };
  const variable = { allowZero: true, allowHundred: false };
  it.each<[string, typeof basic, number | RegExp]>([
    ['50', basic, 50],
    ['50 %', basic, 50],
    ['12.5', basic, 12.5],
    ['100', basic, 100],
    ['0', variable, 0],
    ['99.99', variable, 99.99],
    ['0', basic, /more than 0/],
    ['100', variable, /under 100/],
    ['101', basic, /at most 100/],
    ['', basic, /Enter a percentage/],
    ['fifty', basic, /Enter a number/],
    ['-5', variable, /Enter a number/],
    ['1e2', basic, /Enter a number/],
  ])('%s', (text, opts, want) => {
    const got = parsePercent(text, opts);
    if (typeof want === 'number') expect(got).toBe(want);
    else expect(got).toMatch(want);
  });
});

describe('readOptions', () => {
  it('reads the defaults', () => {
    expect(readOptions(texts, 'new')).toEqual({
      ok: true,
      options: {
        state: 'karnataka',
        basicPercent: 50,
        variablePercent: 0,
        pfCapped: false,
        deductions80C: 0,
        hraExemption: 0,
        deduction80D: 0,
      },
    });
  });

  it('reads deductions in any amount form', () => {
    const r = readOptions({ ...texts, other80C: '1.5 lakh', hraExemption: '1,20,000', deduction80D: '25000' }, 'old');
    expect(r).toMatchObject({ ok: true, options: { deductions80C: 1_50_000, hraExemption: 1_20_000, deduction80D: 25_000 } });
  });

  it('reports an unreadable deduction in the old regime only', () => {
    const bad = { ...texts, other80C: 'lots', deduction80D: '2,000 a month' };
    const old = readOptions(bad, 'old');
    expect(old.ok).toBe(false);
    if (!old.ok) {
      expect(Object.keys(old.errors).sort()).toEqual(['deduction80D', 'other80C']);
      expect(old.errors.deduction80D).toMatch(/monthly amount.*yearly amount/);
    }
    expect(readOptions(bad, 'new')).toMatchObject({ ok: true, options: { deductions80C: 0, deduction80D: 0 } });
  });

  it('reports bad percentages in either regime', () => {
    const r = readOptions({ ...texts, basicPercent: '', variablePercent: '100' }, 'new');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['basicPercent', 'variablePercent']);
  });
});

describe('stateFromLocation', () => {
  it.each<[string | null, string | null, string | null]>([
    ['Bengaluru', 'karnataka', 'Bengaluru'],
    ['Bangalore, Karnataka, India', 'karnataka', 'Bangalore'],
    ['Bengaluru, Hyderabad', 'karnataka', 'Bengaluru'],
    ['Hyderabad / Secunderabad, Telangana', 'telangana', 'Hyderabad'],
    ['Pune, Maharashtra', 'maharashtra', 'Pune'],
    ['Navi Mumbai', 'maharashtra', 'Navi Mumbai'],
    ['Chennai', 'tamil-nadu', 'Chennai'],
    ['Kolkata', 'west-bengal', 'Kolkata'],
    ['New Delhi', 'delhi', 'New Delhi'],
    ['Gurugram', 'haryana', 'Gurugram'],
    ['Gurgaon, Haryana', 'haryana', 'Gurgaon'],
    ['Noida', 'uttar-pradesh', 'Noida'],
    ['Greater Noida', 'uttar-pradesh', 'Greater Noida'],
    ['Jaipur', 'rajasthan', 'Jaipur'],
    ['Mohali', 'punjab', 'Mohali'],
    ['Remote (India), Mumbai', 'maharashtra', 'Mumbai'],
    ['Gurugram, Bengaluru', 'haryana', 'Gurugram'],
    ['Remote', null, null],
    ['Ahmedabad', null, null],
    ['Melbourne', null, null],
    ['Punekar Road, Goa', null, null],
    ['', null, null],
    [null, null, null],
  ])('%s → %s', (location, state, place) => {
    const got = stateFromLocation(location);
    expect(got && [got.state, got.place]).toEqual(state === null ? null : [state, place]);
  });
});

describe('compareOffer', () => {
  const options = readOptions(texts, 'old');
  if (!options.ok) throw new Error('defaults must read');

  it('12 LPA → 18 LPA: a 50 % hike and what it adds a month in each regime', () => {
    const c = compareOffer(12_00_000, 18_00_000, options.options);
    expect(c.hikePercent).toBe(50);
    // New regime (ctc.test.ts): 85,387 → 1,18,126.
    expect([c.regimes.new.current.inHandPerMonth, c.regimes.new.offered.inHandPerMonth, c.regimes.new.changePerMonth]).toEqual([
      85_387, 1_18_126, 32_739,
    ]);
    // Old regime, 12 LPA: gross 10,99,140 − 50,000 − 2,500 PT − 72,000 EPF = 9,74,640 taxable;
    // 12,500 + 20 % × 4,74,640 = 1,07,428, × 1.04 = 1,11,725.12; 10,99,140 − 1,11,725 − 72,000 − 2,500 = 9,12,915; ÷ 12 = 76,076.25.
    // 18 LPA: taxable 14,88,210; 2,58,963 × 1.04 = 2,69,321.52; 12,68,888 ÷ 12 = 1,05,740.67.
    expect([c.regimes.old.current.inHandPerMonth, c.regimes.old.offered.inHandPerMonth, c.regimes.old.changePerMonth]).toEqual([
      76_076, 1_05_741, 29_665,
    ]);
    expect(c.regimes.new.changePerYear).toBe(14_17_511 - 10_24_640);
  });

  it('a lower offer is a negative hike', () => {
    const c = compareOffer(20_00_000, 18_00_000, options.options);
    expect(c.hikePercent).toBe(-10);
    expect(c.regimes.new.changePerMonth).toBeLessThan(0);
  });

  it('refuses a current CTC of 0', () => {
    expect(() => compareOffer(0, 10_00_000, options.options)).toThrow(RangeError);
  });

  it.each([
    [50, '50%'],
    [33.3333, '33.3%'],
    [9.15, '9.2%'],
    [-10, '−10%'],
    [-0.01, '0%'],
    [0, '0%'],
    [Number.NaN, '—'],
  ])('formats %d as %s', (p, s) => expect(formatPercent(p)).toBe(s));

  it.each([
    [32_739, '+₹32,739'],
    [-1_234, '−₹1,234'],
    [0, '₹0'],
  ])('formats a change of %d as %s', (n, s) => expect(formatChange(n)).toBe(s));
});
