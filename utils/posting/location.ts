import { cleanText } from './text';

/** "Bengaluru, Karnataka, India · 2 days ago" → "Bengaluru"; other text is kept as shown. */
export function cityOf(location: string): string {
  const s = cleanText(location.split(/[·|]/)[0]);
  return /^([^,]+),(?:[^,]+,)?\s*India\b/i.exec(s)?.[1]?.trim() ?? s;
}
