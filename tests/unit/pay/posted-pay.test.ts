import { describe, expect, it } from 'vitest';
import { isOutsideIndia, readPostedPay, type PostedPay } from '@/utils/pay/posted-pay';

type Expect = Pick<PostedPay, 'currency' | 'min' | 'max' | 'period' | 'upTo'> & { text?: string };

describe('readPostedPay: the forms postings use', () => {
  it.each<[string, Expect]>([
    ['CTC: ₹10-16 LPA', { currency: 'INR', min: 1_000_000, max: 1_600_000, period: 'year', upTo: false, text: '₹10-16 LPA' }],
    ['12-16 Lacs P.A.', { currency: 'INR', min: 1_200_000, max: 1_600_000, period: 'year', upTo: false, text: '12-16 Lacs P.A.' }],
    ['₹80,000 per month', { currency: 'INR', min: 960_000, max: 960_000, period: 'month', upTo: false, text: '₹80,000 per month' }],
    ['INR 15,00,000 - 20,00,000', { currency: 'INR', min: 1_500_000, max: 2_000_000, period: 'year', upTo: false, text: 'INR 15,00,000 - 20,00,000' }],
    ['up to 25 LPA', { currency: 'INR', min: null, max: 2_500_000, period: 'year', upTo: true, text: 'up to 25 LPA' }],
    ['₹12,00,000 – ₹16,00,000 a year', { currency: 'INR', min: 1_200_000, max: 1_600_000, period: 'year', upTo: false, text: '₹12,00,000 – ₹16,00,000 a year' }],
    ['8 - 12 LPA', { currency: 'INR', min: 800_000, max: 1_200_000, period: 'year', upTo: false, text: '8 - 12 LPA' }],
    ['Rs 6 to 9 lakhs per annum', { currency: 'INR', min: 600_000, max: 900_000, period: 'year', upTo: false, text: 'Rs 6 to 9 lakhs per annum' }],
    ['₹ 50k - 70k per month', { currency: 'INR', min: 600_000, max: 840_000, period: 'month', upTo: false, text: '₹ 50k - 70k per month' }],
    ['AUD 160,000 - 180,000', { currency: 'AUD', min: 160_000, max: 180_000, period: 'year', upTo: false, text: 'AUD 160,000 - 180,000' }],
    ['$120k - $150k a year', { currency: 'USD', min: 120_000, max: 150_000, period: 'year', upTo: false, text: '$120k - $150k a year' }],
    ['USD 90,000', { currency: 'USD', min: 90_000, max: 90_000, period: 'year', upTo: false, text: 'USD 90,000' }],
    ['£60,000', { currency: 'GBP', min: 60_000, max: 60_000, period: 'year', upTo: false, text: '£60,000' }],
    ['€70k', { currency: 'EUR', min: 70_000, max: 70_000, period: 'year', upTo: false, text: '€70k' }],
  ])('%s', (input, want) => {
    const got = readPostedPay(input);
    expect(got).not.toBeNull();
    expect(got).toMatchObject(want);
  });

  it.each<[string, Expect]>([
    ['₹22L – ₹32L', { currency: 'INR', min: 2_200_000, max: 3_200_000, period: 'year', upTo: false }],
    ['30-45 Lacs P.A.', { currency: 'INR', min: 3_000_000, max: 4_500_000, period: 'year', upTo: false }],
    ['4.5-6 LPA', { currency: 'INR', min: 450_000, max: 600_000, period: 'year', upTo: false }],
    ['Salary: 12,00,000 - 16,00,000', { currency: 'INR', min: 1_200_000, max: 1_600_000, period: 'year', upTo: false }],
    ['Upto ₹18 LPA', { currency: 'INR', min: null, max: 1_800_000, period: 'year', upTo: true }],
    ['₹25 LPA+', { currency: 'INR', min: 2_500_000, max: null, period: 'year', upTo: false }],
    ['Stipend: ₹15,000 per month', { currency: 'INR', min: 180_000, max: 180_000, period: 'month', upTo: false }],
    ['Monthly salary: ₹45,000', { currency: 'INR', min: 540_000, max: 540_000, period: 'month', upTo: false }],
    ['1.2 Cr', { currency: 'INR', min: 12_000_000, max: 12_000_000, period: 'year', upTo: false }],
    ['A$140,000 - A$160,000', { currency: 'AUD', min: 140_000, max: 160_000, period: 'year', upTo: false }],
    ['CAD 95,000 - 110,000 per year', { currency: 'CAD', min: 95_000, max: 110_000, period: 'year', upTo: false }],
    ['S$8,000 per month', { currency: 'SGD', min: 96_000, max: 96_000, period: 'month', upTo: false }],
    ['85,000 - 95,000 USD', { currency: 'USD', min: 85_000, max: 95_000, period: 'year', upTo: false }],
    ['Between 10 and 12 LPA', { currency: 'INR', min: 1_000_000, max: 1_200_000, period: 'year', upTo: false }],
    ['Experience 2 - 5 Yrs | Salary 6 - 10 Lacs', { currency: 'INR', min: 600_000, max: 1_000_000, period: 'year', upTo: false }],
    ['from ₹10 LPA', { currency: 'INR', min: 1_000_000, max: null, period: 'year', upTo: false }],
    ['1,20,000 - 2 lakh', { currency: 'INR', min: 120_000, max: 200_000, period: 'year', upTo: false }],
  ])('also reads %s', (input, want) => {
    expect(readPostedPay(input)).toMatchObject(want);
  });

  it('finds the pay inside a description', () => {
    const text = 'We are a team of 12-16 engineers serving 10,000 users.\nExperience: 3-5 years\nCTC: ₹10-16 LPA + ESOPs\nCall +91 98765 43210.';
    expect(readPostedPay(text)).toMatchObject({ currency: 'INR', min: 1_000_000, max: 1_600_000, text: '₹10-16 LPA' });
  });

  it('prefers the amount a pay word introduces', () => {
    const text = 'Joining bonus of ₹1 lakh. Health insurance cover of ₹5 lakh. Compensation: ₹18-24 LPA.';
    expect(readPostedPay(text)).toMatchObject({ min: 1_800_000, max: 2_400_000 });
  });

  it('states whether the currency was named', () => {
    expect(readPostedPay('₹10-16 LPA')?.currencyStated).toBe(true);
    expect(readPostedPay('10-16 LPA')?.currencyStated).toBe(false);
  });
});

