/**
 * Local calendar days for review statistics. A "day" is the user's local
 * day (the time zone of the browser), so a review at 23:30 and one at 00:30
 * fall on different days even when under an hour apart. Built with the
 * `Date(y, m, d)` constructor, so days with a DST change (23 or 25 hours)
 * are still one day each.
 */

/** Start (ms) of the local day holding `t`. */
export function startOfLocalDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Start (ms) of the local day `n` days after (negative: before) the day holding `t`. */
export function addLocalDays(t: number, n: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n).getTime();
}

/** The local date of `t` as YYYY-MM-DD. */
export function localDayKey(t: number): string {
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
