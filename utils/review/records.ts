/**
 * The records of spaced review as stored in IndexedDB and in export files,
 * and the one set of checks for them. The database (utils/bookmarks-db.ts)
 * runs these on every write and the importer (utils/bookmark-file.ts) on
 * every record of a file, so both refuse the same things with the same words.
 *
 * A check returns `{ ok: true, value }` (a clean copy holding only known
 * fields) or `{ ok: false, problem }`, where `problem` is a lower-case phrase
 * such as "the question text can be at most 500 characters".
 */
import {
  COMPANY_MAX_LENGTH,
  DRAFT_FIELD_MAX_LENGTH,
  LABEL_MAX_LENGTH,
  MOCK_ITEM_MAX_SECONDS,
  MOCK_ROUND_MAX_ITEMS,
  OWN_QUESTION_NOTES_MAX_LENGTH,
  OWN_QUESTION_TEXT_MAX_LENGTH,
  POSTING_TITLE_MAX_LENGTH,
  QUESTION_ID_MAX_LENGTH,
} from './limits';
import { CARD_STATES, RATINGS, type CardStateName, type ReviewRating, type StoredCard } from './schedule';

/** A question's FSRS card, keyed by the question's id. */
export interface CardRecord extends StoredCard {
  questionId: string;
}

/**
 * One rating. `before`/`after` are the card either side of it, so the newest
 * rating can be undone; entries that came from an import file have neither
 * (export files keep only what, when and how) and cannot be undone.
 */
export interface ReviewLogEntry {
  /** Assigned by the store (auto-increment); absent before the first write. */
  id?: number;
  questionId: string;
  rating: ReviewRating;
  reviewedAt: number;
  before: StoredCard | null;
  after: StoredCard | null;
}

export const STAR_FIELDS = ['situation', 'task', 'action', 'result'] as const;
export type StarField = (typeof STAR_FIELDS)[number];
export type StarFields = Record<StarField, string>;

/** A STAR answer being written for a question. */
export interface Draft extends StarFields {
  questionId: string;
  updatedAt: number;
}

/** A question you were asked (or expect) and added yourself. */
export interface OwnQuestion {
  /** 'own-' followed by a random id. */
  id: string;
  text: string;
  notes: string;
  role: string;
  category: string;
  company?: string;
  /** Local calendar date, YYYY-MM-DD. */
  askedOn?: string;
  createdAt: number;
  updatedAt: number;
}

export interface OwnQuestionInput {
  text: string;
  notes?: string;
  role: string;
  category: string;
  company?: string;
  askedOn?: string;
}

/** Changes to an own question; `null` clears company or askedOn. */
export interface OwnQuestionChanges {
  text?: string;
  notes?: string;
  role?: string;
  category?: string;
  company?: string | null;
  askedOn?: string | null;
}

export interface MockRoundItem {
  questionId: string;
  rating: ReviewRating;
  seconds: number;
}

