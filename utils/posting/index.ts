/**
 * The job posting (or call) a page shows: its types, how it is read from a
 * page, and the one validator both the content script and the background use.
 */
export type { CallPage, ExperienceRange, JobPosting, PageContext, PostingFields, ReportedPage, ReportedPosting } from './types';
export { POSTING_LIMITS } from './limits';
export { cleanText, htmlToText } from './text';
export { formatExperience, parseExperience } from './experience';
export { groupDigits, parseSalary } from './salary-text';
export { readJobPostingJsonLd } from './json-ld';
export { readPosting, type DomSelectors } from './read-posting';
export { interpretPosting, sanitizeContext, validateCall, validatePosting } from './validate';
