/** Posted pay as a page shows it (text). */
import { POSTING_LIMITS } from './limits';
import { cap, cleanText } from './text';

/** Salary text as shown, or null when the page hides it ("Not disclosed", "Competitive"). */
export function parseSalary(text: unknown): string | null {
  const s = cleanText(text).replace(/^salary\s*[:-]?\s*/i, '');
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
