/**
 * What a content script learns about the page it runs on. Everything here came
 * from a web page, so it is untrusted: validated by `validatePosting` before use
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
