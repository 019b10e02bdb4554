/**
 * The in-hand calculator as a user drives it: by role and name. Expected
 * amounts are worked by hand (the same working as tests/unit/in-hand/ctc.test.ts:
 * with the defaults, basic = 50 % of CTC, employer PF = 6 % of CTC, gratuity
 * = 2.405 % of CTC, gross = 91.595 % of CTC, taxable = gross − 75,000).
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { InHandCalculator, mergeAssumptions } from '@/components/InHandCalculator';
import { SalaryModel } from '@/components/state/salary-model';
import { FY2025_26, STATE_IDS } from '@/data/tax/fy2025-26';
import { formatRupees } from '@/utils/in-hand/amount';
import { inHand } from '@/utils/in-hand/ctc';

afterEach(cleanup);

function mount() {
  const salary = new SalaryModel();
  render(<InHandCalculator salary={salary} />);
  return salary;
}

const ctcBox = () => screen.getByRole('textbox', { name: 'Annual CTC' }) as HTMLInputElement;
const type = (box: HTMLElement, value: string) => fireEvent.input(box, { target: { value } });
/** The amounts in a result row, one per column. */
const row = (header: string) => {
  const th = screen.getByRole('rowheader', { name: header });
  return within(th.closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};
const amount = (header: string) => {
  const cells = row(header);
  expect(cells).toHaveLength(1);
  return cells[0];
};
const HEADERS = [
  'Gross salary',
  'Standard deduction',
  'Taxable income',
  'Income tax',
  'Employee PF',
  'Professional tax',
  'In-hand per year',
  'In-hand per month',
];

describe('the in-hand calculator', () => {
  it('starts on the defaults: new regime, the first state, basic 50 %, no variable pay, PF on the full basic', () => {
    const salary = mount();
    expect(screen.getByRole('heading', { name: 'In-hand salary' })).toBeTruthy();
    expect(screen.getByText(/Tax year FY 2025-26 \(AY 2026-27\)/)).toBeTruthy();
    const regime = screen.getByRole('radiogroup', { name: 'Tax regime' });
    expect((within(regime).getByRole('radio', { name: 'New regime' }) as HTMLInputElement).checked).toBe(true);
    expect((within(regime).getByRole('radio', { name: 'Old regime' }) as HTMLInputElement).checked).toBe(false);
    const state = screen.getByRole('combobox', { name: 'State' }) as HTMLSelectElement;
    expect(state.value).toBe(STATE_IDS[0]);
    expect([...state.options].map((o) => o.textContent)).toEqual(STATE_IDS.map((id) => FY2025_26.states[id].name));
    expect((screen.getByRole('spinbutton', { name: 'Basic pay (% of CTC)' }) as HTMLInputElement).value).toBe(
      String(FY2025_26.payroll.defaultBasicPercent),
    );
    expect((screen.getByRole('spinbutton', { name: 'Variable pay (% of CTC)' }) as HTMLInputElement).value).toBe('0');
    expect((screen.getByRole('checkbox', { name: 'PF on capped wage (₹15,000)' }) as HTMLInputElement).checked).toBe(false);
    for (const name of ['80C deductions', 'HRA exemption', '80D']) expect(screen.queryByRole('textbox', { name })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(salary.regime.value).toBe('new');
  });

  // Every way of writing 18 LPA gives the same breakdown (18,00,000, worked in ctc.test.ts):
  // gross 16,48,710; taxable 15,73,710; tax 60,000 + 15 % × 3,73,710 = 1,16,056.50, × 1.04 = 1,20,699;
  // in hand 16,48,710 − 1,20,699 − 1,08,000 − 2,500 = 14,17,511; ÷ 12 = 1,18,126.
  it.each(['1800000', '18,00,000', '18 LPA', '18 lakh', '₹18,00,000', '1,800,000'])('breaks down %s as you type', (text) => {
    mount();
    type(ctcBox(), text);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(HEADERS);
    expect(amount('Gross salary')).toBe('₹16,48,710');
    expect(amount('Standard deduction')).toBe('₹75,000');
    expect(amount('Taxable income')).toBe('₹15,73,710');
    expect(amount('Income tax')).toBe('₹1,20,699');
    expect(amount('Employee PF')).toBe('₹1,08,000');
    expect(amount('Professional tax')).toBe('₹2,500');
    expect(amount('In-hand per year')).toBe('₹14,17,511');
    expect(amount('In-hand per month')).toBe('₹1,18,126');
    expect(screen.getByRole('table').textContent).toMatch(/₹18,00,000 \(new regime, Karnataka\)/);
  });

  it('reads 1.2 Cr, with the 15 % surcharge and no relief', () => {
    mount();
    type(ctcBox(), '1.2 Cr');
    // basic 60,00,000; PF 7,20,000; gratuity 2,88,600; gross 1,09,91,400; taxable 1,09,16,400.
    // Slab 3,00,000 + 30 % × 85,16,400 = 28,54,920; surcharge 15 % = 4,28,238 (ceiling at ₹1 Cr: 28,38,000 + 9,16,400: no relief);
    // × 1.04 = 34,14,484.32.
    expect(amount('Gross salary')).toBe('₹1,09,91,400');
    expect(amount('Taxable income')).toBe('₹1,09,16,400');
    expect(amount('Income tax')).toBe('₹34,14,484');
  });

  it.each([
    ['eighteen', /Enter an annual amount such as 18,00,000, 18 LPA or 1\.2 Cr/],
    ['1,50,000 per month', /monthly amount/],
    ['-18 LPA', /can't be negative/],
    ['18,0,000', /Check the commas/],
    ['500 Cr', /more than ₹100 Cr/],
  ])('says plainly why %s is not an annual CTC', (text, message) => {
    mount();
    type(ctcBox(), text);
    expect(screen.getByRole('alert').textContent).toMatch(message);
    expect(ctcBox().getAttribute('aria-invalid')).toBe('true');
    expect(ctcBox().getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect(screen.queryByRole('table')).toBeNull();
  });

  // [CTC, taxable, tax, in hand a month], Karnataka, defaults; worked by hand in tests/unit/in-hand/ctc.test.ts.
  it.each<[string, string, string, string]>([
    ['5,00,000', '₹3,82,975', '₹0', '₹35,456'],
    ['8,00,000', '₹6,57,760', '₹0', '₹56,855'],
    ['10,00,000', '₹8,40,950', '₹0', '₹71,121'],
    ['12,00,000', '₹10,24,140', '₹0', '₹85,387'],
    ['13,00,000', '₹11,15,735', '₹0', '₹92,520'],
    ['15,00,000', '₹12,98,925', '₹77,832', '₹1,00,299'],
    ['18,00,000', '₹15,73,710', '₹1,20,699', '₹1,18,126'],
    ['25,00,000', '₹22,14,875', '₹2,63,868', '₹1,56,126'],
    ['40,00,000', '₹35,88,800', '₹6,82,906', '₹2,28,200'],
    ['60,00,000', '₹54,20,700', '₹13,79,904', '₹3,12,775'],
  ])('CTC %s → taxable %s, tax %s, %s a month in hand', (ctc, taxable, tax, month) => {
    mount();
    type(ctcBox(), ctc);
    expect([amount('Taxable income'), amount('Income tax'), amount('In-hand per month')]).toEqual([taxable, tax, month]);
  });

  it('shows the same rows as the tested calculator at every threshold, in both regimes', () => {
    const salary = mount();
    // CTCs whose taxable income (new regime: 0.91595 × CTC − 75,000) lands each side of the 87A limit, its
    // marginal-relief crossover (₹12,70,588) and the surcharge thresholds (₹50 L, ₹1 Cr, ₹2 Cr, ₹5 Cr).
    const ctcs = [
      13_91_997, 13_91_998, 14_69_568, 14_69_569, 55_40_914, 55_40_915, 55_60_000, 1_09_99_077, 1_10_20_000, 2_19_17_026, 2_19_40_000,
      5_46_70_000,
    ];
    for (const regime of ['new', 'old'] as const) {
      fireEvent.click(screen.getByRole('radio', { name: regime === 'new' ? 'New regime' : 'Old regime' }));
      for (const ctc of ctcs) {
        type(ctcBox(), String(ctc));
        const want = inHand({ ctc, regime, state: salary.state.value });
        expect([amount('Taxable income'), amount('Income tax'), amount('In-hand per month')], `${regime} ${ctc}`).toEqual(
          [want.taxableIncome, want.incomeTax, want.inHandPerMonth].map(formatRupees),
        );
      }
    }
  });

  it('switches to the old regime, asks for its deductions and counts them', () => {
    mount();
    type(ctcBox(), '18 LPA');
    fireEvent.click(screen.getByRole('radio', { name: 'Old regime' }));
    expect((screen.getByRole('radio', { name: 'Old regime' }) as HTMLInputElement).checked).toBe(true);
    // gross 16,48,710; standard deduction 50,000; PT 2,500 and EPF 1,08,000 (80C) deducted: taxable 14,88,210.
    // 12,500 + 1,00,000 + 30 % × 4,88,210 = 2,58,963; × 1.04 = 2,69,321.52; in hand 12,68,888; ÷ 12 = 1,05,740.67.
    expect(amount('Standard deduction')).toBe('₹50,000');
    expect(amount('Old-regime deductions (80C, 80D, HRA, PT)')).toBe('₹1,10,500');
    expect(amount('Taxable income')).toBe('₹14,88,210');
    expect(amount('Income tax')).toBe('₹2,69,322');
    expect(amount('In-hand per month')).toBe('₹1,05,741');

    // 80C to its ₹1,50,000 cap (EPF 1,08,000 + 42,000): taxable 14,46,210; 2,46,363 × 1.04 = 2,56,217.52.
    type(screen.getByRole('textbox', { name: '80C deductions' }), '42,000');
    expect(amount('Taxable income')).toBe('₹14,46,210');
    expect(amount('Income tax')).toBe('₹2,56,218');
    // More 80C is capped.
    type(screen.getByRole('textbox', { name: '80C deductions' }), '1.5 lakh');
    expect(amount('Taxable income')).toBe('₹14,46,210');
    // HRA exemption 1,00,000: taxable 13,46,210; 2,16,363 × 1.04 = 2,25,017.52.
    type(screen.getByRole('textbox', { name: 'HRA exemption' }), '1,00,000');
    expect(amount('Taxable income')).toBe('₹13,46,210');
    expect(amount('Income tax')).toBe('₹2,25,018');
    // 80D 25,000: taxable 13,21,210; 2,08,863 × 1.04 = 2,17,217.52.
    type(screen.getByRole('textbox', { name: '80D' }), '25000');
    expect(amount('Taxable income')).toBe('₹13,21,210');
    expect(amount('Income tax')).toBe('₹2,17,218');
    expect(amount('Old-regime deductions (80C, 80D, HRA, PT)')).toBe('₹2,77,500');

    // Back to the new regime: the deductions are ignored and their boxes hidden.
    fireEvent.click(screen.getByRole('radio', { name: 'New regime' }));
    expect(screen.queryByRole('textbox', { name: '80C deductions' })).toBeNull();
    expect(amount('Taxable income')).toBe('₹15,73,710');
    expect(screen.getByText(/the 80C, 80D, HRA exemption you entered are ignored/)).toBeTruthy();
  });

  it.each([
    // In hand a year 14,17,511 + 2,500 (no PT) = 14,20,011; ÷ 12 = 1,18,334.25.
    ['delhi', '₹0', '₹1,18,334'],
    // ₹200 a month on a monthly gross of ₹1,37,393: 2,400; 14,17,611 ÷ 12 = 1,18,134.25.
    ['telangana', '₹2,400', '₹1,18,134'],
    ['maharashtra', '₹2,500', '₹1,18,126'],
    // Chennai: ₹1,250 a half-year on a half-year salary above ₹75,000.
    ['tamil-nadu', '₹2,500', '₹1,18,126'],
    // ₹200 a month above ₹40,000: 2,400.
    ['west-bengal', '₹2,400', '₹1,18,134'],
  ])('takes professional tax from the state: %s', (state, pt, month) => {
    mount();
    type(ctcBox(), '18 LPA');
    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: state } });
    expect(amount('Professional tax')).toBe(pt);
    expect(amount('In-hand per month')).toBe(month);
    expect(amount('Taxable income')).toBe('₹15,73,710');
  });

  it('takes basic pay, variable pay and capped PF into account', () => {
    mount();
    type(ctcBox(), '18 LPA');
    type(screen.getByRole('spinbutton', { name: 'Basic pay (% of CTC)' }), '40');
    type(screen.getByRole('spinbutton', { name: 'Variable pay (% of CTC)' }), '10');
    fireEvent.click(screen.getByRole('checkbox', { name: 'PF on capped wage (₹15,000)' }));
    // basic 7,20,000; PF on ₹15,000 a month: 21,600 each side; gratuity 4.81 % × 7,20,000 = 34,632;
    // gross 18,00,000 − 21,600 − 34,632 = 17,43,768; taxable 16,68,768;
    // tax 20,000 + 40,000 + 60,000 + 20 % × 68,768 = 1,33,753.60; × 1.04 = 1,39,103.74;
    // in hand 17,43,768 − 1,39,104 − 21,600 − 2,500 = 15,80,564; monthly (15,80,564 − 1,80,000 variable) ÷ 12 = 1,16,713.67.
    expect(amount('Gross salary')).toBe('₹17,43,768');
    expect(amount('Employee PF')).toBe('₹21,600');
    expect(amount('Taxable income')).toBe('₹16,68,768');
    expect(amount('Income tax')).toBe('₹1,39,104');
    expect(amount('In-hand per year')).toBe('₹15,80,564');
    expect(amount('In-hand per month')).toBe('₹1,16,714');
    expect(screen.getByText(/Variable pay of ₹1,80,000 \(10 % of CTC\) is assumed paid in full, once a year/)).toBeTruthy();
  });

  it('refuses a basic or variable share it cannot use, and says why', () => {
    mount();
    type(ctcBox(), '18 LPA');
    type(screen.getByRole('spinbutton', { name: 'Basic pay (% of CTC)' }), '0');
    expect(screen.getByRole('alert').textContent).toMatch(/more than 0 %/);
    expect(screen.queryByRole('table')).toBeNull();
    type(screen.getByRole('spinbutton', { name: 'Basic pay (% of CTC)' }), '50');
    type(screen.getByRole('spinbutton', { name: 'Variable pay (% of CTC)' }), '100');
    expect(screen.getByRole('alert').textContent).toMatch(/under 100 %/);
    type(screen.getByRole('spinbutton', { name: 'Variable pay (% of CTC)' }), '');
    expect(screen.getByRole('alert').textContent).toMatch(/Enter a percentage/);
  });

  it('states its assumptions under the table and names its sources', () => {
    mount();
    type(ctcBox(), '10 LPA');
    const list = screen.getByRole('heading', { name: 'Assumptions' }).nextElementSibling!;
    const text = list.textContent ?? '';
    expect(text).toMatch(/employer PF and gratuity are part of it/);
    expect(text).toMatch(/Gratuity is 4\.81 % of basic/);
    expect(text).toMatch(/No variable pay/);
    expect(text).toMatch(/Professional tax in Karnataka: ₹2,500 a year/);
    expect(text).toMatch(/Not counted/);
    expect(screen.getByText(/Sources for the tax rules/)).toBeTruthy();
    expect(screen.getByText(/Finance Bill 2025, clause 24/)).toBeTruthy();
  });

  it('shows two columns for two CTCs: both ends of a range', () => {
    const salary = mount();
    salary.fill({
      min: 10_00_000,
      max: 16_00_000,
      postedText: '₹10-16 LPA',
      monthly: false,
      posting: 'Backend Developer, Tulsi Commerce',
      state: { id: 'telangana', place: 'Hyderabad' },
    });
    cleanup();
    render(<InHandCalculator salary={salary} />);
    expect(ctcBox().value).toBe('10,00,000');
    expect((screen.getByRole('textbox', { name: 'Second CTC to compare' }) as HTMLInputElement).value).toBe('16,00,000');
    expect((screen.getByRole('combobox', { name: 'State' }) as HTMLSelectElement).value).toBe('telangana');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['CTC ₹10,00,000', 'CTC ₹16,00,000']);
    // 16L: basic 8,00,000; PF 96,000; gratuity 38,480; gross 14,65,520; taxable 13,90,520;
    // 60,000 + 15 % × 1,90,520 = 88,578 (above the relief), × 1.04 = 92,121.12.
    expect(row('Taxable income')).toEqual(['₹8,40,950', '₹13,90,520']);
    expect(row('Income tax')).toEqual(['₹0', '₹92,121']);
    // Telangana: ₹200 a month on both monthly gross salaries: 2,400.
    expect(row('Professional tax')).toEqual(['₹2,400', '₹2,400']);
    expect(screen.getByText(/Filled from the posting Backend Developer, Tulsi Commerce: ₹10-16 LPA/)).toBeTruthy();
    expect(screen.getByText(/Both ends of the range are shown/)).toBeTruthy();
    // The calculator took focus for the reader.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'In-hand salary' }));
    expect(salary.focusPending.value).toBe(false);
  });
});

describe('assumptions for two columns', () => {
  it('states a shared line once and pairs the lines that differ, each with its CTC', () => {
    const a = inHand({ ctc: 10_00_000, regime: 'new', state: 'karnataka' });
    const b = inHand({ ctc: 16_00_000, regime: 'new', state: 'karnataka' });
    const merged = mergeAssumptions([a, b]);
    expect(merged).toContain('No variable pay: the monthly figure is the yearly in-hand pay ÷ 12.');
    expect(merged.filter((l) => l.startsWith('No variable pay'))).toHaveLength(1);
    const i = merged.indexOf('At ₹10,00,000: Basic pay is 50 % of CTC: ₹5,00,000 a year.');
    expect(merged[i + 1]).toBe('At ₹16,00,000: Basic pay is 50 % of CTC: ₹8,00,000 a year.');
    expect(mergeAssumptions([a])).toEqual(a.assumptions);
  });
});
