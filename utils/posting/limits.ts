/**
 * The one set of limits on a posting's fields, used by the content script when
 * it reads a page and by the background when it re-checks what arrived
 * (utils/posting/validate.ts). Descriptions longer than this are cut: nothing
 * a user can open is longer, and every consumer (ranking, storage) is sized
 * for it.
 */
export const POSTING_LIMITS = {
  site: 40,
  url: 2048,
  title: 200,
  company: 120,
  location: 120,
  salary: 80,
  experience: 120,
  /** A posting needs at least this much description to count as one. */
  minDescription: 80,
  description: 60_000,
  /** Years of experience above this are a parsing accident, not a requirement. */
  maxYears: 50,
  meetingId: 200,
  service: 60,
} as const;