describe('readPostedPay: not pay', () => {
  it.each([
    'Not disclosed',
    'CTC: Not disclosed',
    'Competitive',
    'Competitive salary and benefits',
    'As per industry standards',
    'Best in industry',
    '5 years experience',
    '3-5 years of experience in Java',
    '2024',
    'Founded in 2024',
    'Call +91 98765 43210',
    'Phone: 080-4567-8900',
    '401k matching',
    '10,000 users',
    'a team of 12-16',
    'Pune 411014',
    'ISO 27001 certified',
    'Salary: 10-16',
    '₹500',
    '₹100 crore revenue',
    'We raised $20 million in Series B',
    'Health insurance cover of ₹5 lakh',
    '₹5 lakh health insurance for you and your parents',
    'Joining bonus of ₹1 lakh',
    '$50 per hour',
    'Accounting software used by 1.2 lakh small businesses',
    'We serve 50 lakh customers',
    'The app has 1.5 crore downloads',
    'Learning budget of ₹50,000 a year',
    'Service agreement of ₹2,00,000',
    '₹50,000',
    '24x7 support for 1 million requests per month',
    '',
  ])('%j', (input) => {
    expect(readPostedPay(input)).toBeNull();
  });
});

describe('readPostedPay: currency and period', () => {
  it.each<[string, string]>([
    ['₹12 LPA', 'INR'],
    ['Rs. 12,00,000', 'INR'],
    ['INR 12,00,000', 'INR'],
    ['12 lakh', 'INR'],
    ['$120,000', 'USD'],
    ['US$120,000', 'USD'],
    ['USD 120,000', 'USD'],
    ['A$120,000', 'AUD'],
    ['AUD 120,000', 'AUD'],
    ['C$120,000', 'CAD'],
    ['S$120,000', 'SGD'],
    ['SGD 120,000', 'SGD'],
    ['£120,000', 'GBP'],
    ['GBP 120,000', 'GBP'],
    ['€120,000', 'EUR'],
    ['EUR 120,000', 'EUR'],
    ['AED 240,000', 'AED'],
  ])('%s -> %s', (input, currency) => {
    expect(readPostedPay(input)?.currency).toBe(currency);
  });

  it.each<[string, 'year' | 'month', number]>([
    ['₹60,000 per month', 'month', 720_000],
    ['₹60,000 a month', 'month', 720_000],
    ['₹60,000/month', 'month', 720_000],
    ['₹60k pm', 'month', 720_000],
    ['₹60,000 monthly', 'month', 720_000],
    ['$5,000/mo', 'month', 60_000],
    ['₹7,20,000 per annum', 'year', 720_000],
    ['₹7,20,000 p.a.', 'year', 720_000],
    ['₹7,20,000 a year', 'year', 720_000],
    ['₹7,20,000/yr', 'year', 720_000],
    ['7.2 LPA', 'year', 720_000],
    ['$90,000', 'year', 90_000],
  ])('%s -> %s, %d a year', (input, period, annual) => {
    const got = readPostedPay(input);
    expect(got?.period).toBe(period);
    expect(got?.min).toBe(annual);
  });
});

describe('isOutsideIndia', () => {
  const inr = readPostedPay('₹10-16 LPA');
  const usd = readPostedPay('$120k - $150k a year');
  const aud = readPostedPay('AUD 160,000 - 180,000');

  it.each<[string | null, PostedPay | null, boolean]>([
    ['Melbourne, Victoria, Australia', null, true],
    ['Sydney', null, true],
    ['London, UK', null, true],
    ['New York, NY', null, true],
    ['Singapore', null, true],
    ['Dubai, United Arab Emirates', null, true],
    ['Toronto, Ontario, Canada', null, true],
    ['Berlin, Germany', null, true],
    ['United States', null, true],
    ['Remote (US)', null, true],
    ['Austin, TX', null, true],
    ['Australia', null, true],
    ['UK', null, true],
    ['Bengaluru, Karnataka, India', null, false],
    ['Bangalore', null, false],
    ['Mumbai', null, false],
    ['Pune', null, false],
    ['Hyderabad', null, false],
    ['Chennai, TN', null, false],
    ['Gurugram', null, false],
    ['Noida', null, false],
    ['New Delhi', null, false],
    ['Kolkata', null, false],
    ['Ahmedabad', null, false],
    ['Kochi', null, false],
    ['Remote India', null, false],
    ['Remote', null, false],
    [null, null, false],
    ['', null, false],
    ['Bengaluru', inr, false],
    [null, inr, false],
    ['Bengaluru', usd, true],
    [null, aud, true],
    ['Hybrid - Whitefield', null, false],
  ])('%j with %j -> %s', (location, pay, want) => {
    expect(isOutsideIndia(location, pay)).toBe(want);
  });
});
