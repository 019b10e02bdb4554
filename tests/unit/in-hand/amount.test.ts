import { describe, expect, it } from 'vitest';
import { AMOUNT_HINT, formatRupees, parseAmount } from '@/utils/in-hand/amount';

describe('parseAmount accepts', () => {
  it.each<[string, number]>([
    ['1800000', 18_00_000],
    ['18,00,000', 18_00_000],
    ['1,800,000', 18_00_000],
    ['₹18,00,000', 18_00_000],
    ['₹ 18,00,000', 18_00_000],
    ['Rs. 18 lakh', 18_00_000],
    ['Rs 18 lakh', 18_00_000],
    ['INR 18,00,000', 18_00_000],
    ['18 LPA', 18_00_000],
    ['18 lpa', 18_00_000],
    ['18LPA', 18_00_000],
    ['18 l.p.a.', 18_00_000],
    ['18 lakh', 18_00_000],
    ['18 lakhs', 18_00_000],
    ['18 Lakhs', 18_00_000],
    ['18 lac', 18_00_000],
    ['18 lacs', 18_00_000],
    ['18L', 18_00_000],
    ['18 l', 18_00_000],
    ['1.2 Cr', 1_20_00_000],
    ['1.2 cr.', 1_20_00_000],
    ['1.2 crore', 1_20_00_000],
    ['2 crores', 2_00_00_000],
    ['1.2Cr', 1_20_00_000],
    ['18.5 LPA', 18_50_000],
    ['  18 lpa ', 18_00_000],
    ['18 lakh per annum', 18_00_000],
    ['18 lakh p.a.', 18_00_000],
    ['18,00,000 a year', 18_00_000],
    ['18,00,000/yr', 18_00_000],
    ['1,00,000', 1_00_000],
    ['100,000', 1_00_000],
    ['1,00,00,000', 1_00_00_000],
    ['.5 L', 50_000],
    ['0', 0],
    ['18,00,000.50', 18_00_001], // rounded half up to whole rupees
    ['12.345678 L', 12_34_568], // 12,34,567.8 → 12,34,568
    ['100 Cr', 1_00_00_00_000], // the largest allowed
  ])('%j → %d', (text, rupees) => {
    expect(parseAmount(text)).toEqual({ ok: true, rupees });
  });
});

describe('parseAmount refuses', () => {
  it.each(['', '   ', 'abc', '18 LPA 20', '1e9', '18 lakh crore', 'lakh', '₹', '18..5 L', '18 k', '18 LPA!', '1 8 lakh'])('%j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, error: AMOUNT_HINT });
  });

  it.each(['-5', '−5', '-18 LPA', '₹-18,00,000', 'Rs. -5'])('negative %j', (text) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/can't be negative/);
  });

  it.each(['101 Cr', '1000000001', '100.01 cr', '10,000 crore'])('absurd %j (over ₹100 Cr)', (text) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/more than ₹100 Cr/);
  });

  it.each(['18,0000', '1,8', '18,', '1,80,0000'])('badly grouped %j', (text) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/commas/);
  });

  it.each(['1,50,000 per month', '150000/month', '1.5 L pm', '1.5 lakh monthly'])('monthly %j', (text) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/monthly amount/);
  });

  it('gives the user an example in every refusal', () => {
    for (const text of ['', 'abc', '-5', '18 LPA 20', '1e9', '200 Cr', '18,0000', '50000 per month']) {
      const r = parseAmount(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/18,00,000, 18 LPA or 1\.2 Cr/);
    }
  });
});

describe('formatRupees', () => {
  it.each<[number, string]>([
    [0, '₹0'],
    [7, '₹7'],
    [999, '₹999'],
    [1_000, '₹1,000'],
    [12_345, '₹12,345'],
    [1_23_456, '₹1,23,456'],
    [10_00_000, '₹10,00,000'],
    [18_00_000, '₹18,00,000'],
    [1_23_45_678, '₹1,23,45,678'],
    [1_00_00_00_000, '₹1,00,00,00,000'],
    [12_34_567.5, '₹12,34,568'], // rounded half away from zero
    [12_34_567.4, '₹12,34,567'],
    [-1_500, '−₹1,500'], // U+2212 minus
    [-1_23_456.6, '−₹1,23,457'],
    [-0.4, '₹0'],
    [0.4, '₹0'],
  ])('%d → %s', (n, text) => {
    expect(formatRupees(n)).toBe(text);
  });

  it('shows non-numbers as a dash', () => {
    expect(formatRupees(Number.NaN)).toBe('—');
    expect(formatRupees(Infinity)).toBe('—');
  });

  it('does not use toLocaleString', () => {
    const spy = vi.spyOn(Number.prototype, 'toLocaleString');
    formatRupees(1_23_456);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
