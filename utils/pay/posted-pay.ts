/**
 * Reads the pay a job posting states, from its salary field or its
 * description. Pure, no DOM.
 *
 * A number counts as pay only with a currency marker (₹, Rs, INR, $, A$, £, €,
 * USD, AUD …) or a pay unit (LPA, lakh, lac, crore, "22L", per annum, p.a.,
 * per month, a year …) right beside it, or right after a pay word ("CTC:",
 * "Salary:", "Compensation"). So "5 years", "2024", "401k", "10,000 users",
 * "team of 12-16" and phone numbers are not pay. Amounts that are implausible
 * as a salary (₹100 crore of funding, ₹500) and amounts named as something
 * else (insurance cover, joining bonus, funding, valuation …) are ignored.
 */

export type PayCurrency = 'INR' | 'USD' | 'AUD' | 'GBP' | 'EUR' | 'CAD' | 'SGD' | (string & {});

export interface PostedPay {
  currency: PayCurrency;
  /** Whether the text named the currency; false = INR assumed from Indian units or an unmarked figure. */
  currencyStated: boolean;
  /** Annual, in currency units (rupees, dollars). null = not stated ("up to …"). */
  min: number | null;
  /** Annual, in currency units. null = open-ended ("from …", "25 LPA+"). */
  max: number | null;
  /** The period the text states; 'year' when it states none. min/max are always annual (×12 for 'month'). */
  period: 'year' | 'month';
  /** The matched text, e.g. "₹10-16 LPA". */
  text: string;
  /** "up to …": only a ceiling was given. */
  upTo: boolean;
}

// ---------------------------------------------------------------------------
// Pieces of the pattern.

/** Prefix currency markers, longest first so "A$" beats "$". Alphabetic codes are checked for case afterwards. */
const CURRENCY_PREFIX =
  String.raw`US\$|AU\$|A\$|CA\$|C\$|S\$|SG\$|NZ\$|HK\$|\$|₹|Rs\.?|INR|USD|AUD|GBP|EUR|CAD|SGD|NZD|AED|CHF|JPY|HKD|SAR|QAR|£|€`;
