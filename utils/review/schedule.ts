/**
 * Spaced-review scheduling: a thin, pure layer over ts-fsrs (the FSRS
 * algorithm, as in Anki). Nothing here touches storage or the clock: every
 * function takes `now`, so the same inputs always give the same schedule.
 *
 * Cards are stored as plain JSON (`StoredCard`: dates as epoch ms, state as a
 * word) and converted to and from ts-fsrs `Card` objects only here.
 *
 * Choices:
 * - Desired retention defaults to 0.9 and can be set from 0.80 to 0.95; a
 *   number outside that range is clamped, anything that is not a finite
 *   number is refused (RangeError).
 * - Fuzz is OFF: ts-fsrs would otherwise spread review intervals randomly by a
 *   few percent. Off, a rating always gives the same due date, which keeps the
 *   tests' known values exact and the preview honest (the interval shown is the
 *   interval you get). The cost is that cards rated together stay together.
 * - Short-term learning steps are ts-fsrs's defaults (1 min, 10 min; relearning
 *   10 min), the maximum interval its default (100 years).
 * - "Mastered" = in review (graduated from learning) with stability of at least
 *   21 days, i.e. FSRS expects you to still recall it three weeks on
 *   (Anki calls a card with an interval of 21 days or more "mature").
 */
import { fsrs, createEmptyCard, Rating, State, type Card, type FSRS, type Grade } from 'ts-fsrs';

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof RATINGS)[number];

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardStateName = (typeof CARD_STATES)[number];

/** What `cardState` sorts a card into (for counts and badges). */
export const CARD_BUCKETS = ['new', 'learning', 'due', 'mastered'] as const;
export type CardBucket = (typeof CARD_BUCKETS)[number];

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.8;
export const MAX_RETENTION = 0.95;
/** Stability (days) from which a review card counts as mastered. */
export const MASTERED_STABILITY_DAYS = 21;

/** An FSRS card as stored in IndexedDB and in export files: JSON only. */
export interface StoredCard {
  /** When the card is next due (ms since epoch). */
  due: number;
  /** FSRS memory stability, in days. */
  stability: number;
  /** FSRS difficulty, 1 to 10 (0 before the first rating). */
  difficulty: number;
  /** Days between the last review and `due` (0 while learning). */
  scheduledDays: number;
  /** Which short-term (re)learning step the card is at. */
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  /** When it was last rated (ms since epoch), null when never. */
  lastReview: number | null;
}

/** What one rating did; enough to show history and to undo it. */
export interface RatingLog {
  rating: ReviewRating;
  reviewedAt: number;
  before: StoredCard;
  after: StoredCard;
}

export interface PreviewItem {
  due: Date;
  /** Human interval until `due`, e.g. "in 10 minutes", "in 4 days", "in 2 months". */
  intervalText: string;
}
export type RatingPreview = Record<ReviewRating, PreviewItem>;
/** The same with `due` as epoch ms, for replies that cross the message channel (Chrome serializes a Date to a string). */
export type RatingPreviewJson = Record<ReviewRating, { due: number; intervalText: string }>;

type TimeInput = Date | number;
const ms = (t: TimeInput): number => (typeof t === 'number' ? t : t.getTime());

const GRADE: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const STATE_TO_FSRS: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const STATE_FROM_FSRS: Record<State, CardStateName> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

/**
 * The retention to schedule with: 0.9 when not given, clamped to 0.80–0.95.
 * Throws RangeError for anything that is not a finite number.
 */
export function normalizeRetention(retention: number = DEFAULT_RETENTION): number {
  if (typeof retention !== 'number' || !Number.isFinite(retention)) {
    throw new RangeError('Desired retention must be a number between 0.80 and 0.95.');
  }
  return Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, retention));
}

const schedulers = new Map<number, FSRS>();
function scheduler(retention: number | undefined): FSRS {
  const r = normalizeRetention(retention);
  let f = schedulers.get(r);
  if (!f) {
    f = fsrs({ request_retention: r, enable_fuzz: false });
    schedulers.set(r, f);
  }
  return f;
}

export function toFsrsCard(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review when rating.
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_TO_FSRS[card.state],
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

export function fromFsrsCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_FROM_FSRS[card.state],
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** A card never reviewed, due `now`. */
export function newCard(now: TimeInput): StoredCard {
  return fromFsrsCard(createEmptyCard(new Date(ms(now))));
}

/** Rates a card at `now`. Pure: returns the next card and a log of the change. */
export function rate(
  card: StoredCard,
  rating: ReviewRating,
  now: TimeInput,
  retention: number = DEFAULT_RETENTION,
): { card: StoredCard; log: RatingLog } {
  const grade = GRADE[rating];
  if (grade === undefined) throw new RangeError(`Unknown rating "${String(rating)}".`);
  const at = ms(now);
  const next = fromFsrsCard(scheduler(retention).next(toFsrsCard(card), new Date(at), grade).card);
  return { card: next, log: { rating, reviewedAt: at, before: card, after: next } };
}

/** When each rating would make the card due next, with the interval in words. */
export function preview(card: StoredCard, now: TimeInput, retention: number = DEFAULT_RETENTION): RatingPreview {
  const at = ms(now);
  const outcomes = scheduler(retention).repeat(toFsrsCard(card), new Date(at));
  const result = {} as RatingPreview;
  for (const rating of RATINGS) {
    const due = outcomes[GRADE[rating]].card.due;
    result[rating] = { due, intervalText: intervalText(due.getTime() - at) };
  }
  return result;
}

/** `preview` with due dates as epoch ms. */
export function previewJson(card: StoredCard, now: TimeInput, retention: number = DEFAULT_RETENTION): RatingPreviewJson {
  const p = preview(card, now, retention);
  const result = {} as RatingPreviewJson;
  for (const rating of RATINGS) result[rating] = { due: p[rating].due.getTime(), intervalText: p[rating].intervalText };
  return result;
}

export function isDue(card: StoredCard, now: TimeInput): boolean {
  return card.due <= ms(now);
}

/**
 * new: never rated. learning: in (re)learning steps. mastered: in review with
 * stability ≥ 21 days. due: in review, not yet mastered (on the review
 * schedule, whether or not it is due at this moment; use `isDue` for that).
 */
export function cardState(card: StoredCard): CardBucket {
  switch (card.state) {
    case 'new':
      return 'new';
    case 'learning':
    case 'relearning':
      return 'learning';
    default:
      return card.stability >= MASTERED_STABILITY_DAYS ? 'mastered' : 'due';
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * An interval in words, as Anki shows on its buttons: "in 1 minute",
 * "in 10 minutes", "in 3 hours", "in 1 day", "in 4 days", "in 2 months",
 * "in 1.5 months", "in 1.2 years". Months are 30 days, years 365 days.
 */
export function intervalText(milliseconds: number): string {
  const unit = (n: number, word: string) => `in ${n} ${word}${n === 1 ? '' : 's'}`;
  const oneDecimal = (n: number) => Math.round(n * 10) / 10;
  if (milliseconds <= 0) return 'now';
  const minutes = Math.round(milliseconds / MINUTE);
  if (minutes < 1) return 'in under a minute';
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.round(milliseconds / HOUR);
  if (hours < 24) return unit(hours, 'hour');
  const days = Math.round(milliseconds / DAY);
  if (days < 30) return unit(days, 'day');
  const months = oneDecimal(days / 30);
  if (months < 12) return unit(months, 'month');
  return unit(oneDecimal(days / 365), 'year');
}
