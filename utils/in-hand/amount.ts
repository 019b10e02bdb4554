/**
 * Reading and writing rupee amounts the way Indian job seekers type them:
 * '18,00,000', '₹18,00,000', '18 LPA', 'Rs. 18 lakh', '1.2 Cr'.
 */

export type AmountParse = { ok: true; rupees: number } | { ok: false; error: string };

/** Anything above this is taken for a typo. */
export const MAX_AMOUNT_RUPEES = 100 * 1_00_00_000;

export const AMOUNT_HINT = 'Enter an annual amount such as 18,00,000, 18 LPA or 1.2 Cr.';

const LAKH = 1_00_000;
const CRORE = 1_00_00_000;

/** Unit words (lower case, dots removed) and what they multiply by. */
const UNITS: Record<string, number> = {
  l: LAKH,
  lpa: LAKH,
  lakh: LAKH,
  lakhs: LAKH,
  lac: LAKH,
  lacs: LAKH,
  cr: CRORE,
  crs: CRORE,
  crore: CRORE,
  crores: CRORE,
};

// Optional currency sign, a number, an optional unit, an optional "a year".
// Groups: 1 number, 2 unit.
const AMOUNT_RE =
  /^(?:₹|rs\.?|inr)?\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(lpa|l\.p\.a\.?|lakhs?|lacs?|l|crores?|crs?|cr\.?)?\s*(?:p\.?\s?a\.?|per\s+(?:annum|year)|a\s+year|\/\s*(?:yr|year|annum))?$/;

// 1800000 · 18,00,000 (Indian: a group of 3, then groups of 2) · 1,800,000 (groups of 3).
const INTEGER_RE = /^(?:\d+|\d{1,2}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+)$/;

const MONTHLY_RE = /(?:per\s*month|\/\s*m(?:onth|o)?\b|\bpm\b|\bmonthly\b|\ba\s+month\b)/;

/**
 * Parses an annual amount. Accepts plain or comma-grouped rupees (Indian or
 * international grouping), an optional ₹ / Rs. / INR, and the units L, LPA,
 * lakh(s), lac(s), Cr, crore(s), with decimals ('18.5 LPA', '1.2 Cr').
 * Refuses negatives, exponents, trailing words, monthly amounts and anything
 * above ₹100 Cr. The result is rounded to whole rupees.
 */
export function parseAmount(text: string): AmountParse {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, error: AMOUNT_HINT };
  if (/^[-−–]/.test(s) || /^(?:₹|rs\.?|inr)\s*[-−–]/.test(s)) {
    return { ok: false, error: `The amount can't be negative. ${AMOUNT_HINT}` };
  }
  if (MONTHLY_RE.test(s)) {
    return { ok: false, error: 'That looks like a monthly amount. Enter the yearly CTC, such as 18,00,000, 18 LPA or 1.2 Cr.' };
  }
  const m = AMOUNT_RE.exec(s);
  if (!m) return { ok: false, error: AMOUNT_HINT };
  const [, number = '', rawUnit] = m;
  const [intPart = '', fracPart = ''] = number.split('.');
  if (intPart !== '' && !INTEGER_RE.test(intPart)) {
    return { ok: false, error: `Check the commas in "${number}". ${AMOUNT_HINT}` };
  }
  const unit = rawUnit ? UNITS[rawUnit.replace(/\./g, '')] : 1;
  if (unit === undefined) return { ok: false, error: AMOUNT_HINT };

  // Exact decimal arithmetic on the digits: (int.frac) × unit, rounded half up.
  const digits = BigInt((intPart.replace(/,/g, '') || '0') + fracPart);
  const scale = 10n ** BigInt(fracPart.length);
  const scaled = digits * BigInt(unit);
  const rupeesBig = (scaled * 2n + scale) / (scale * 2n);
  if (rupeesBig > BigInt(MAX_AMOUNT_RUPEES)) {
    return { ok: false, error: `That is more than ₹100 Cr a year; check the amount. ${AMOUNT_HINT}` };
  }
  return { ok: true, rupees: Number(rupeesBig) };
}

/**
 * Formats rupees with Indian digit grouping: 123456 → '₹1,23,456',
 * -1500 → '−₹1,500' (U+2212 minus sign). Rounds to whole rupees (half away
 * from zero); a value that rounds to 0 is '₹0'. Non-finite input gives '—'.
 * Hand-written grouping, so the output doesn't depend on the browser's ICU data.
 */
export function formatRupees(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const whole = Math.round(Math.abs(n));
  const digits = BigInt(whole).toString();
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3);
  const grouped = rest === '' ? last3 : `${rest.replace(/\B(?=(\d{2})+$)/g, ',')},${last3}`;
  return `${n < 0 && whole !== 0 ? '−' : ''}₹${grouped}`;
}
