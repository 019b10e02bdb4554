/**
 * A scheduled interview as stored (storage.local, owned by the background),
 * and the one set of checks for what a panel sends. Everything a user typed
 * or a page showed is untrusted: `checkInterviewInput` returns a clean copy
 * holding only known fields, or a sentence saying what is wrong.
 */
import { ROLES, type Role } from '@/data/schema';
import { POSTING_LIMITS } from '@/utils/posting/limits';
import { QUESTION_ID_MAX_LENGTH } from '@/utils/review/limits';

/** The posting an interview is for, as it was when the interview was scheduled. */
export interface InterviewPosting {
  site: string;
  url: string;
  title: string;
  company: string | null;
  role: Role;
}

export interface Interview {
  /** 'iv-' followed by a random id. */
  id: string;
  /** When it starts (epoch ms). */
  at: number;
  /** The https link of the call, if the user gave one. */
  meetingLink: string | null;
  posting: InterviewPosting;
  /**
   * The posting's questions, best first, when it was scheduled: the call view
   * shows which of them are bookmarked and their STAR stories.
   */
  questionIds: string[];
  createdAt: number;
  updatedAt: number;
}

export interface InterviewInput {
  at: number;
  meetingLink: string | null;
  posting: InterviewPosting;
  questionIds: string[];
}

/** What "Edit" can change. */
export interface InterviewChanges {
  at?: number;
  meetingLink?: string | null;
}

/** Interviews kept at once: a job hunt's worth. */
export const INTERVIEWS_MAX = 50;
/** Question ids kept per interview. */
export const INTERVIEW_QUESTIONS_MAX = 40;
/** How far ahead an interview can be scheduled. */
export const SCHEDULE_AHEAD_MAX_MS = 366 * 24 * 60 * 60 * 1000;
/** A meeting link's length. */
export const MEETING_LINK_MAX_LENGTH = 2048;

/** A plausible epoch-ms time (as utils/review/records.ts checks it; not imported from there, which would bring the FSRS scheduler into the panel's first chunk). */
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 8.64e15;
const isQuestionId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= QUESTION_ID_MAX_LENGTH;

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ID = /^iv-[A-Za-z0-9_-]{1,64}$/;
export const isInterviewId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);

export function newInterviewId(): string {
  return `iv-${crypto.randomUUID().replaceAll('-', '')}`;
}

/**
 * The meeting link as stored: an https URL, trimmed. A link typed without its
 * scheme ("meet.google.com/abc-defg-hij") gets https://. Empty means none.
 */
export function normalizeMeetingLink(text: string): Checked<string | null> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  if (trimmed.length > MEETING_LINK_MAX_LENGTH)
    return { ok: false, problem: `The meeting link can be at most ${MEETING_LINK_MAX_LENGTH} characters.` };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return {
      ok: false,
      problem: 'That meeting link is not a web address. Paste the link from the invitation, e.g. https://meet.google.com/abc-defg-hij.',
    };
  }
  if (url.protocol !== 'https:' || !url.hostname.includes('.'))
    return { ok: false, problem: 'The meeting link must be an https:// address, e.g. https://meet.google.com/abc-defg-hij.' };
  return { ok: true, value: url.href };
}

/** Checks a start time: a real time, in the future (`now`), at most a year ahead. */
export function checkStart(at: unknown, now: number): Checked<number> {
  if (!isTime(at)) return { ok: false, problem: 'Choose the date and time of the interview.' };
  if (at <= now) return { ok: false, problem: 'That time has already passed. Choose a time in the future.' };
  if (at > now + SCHEDULE_AHEAD_MAX_MS) return { ok: false, problem: 'Choose a time within the next year.' };
  return { ok: true, value: Math.round(at) };
}

const text = (v: unknown, max: number): string | null => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null);

function checkPosting(v: unknown): Checked<InterviewPosting> {
  if (typeof v !== 'object' || v === null) return { ok: false, problem: 'An interview needs the posting it is for.' };
  const p = v as Record<string, unknown>;
  const site = text(p.site, POSTING_LIMITS.site);
  const url = text(p.url, POSTING_LIMITS.url);
  const title = text(p.title, POSTING_LIMITS.title);
  if (!site || !url || !title) return { ok: false, problem: 'An interview needs the posting it is for.' };
  if (!(ROLES as readonly unknown[]).includes(p.role)) return { ok: false, problem: 'An interview needs the posting’s role.' };
  return { ok: true, value: { site, url, title, company: text(p.company, POSTING_LIMITS.company), role: p.role as Role } };
}

function checkLink(v: unknown): Checked<string | null> {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v !== 'string') return { ok: false, problem: 'The meeting link must be text.' };
  return normalizeMeetingLink(v);
}

export function checkInterviewInput(v: unknown, now: number): Checked<InterviewInput> {
  if (typeof v !== 'object' || v === null) return { ok: false, problem: 'Invalid interview.' };
  const input = v as Record<string, unknown>;
  const at = checkStart(input.at, now);
  if (!at.ok) return at;
  const link = checkLink(input.meetingLink);
  if (!link.ok) return link;
  const posting = checkPosting(input.posting);
  if (!posting.ok) return posting;
  const ids = Array.isArray(input.questionIds) ? input.questionIds.filter(isQuestionId) : [];
  return {
    ok: true,
    value: {
      at: at.value,
      meetingLink: link.value,
      posting: posting.value,
      questionIds: [...new Set(ids)].slice(0, INTERVIEW_QUESTIONS_MAX),
    },
  };
}

export function checkInterviewChanges(v: unknown, now: number): Checked<InterviewChanges> {
  if (typeof v !== 'object' || v === null) return { ok: false, problem: 'Invalid change.' };
  const input = v as Record<string, unknown>;
  const changes: InterviewChanges = {};
  if (input.at !== undefined) {
    const at = checkStart(input.at, now);
    if (!at.ok) return at;
    changes.at = at.value;
  }
  if (input.meetingLink !== undefined) {
    const link = checkLink(input.meetingLink);
    if (!link.ok) return link;
    changes.meetingLink = link.value;
  }
  return { ok: true, value: changes };
}

/** A stored record read back: kept only if it still has the shape we wrote (storage is the user's, and may be old). */
export function isInterview(v: unknown): v is Interview {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isInterviewId(r.id) &&
    isTime(r.at) &&
    (r.meetingLink === null || typeof r.meetingLink === 'string') &&
    checkPosting(r.posting).ok &&
    Array.isArray(r.questionIds) &&
    r.questionIds.every(isQuestionId) &&
    isTime(r.createdAt) &&
    isTime(r.updatedAt)
  );
}
