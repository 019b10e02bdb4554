/** Posted pay as a page shows it (text). */
import { POSTING_LIMITS } from './limits';
import { cap, cleanText } from './text';

/** How a content script reports a schema.org salary: its numbers as text, formatted here (see `jsonLdSalary`). */
export const LD_PAY = 'schema.org:';

const PER: Record<string, string> = { YEAR: ' a year', MONTH: ' a month', WEEK: ' a week', DAY: ' a day', HOUR: ' an hour' };

/** "schema.org:INR 1200000 1600000 YEAR" → "₹12,00,000 – ₹16,00,000 a year"; null when it is not that shape. */
function formatLdPay(s: string): string | null {
  const m = /^schema\.org:(\w*) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: (\w+))?$/.exec(s);
  if (!m) return null;
  const cur = m[1]!.toUpperCase();
  const [min, max] = [Number(m[2]), Number(m[3])];
  const sym = cur === 'INR' ? '₹' : cur === 'USD' ? '$' : cur ? cur + ' ' : '';
  const fmt = (n: number) => sym + groupDigits(Math.round(n), cur === 'INR');
  if (!min && !max) return null;
  const amount = min && max && max !== min ? `${fmt(min)} – ${fmt(max)}` : fmt(min || max);
  return cap(amount + (PER[(m[4] ?? '').toUpperCase()] ?? ''), POSTING_LIMITS.salary);
}

/** Salary text as shown, or null when the page hides it ("Not disclosed", "Competitive"). */
export function parseSalary(text: unknown): string | null {
  const raw = cleanText(text);
  if (raw.startsWith(LD_PAY)) return formatLdPay(raw);
  const s = raw.replace(/^salary\s*[:-]?\s*/i, '');
  if (
    !/\d/.test(s) ||
    /not\s*disclosed|undisclosed|competitive|negotiable|as per (?:industry|company)|best in (?:the )?industry/i.test(s)
  ) {
    return null;
  }
  return cap(s, POSTING_LIMITS.salary);
}

/**
 * 1200000 -> "12,00,000" (Indian grouping) or "1,200,000". By hand, because the
 * first `toLocaleString` on a page loads the browser's number formatting:
 * 30-120 ms on the page's main thread (measured by the benchmark on Indeed).
 */
export function groupDigits(n: number, indian: boolean): string {
  const digits = String(Math.abs(n));
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3);
  const head = rest.replace(indian ? /\B(?=(\d{2})+$)/g : /\B(?=(\d{3})+$)/g, ',');
  return (n < 0 ? '-' : '') + (rest ? `${head},${last3}` : last3);
}
