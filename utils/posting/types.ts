/**
 * What a content script learns about the page it runs on. Everything here came
 * from a web page, so it is untrusted: validated by `validatePosting` (utils/posting/validate.ts) before use
 * and only ever rendered as text.
 */

export interface ExperienceRange {
  /** Minimum years asked. */
  min: number;
  /** Maximum years, or null for "N+ years". */
  max: number | null;
}

export interface JobPosting {
  /** Detector id of the site, e.g. "linkedin". */
  site: string;
  url: string;
  title: string;
  company: string | null;
  /** City (or "Remote"), as shown. */
  location: string | null;
  experience: ExperienceRange | null;
  /** Posted salary text as shown, e.g. "12-16 Lacs P.A."; null when not disclosed. */
  salary: string | null;
  /** Plain-text description. */
  description: string;
}

export interface CallPage {
  /** Detector id, e.g. "google-meet". */
  site: string;
  url: string;
  /** Human name of the service, e.g. "Google Meet". */
  service: string;
  /** Stable id of the meeting (used to keep checklist ticks per meeting). */
  meetingId: string;
}

export type PageContext = { kind: 'job'; posting: JobPosting } | { kind: 'call'; call: CallPage };

/**
 * What a content script reports of a posting: the page's own text, capped and
 * whitespace-normalised by `validatePosting`, nothing interpreted. The
 * background turns it into a `JobPosting` (`interpretPosting`), so the parsing
 * of experience and pay never ships to the page.
 */
export interface ReportedPosting {
  site: string;
  url: string;
  title: string;
  company: string | null;
  location: string | null;
  /** Texts that may state the experience asked, strongest source first (JSON-LD, the site's field). */
  experience: string[];
  /** Posted pay as shown, or null. */
  salary: string | null;
  description: string;
}

/** Fields read from a page before validation; any may be missing. */
export interface PostingFields {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  experience?: (string | null | undefined)[];
  salary?: string | null;
  description?: string | null;
}

/** A page context as a content script reports it (see ReportedPosting). */
export type ReportedPage = { kind: 'job'; posting: ReportedPosting } | { kind: 'call'; call: CallPage };