/** ISO codes (and "rupees") that may follow the amount: "90,000 USD". */
const CURRENCY_SUFFIX = String.raw`INR|USD|AUD|GBP|EUR|CAD|SGD|NZD|AED|CHF|JPY|HKD|SAR|QAR|rupees`;
/** 15,00,000 / 160,000 / 12.5 / 80000 */
const NUMBER = String.raw`\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Magnitudes. Word forms may follow a space; bare "L" and "M" must touch the number ("22L"). */
const MAGNITUDE = String.raw`(?:\s?(?:lakhs?|lacs?|lpa|l\.p\.a\.?|crores?|cr|million|mn|k)(?![a-z])|(?:l|m)(?![a-z]))`;
/** "-", "–", "to"; "and" only after "between" ("between 10 and 12 LPA"). */
const SEPARATOR = String.raw`\s*(?:-|–|—|~|to|and(?<=between\s[^;\n]{0,40}and))\s*`;
const PERIOD = String.raw`\s*\(?\s*(?:per\s+annum|per\s+year|per\s+month|per\s+mensem|p\.\s?a\.?|p\.\s?m\.?|pa|pm|pcm|a\s+year|a\s+month|/\s?(?:year|yr|annum|month|mon|mo)|annually|yearly|annual|monthly)(?![a-z])\)?`;
const LEAD = String.raw`(?:between|up\s?to|upto|max(?:imum)?|as\s+high\s+as|from|starting(?:\s+(?:at|from))?|min(?:imum)?|at\s+least)\s*:?\s*`;

const AMOUNT_RE = new RegExp(
  String.raw`(?<![\w.,])(?<lead>${LEAD})?` +
    String.raw`(?:(?<c1>${CURRENCY_PREFIX})\s{0,2})?(?<n1>${NUMBER})(?<p1>\+)?(?<m1>${MAGNITUDE})?(?<q1>\+)?` +
    // A period on the first end too, when a second end follows: "₹18,00,000.00/yr - ₹26,00,000.00/yr" (LinkedIn).
    String.raw`(?<per1>${PERIOD}(?=${SEPARATOR}(?:${CURRENCY_PREFIX})?\s{0,2}\d))?` +
    String.raw`(?:${SEPARATOR}(?:(?<c2>${CURRENCY_PREFIX})\s{0,2})?(?<n2>${NUMBER})(?<m2>${MAGNITUDE})?(?<q2>\+)?)?` +
    String.raw`(?:\s?(?<cs>${CURRENCY_SUFFIX})(?![a-z]))?` +
    String.raw`(?<per>${PERIOD})?`,
  'giu',
);

/** A pay word right before the amount: "CTC: ", "Salary range - ", "Annual compensation of ". */
const PAY_WORD_BEFORE =
  /\b(?:salary|ctc|compensation|package|stipend|remuneration|pay)\b(?:\s*(?:range|offered|band|bracket|scale|budget|of|is|will\s+be|between|per\s+annum|p\.?a\.?|\(annual\)|annual|yearly|monthly|\(monthly\)|[:\-–=(]))*\s*$/i;
/** "CTC" right after the amount: "12 LPA CTC". */
const PAY_WORD_AFTER = /^\s*(?:ctc|fixed|in-hand|in\s+hand|gross)\b/i;
/** Words before an amount that name it as something other than pay. */
const NOT_PAY_BEFORE =
  /\b(?:insurance|cover(?:age)?|fund(?:ing|ed)?|raised|revenue|turnover|valuation|valued|worth|bond|penalty|deposit|fees?|loan|bonus|relocation|allowance|reimburse(?:ment|d)?|esops?|equity|referral|gmv|arr|invest(?:ment|ed|ors?)?|prize|grant|award|agreement|surety|(?:learning|training|conference|wellness|home[- ]office|travel|education|book|gym)\s+budget)\b/gi;
const PAY_WORD = /\b(?:salary|ctc|compensation|package|stipend|remuneration|pay)\b/gi;
/** Words right after an amount that name it as something other than pay: "₹5 lakh health insurance". */
const NOT_PAY_AFTER =
  /^\s*(?:(?:in|of|as|for)\s+)?(?:(?:health|medical|life|term|joining|sign[- ]on|signing|referral|relocation|learning|wellness|annual|performance|retention)\s+)?(?:insurance|cover|bonus|funding|revenue|valuation|esops?|equity|relocation|allowance|budget|reimbursement|investment|arr|turnover|fees?|grant|prize|raised|seed|series)\b/i;
/** What may follow a bare "6-10 Lacs" for it to be pay: the end, punctuation, or a pay/period word. */
const LAKH_PHRASE_END = /^\s*(?:$|[.,;:)\]|/+•\-–]|(?:ctc|fixed|per|p\.?a\.?|pa|salary|package|annual|annually|yearly|gross|in[- ]hand|plus|inr|rupees|negotiable|onwards|approx|variable)(?![a-z]))/i;
/** Period words in a pay phrase before the amount: "Monthly stipend:", "Annual CTC". */
const MONTH_BEFORE = /\b(?:monthly|per\s+month|p\.?m\.?)\b[^.;\n]{0,25}$/i;
const YEAR_BEFORE = /\b(?:annual|yearly|per\s+annum|p\.?a\.?|ctc)\b[^.;\n]{0,25}$/i;

const ISO_CODES = new Set(['INR', 'USD', 'AUD', 'GBP', 'EUR', 'CAD', 'SGD', 'NZD', 'AED', 'CHF', 'JPY', 'HKD', 'SAR', 'QAR']);

const DOLLARS: Record<string, string> = { $: 'USD', US$: 'USD', A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', S$: 'SGD', SG$: 'SGD', NZ$: 'NZD', HK$: 'HKD' };

function currencyOf(marker: string | undefined): string | null {
  if (!marker) return null;
  const m = marker.replace(/\s+/g, '');
  if (/^(?:₹|rs\.?|rupees|inr)$/i.test(m)) return 'INR';
  if (m === '£') return 'GBP';
  if (m === '€') return 'EUR';
  const dollar = DOLLARS[m.toUpperCase()];
  if (dollar) return dollar;
  // Other codes only in capitals: "eur" or "usd" inside prose is not a currency.
  return ISO_CODES.has(m) ? m : null;
}

type Magnitude = 'lakh' | 'crore' | 'thousand' | 'million' | null;

function magnitudeOf(raw: string | undefined): Magnitude {
  const m = raw?.trim().toLowerCase();
  if (!m) return null;
  if (/^(?:lakhs?|lacs?|lpa|l\.p\.a\.?|l)$/.test(m)) return 'lakh';
  if (/^(?:crores?|cr)$/.test(m)) return 'crore';
  if (m === 'k') return 'thousand';
  return 'million';
}

const FACTOR: Record<Exclude<Magnitude, null>, number> = { lakh: 1e5, crore: 1e7, thousand: 1e3, million: 1e6 };

function num(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

/** Annual pay a person could plausibly be offered, in currency units. */
function plausible(currency: string, annual: number): boolean {
  if (!Number.isFinite(annual) || annual <= 0) return false;
  if (currency === 'INR') return annual >= 36_000 && annual <= 20e7;
  if (currency === 'JPY') return annual >= 500_000 && annual <= 300e6;
  return annual >= 5_000 && annual <= 3e6;
}

interface Candidate {
  pay: PostedPay;
  score: number;
  index: number;
}

/** Text before `index` within the same clause (cut at line breaks, bullets, semicolons, sentence ends). */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 60), index);
  const cut = Math.max(
    before.lastIndexOf('\n'),
    before.lastIndexOf(';'),
    before.lastIndexOf('|'),
    before.lastIndexOf('•'),
    before.search(/\.\s(?!.*\.\s)/),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function lastIndexOfMatch(re: RegExp, s: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

function candidateAt(text: string, m: RegExpExecArray): Candidate | null {
  const g = m.groups ?? {};
  const before = clauseBefore(text, m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);

  const prefixCurrencyRaw = g.c1 ?? g.c2;
  const currencyRaw = prefixCurrencyRaw ?? g.cs;
  const stated = currencyOf(currencyRaw);
  if (currencyRaw && !stated) return null; // "usd" in lower case, etc.
  const mag1 = magnitudeOf(g.m1);
  const mag2 = magnitudeOf(g.m2);
  const lakhish = mag1 === 'lakh' || mag1 === 'crore' || mag2 === 'lakh' || mag2 === 'crore';
  const perRaw = (g.per ?? g.per1)?.trim().toLowerCase() ?? '';
  const payWordBefore = PAY_WORD_BEFORE.test(before);
  const payWordAfter = PAY_WORD_AFTER.test(after);
  // "pm" alone is also a time of day: it sets a period but is not proof of pay.
  const periodCue = perRaw !== '' && !/^\(?\s*pm\)?$/.test(perRaw);

  if (!stated && !lakhish && !periodCue && !payWordBefore && !payWordAfter) return null;
  // Lakh and crore also count people and things: "1.2 lakh small businesses", "50 lakh customers".
  // Alone (no currency, LPA, period or pay word) they are pay only at the end of the phrase.
  const lpa = /lpa|l\.p\.a/i.test(`${g.m1 ?? ''}${g.m2 ?? ''}`);
  if (!stated && !lpa && !periodCue && !payWordBefore && !payWordAfter && !LAKH_PHRASE_END.test(after)) return null;

  // Named as something else: "health insurance cover of ₹5 lakh", "₹1 lakh joining bonus".
  const notPayAt = lastIndexOfMatch(NOT_PAY_BEFORE, before);
  if (notPayAt >= 0 && notPayAt > lastIndexOfMatch(PAY_WORD, before)) return null;
  if (NOT_PAY_AFTER.test(after)) return null;

  const currency = stated ?? 'INR';
  let period: 'year' | 'month' | null = null;
  if (/month|mensem|mon|mo|p\.\s?m|pcm|^\(?\s*pm/.test(perRaw)) period = 'month';
  else if (perRaw) period = 'year';
  else if (mag1 === 'lakh' && /lpa|l\.p\.a/i.test(g.m1 ?? '')) period = 'year';
  else if (/lpa|l\.p\.a/i.test(g.m2 ?? '')) period = 'year';
  else if (MONTH_BEFORE.test(before)) period = 'month';
  else if (YEAR_BEFORE.test(before) || payWordAfter) period = 'year';
  const periodStated = period !== null;
  const per: 'year' | 'month' = period ?? 'year';

  const raw1 = num(g.n1!);
  const raw2 = g.n2 !== undefined ? num(g.n2) : null;
  // A magnitude on the second number carries to the first ("12-16 Lacs", "6 to 9 lakhs"), unless the first is already larger.
  const f1 = mag1 ? FACTOR[mag1] : mag2 && raw2 !== null && raw1 <= raw2 ? FACTOR[mag2] : 1;
  const f2 = mag2 ? FACTOR[mag2] : mag1 ? FACTOR[mag1] : 1;
  const times = per === 'month' ? 12 : 1;
  const a = Math.round(raw1 * f1) * times;
  const b = raw2 === null ? null : Math.round(raw2 * f2) * times;

  if (!plausible(currency, a) || (b !== null && (!plausible(currency, b) || b < a))) return null;
  // An unmarked-period rupee figure under ₹1 lakh could as well be monthly: refuse to guess.
  if (currency === 'INR' && !periodStated && !lakhish && (b ?? a) < 1e5) return null;

  const lead = g.lead?.trim().toLowerCase() ?? '';
  const upTo = b === null && /^(?:up\s?to|upto|max|as\s+high)/.test(lead);
  const from = b === null && !upTo && (/^(?:from|starting|min|at\s+least)/.test(lead) || Boolean(g.p1 || g.q1));

  // A range states both ends; "up to X" only a ceiling; "from X" / "X+" only a floor; a lone figure both.
  const min = b !== null ? a : upTo ? null : a;
  const max = b !== null ? b : from ? null : a;

  let score = 0;
  if (payWordBefore || payWordAfter) score += 4;
  if (stated || lakhish) score += 2;
  if (b !== null) score += 1;

  return {
    pay: {
      currency,
      currencyStated: stated !== null,
      min,
      max,
      period: per,
      text: m[0].trim(),
      upTo,
    },
    score,
    index: m.index,
  };
}

/**
 * The pay stated in `text`, or null when none is. With several amounts, the
 * one introduced by a pay word ("CTC", "Salary") wins, then one with a
 * currency or lakh unit, then a range; ties go to the earliest.
 */
export function readPostedPay(text: string): PostedPay | null {
  if (typeof text !== 'string' || !text) return null;
  const s = text.slice(0, 20_000);
  let best: Candidate | null = null;
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(s); m; m = AMOUNT_RE.exec(s)) {
    if (m[0].length === 0) {
      AMOUNT_RE.lastIndex++;
      continue;
    }
    const c = candidateAt(s, m);
    if (c && (!best || c.score > best.score)) best = c;
  }
  return best?.pay ?? null;
}

// ---------------------------------------------------------------------------
// Where the job is.

const INDIA_PLACES = [
  'india', 'bharat', 'bengaluru', 'bangalore', 'mumbai', 'bombay', 'navi mumbai', 'thane', 'pune', 'hyderabad',
  'secunderabad', 'chennai', 'madras', 'gurugram', 'gurgaon', 'noida', 'greater noida', 'delhi', 'new delhi', 'ncr',
  'delhi ncr', 'kolkata', 'calcutta', 'ahmedabad', 'gandhinagar', 'kochi', 'cochin', 'trivandrum', 'thiruvananthapuram',
  'coimbatore', 'jaipur', 'chandigarh', 'mohali', 'panchkula', 'indore', 'bhopal', 'nagpur', 'lucknow', 'vadodara',
  'baroda', 'surat', 'mysuru', 'mysore', 'mangaluru', 'mangalore', 'visakhapatnam', 'vizag', 'vijayawada',
  'bhubaneswar', 'goa', 'dehradun', 'patna', 'ranchi', 'guwahati', 'nashik', 'madurai', 'kanpur', 'faridabad',
  'ghaziabad', 'hubli', 'belgaum', 'belagavi', 'karnataka', 'maharashtra', 'tamil nadu', 'telangana', 'kerala',
  'gujarat', 'haryana', 'uttar pradesh', 'west bengal', 'rajasthan', 'andhra pradesh', 'odisha', 'madhya pradesh',
];

const ABROAD_PLACES = [
  // Countries and regions.
  'united states', 'united states of america', 'north america', 'south america', 'latin america', 'canada', 'united kingdom', 'england', 'scotland', 'wales',
  'ireland', 'germany', 'france', 'netherlands', 'belgium', 'spain', 'portugal', 'italy', 'switzerland', 'austria',
  'poland', 'czech republic', 'czechia', 'romania', 'ukraine', 'sweden', 'norway', 'denmark', 'finland', 'europe',
  'australia', 'new zealand', 'singapore', 'malaysia', 'indonesia', 'philippines', 'vietnam', 'thailand', 'japan',
  'china', 'hong kong', 'taiwan', 'south korea', 'korea', 'united arab emirates', 'saudi arabia', 'qatar', 'bahrain',
  'kuwait', 'oman', 'israel', 'egypt', 'south africa', 'kenya', 'nigeria', 'brazil', 'mexico', 'argentina', 'colombia',
  'chile', 'sri lanka', 'bangladesh', 'nepal', 'pakistan', 'latam', 'emea',
  // Cities.
  'new york', 'new york city', 'san francisco', 'bay area', 'silicon valley', 'seattle', 'austin', 'boston', 'chicago',
  'los angeles', 'denver', 'atlanta', 'dallas', 'houston', 'miami', 'san jose', 'toronto', 'vancouver', 'montreal',
  'ottawa', 'calgary', 'london', 'manchester', 'edinburgh', 'glasgow', 'cambridge', 'dublin', 'berlin', 'munich',
  'hamburg', 'frankfurt', 'amsterdam', 'rotterdam', 'paris', 'madrid', 'barcelona', 'lisbon', 'stockholm', 'zurich',
  'geneva', 'vienna', 'warsaw', 'krakow', 'prague', 'copenhagen', 'oslo', 'helsinki', 'melbourne', 'sydney',
  'brisbane', 'perth', 'adelaide', 'canberra', 'auckland', 'wellington', 'dubai', 'abu dhabi', 'riyadh', 'doha',
  'tokyo', 'shanghai', 'beijing', 'shenzhen', 'kuala lumpur', 'manila', 'jakarta', 'ho chi minh', 'bangkok', 'seoul',
  'tel aviv', 'sao paulo', 'são paulo', 'mexico city', 'cape town', 'johannesburg', 'nairobi', 'lagos', 'cairo',
  'colombo', 'dhaka', 'karachi', 'lahore', 'kathmandu',
  // States and provinces.
  'california', 'texas', 'washington', 'massachusetts', 'illinois', 'colorado', 'new jersey', 'florida', 'ontario',
  'british columbia', 'quebec', 'new south wales', 'queensland', 'victoria, australia', 'bavaria',
];

/** Written in capitals as a word: "Remote (US)", "London, UK". */
const ABROAD_CODES = /(?:^|[^A-Za-z])(?:USA|US|U\.S\.A?\.?|UK|U\.K\.|UAE|EU|NYC|SF)(?![A-Za-z])/;
/** A US state after a comma: "Austin, TX". Codes that are also Indian state codes (AR, CT, GA, IN, LA, MN, OR, TN, UT) are left out. */
const US_STATE_AFTER_COMMA =
  /,\s*(?:AL|AK|AZ|CA|CO|DE|FL|HI|ID|IL|IA|KS|KY|ME|MD|MA|MI|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|PA|RI|SC|SD|TX|VT|VA|WA|WV|WI|WY|DC)\b(?!\s*,?\s*India)/;

function wordsRe(words: readonly string[]): RegExp {
  const alt = [...words].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}])(?:${alt.join('|')})(?![\\p{L}])`, 'iu');
}

const INDIA_RE = wordsRe(INDIA_PLACES);
const ABROAD_RE = wordsRe(ABROAD_PLACES);

/**
 * True when the job is outside India: the pay is in another currency, or the
 * location names a place abroad and no Indian one. Unknown → false.
 */
export function isOutsideIndia(location: string | null, pay: PostedPay | null): boolean {
  if (pay && pay.currency !== 'INR') return true;
  const loc = (location ?? '').trim();
  if (!loc) return false;
  if (INDIA_RE.test(loc)) return false;
  return ABROAD_RE.test(loc) || ABROAD_CODES.test(loc) || US_STATE_AFTER_COMMA.test(loc);
}