/** A timed practice round run against a posting. */
export interface MockRound {
  /** Assigned by the store (auto-increment). */
  id?: number;
  at: number;
  postingTitle: string;
  company: string;
  role: string;
  items: MockRoundItem[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const okay = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(problem: string): Checked<T> => ({ ok: false, problem });

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A plausible epoch-ms time: finite, after 1970, before the end of JS dates. */
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 8.64e15;

const OWN_ID = /^own-[A-Za-z0-9_-]{1,64}$/;
export const isOwnQuestionId = (id: unknown): id is string => typeof id === 'string' && OWN_ID.test(id);

export function isQuestionId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= QUESTION_ID_MAX_LENGTH;
}

export function isRating(v: unknown): v is ReviewRating {
  return RATINGS.includes(v as ReviewRating);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const count = (v: unknown, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const real = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

/** An FSRS card from storage or a file. */
export function checkCard(raw: unknown): Checked<StoredCard> {
  if (!isRecord(raw)) return fail('its card is not an object');
  const { due, stability, difficulty, scheduledDays, learningSteps, reps, lapses, state, lastReview } = raw;
  if (!isTime(due)) return fail('its card has no valid due date');
  if (!real(stability, 0, 1e6)) return fail('its card has an invalid stability');
  if (!real(difficulty, 0, 10)) return fail('its card has an invalid difficulty');
  if (!count(scheduledDays, 1e6)) return fail('its card has an invalid interval');
  if (!count(learningSteps, 1000)) return fail('its card has an invalid learning step');
  if (!count(reps, 1e7) || !count(lapses, 1e7)) return fail('its card has an invalid review count');
  if (!CARD_STATES.includes(state as CardStateName)) return fail('its card has an unknown state');
  if (lastReview !== null && lastReview !== undefined && !isTime(lastReview)) return fail('its card has an invalid last review date');
  return okay({
    due,
    stability: stability as number,
    difficulty: difficulty as number,
    scheduledDays: scheduledDays as number,
    learningSteps: learningSteps as number,
    reps: reps as number,
    lapses: lapses as number,
    state: state as CardStateName,
    lastReview: isTime(lastReview) ? lastReview : null,
  });
}

function text(v: unknown, name: string, max: number, { required = false } = {}): string | null {
  if (typeof v !== 'string') return `${name} is not text`;
  if (required && v.trim().length === 0) return `${name} is empty`;
  if (v.length > max) return `${name} can be at most ${max} characters`;
  return null;
}

/** Draft fields; with `partial`, only the ones present (a save merges them into the stored draft). */
export function checkDraftFields(raw: unknown, partial: boolean): Checked<Partial<StarFields>> {
  if (!isRecord(raw)) return fail('the draft is not an object');
  const out: Partial<StarFields> = {};
  for (const field of STAR_FIELDS) {
    const v = raw[field];
    if (v === undefined) {
      if (!partial) out[field] = '';
      continue;
    }
    const problem = text(v, `the ${field}`, DRAFT_FIELD_MAX_LENGTH);
    if (problem) return fail(problem);
    out[field] = v as string;
  }
  return okay(out);
}

/** All fields of a new own question (notes default to ''). */
export function checkOwnQuestionInput(raw: unknown): Checked<Omit<OwnQuestion, 'id' | 'createdAt' | 'updatedAt'>> {
  if (!isRecord(raw)) return fail('the question is not an object');
  const changes = checkOwnQuestionChanges({ ...raw, notes: raw.notes ?? '' });
  if (!changes.ok) return changes;
  const c = changes.value;
  if (c.text === undefined) return fail('the question text is missing');
  if (c.role === undefined) return fail('the role is missing');
  if (c.category === undefined) return fail('the category is missing');
  return okay({
    text: c.text,
    notes: c.notes ?? '',
    role: c.role,
    category: c.category,
    ...(c.company ? { company: c.company } : {}),
    ...(c.askedOn ? { askedOn: c.askedOn } : {}),
  });
}

/** The fields given of an own question. */
export function checkOwnQuestionChanges(raw: unknown): Checked<OwnQuestionChanges> {
  if (!isRecord(raw)) return fail('the question is not an object');
  const { text: t, notes, role, category, company, askedOn } = raw;
  const out: OwnQuestionChanges = {};
  const problem =
    (t !== undefined && text(t, 'the question text', OWN_QUESTION_TEXT_MAX_LENGTH, { required: true })) ||
    (notes !== undefined && text(notes, 'the notes', OWN_QUESTION_NOTES_MAX_LENGTH)) ||
    (role !== undefined && text(role, 'the role', LABEL_MAX_LENGTH, { required: true })) ||
    (category !== undefined && text(category, 'the category', LABEL_MAX_LENGTH, { required: true })) ||
    (company !== undefined && company !== null && text(company, 'the company', COMPANY_MAX_LENGTH)) ||
    (askedOn !== undefined && askedOn !== null && askedOn !== '' && !isIsoDate(askedOn) && 'the date asked is not a date (YYYY-MM-DD)');
  if (problem) return fail(problem);
  if (t !== undefined) out.text = (t as string).trim();
  if (notes !== undefined) out.notes = notes as string;
  if (role !== undefined) out.role = (role as string).trim();
  if (category !== undefined) out.category = (category as string).trim();
  if (company !== undefined) out.company = company === null || (company as string).trim() === '' ? null : (company as string).trim();
  if (askedOn !== undefined) out.askedOn = askedOn === null || askedOn === '' ? null : (askedOn as string);
  return okay(out);
}

/** A mock round to store (its id is assigned by the store). */
export function checkMockRound(raw: unknown): Checked<Omit<MockRound, 'id'>> {
  if (!isRecord(raw)) return fail('the mock round is not an object');
  const { at, postingTitle, company, role, items } = raw;
  if (!isTime(at)) return fail('the mock round has no valid date');
  const problem =
    text(postingTitle, 'the posting title', POSTING_TITLE_MAX_LENGTH) ||
    text(company, 'the company', COMPANY_MAX_LENGTH) ||
    text(role, 'the role', LABEL_MAX_LENGTH);
  if (problem) return fail(problem);
  if (!Array.isArray(items)) return fail('the mock round has no list of questions');
  if (items.length > MOCK_ROUND_MAX_ITEMS) return fail(`a mock round can hold at most ${MOCK_ROUND_MAX_ITEMS} questions`);
  const clean: MockRoundItem[] = [];
  for (const [i, item] of items.entries()) {
    if (!isRecord(item) || !isQuestionId(item.questionId)) return fail(`question ${i + 1} of the mock round has no valid question id`);
    if (!isRating(item.rating)) return fail(`question ${i + 1} of the mock round has an unknown rating`);
    if (!real(item.seconds, 0, MOCK_ITEM_MAX_SECONDS)) return fail(`question ${i + 1} of the mock round has an invalid time`);
    clean.push({ questionId: item.questionId, rating: item.rating, seconds: item.seconds as number });
  }
  return okay({
    at,
    postingTitle: postingTitle as string,
    company: company as string,
    role: role as string,
    items: clean,
  });
}
