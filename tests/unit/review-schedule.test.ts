/**
 * FSRS scheduling through ts-fsrs, fuzz off. The expected dates below are
 * known values: produced once by ts-fsrs 5.4.2 (FSRS-6 default weights,
 * learning steps 1m/10m, relearning 10m) and checked for sense (Again <
 * Hard < Good < Easy; intervals grow with each Good; lower retention gives
 * longer intervals). A change in ts-fsrs that moves them shows up here.
 */
import {
  DEFAULT_RETENTION,
  MASTERED_STABILITY_DAYS,
  cardState,
  fromFsrsCard,
  intervalText,
  isDue,
  newCard,
  normalizeRetention,
  preview,
  previewJson,
  rate,
  toFsrsCard,
  type ReviewRating,
  type StoredCard,
} from '@/utils/review/schedule';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

/** Rates a new card (made at T0) through `steps`, each at the time given (ms) or at the card's due date. */
function run(steps: [ReviewRating, number | 'at due'][], retention = DEFAULT_RETENTION): StoredCard[] {
  let card = newCard(T0);
  return steps.map(([rating, at]) => (card = rate(card, rating, at === 'at due' ? card.due : at, retention).card));
}

describe('newCard', () => {
  it('is a never-reviewed card due at once, stored as plain JSON', () => {
    const card = newCard(new Date(T0));
    expect(card).toEqual({
      due: T0,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 'new',
      lastReview: null,
    });
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(isDue(card, T0)).toBe(true);
    expect(isDue(card, T0 - 1)).toBe(false);
    expect(cardState(card)).toBe('new');
  });
});

describe('rate: known values (retention 0.9)', () => {
  it.each([
    // rating of a new card at 2026-01-01T09:00Z → due, state, stability, difficulty
    ['again', '2026-01-01T09:01:00.000Z', 'learning', 0.212, 6.4133],
    ['hard', '2026-01-01T09:06:00.000Z', 'learning', 1.2931, 5.11217071],
    ['good', '2026-01-01T09:10:00.000Z', 'learning', 2.3065, 2.11810397],
    ['easy', '2026-01-09T09:00:00.000Z', 'review', 8.2956, 1],
  ] as const)('a new card rated %s at 09:00 is due %s (%s)', (rating, due, state, stability, difficulty) => {
    const { card, log } = rate(newCard(T0), rating, T0);
    expect(iso(card.due)).toBe(due);
    expect(card).toMatchObject({ state, stability, difficulty, reps: 1, lapses: 0, lastReview: T0 });
    expect(log).toEqual({ rating, reviewedAt: T0, before: newCard(T0), after: card });
  });

  it('Good, Good graduates after the 10-minute step, then each Good on the due day stretches the interval', () => {
    const cards = run([
      ['good', T0],
      ['good', T0 + 10 * MIN],
      ['good', 'at due'],
      ['good', 'at due'],
      ['good', 'at due'],
      ['good', 'at due'],
    ]);
    expect(cards.map((c) => [iso(c.due), c.scheduledDays, c.state, cardState(c)])).toEqual([
      ['2026-01-01T09:10:00.000Z', 0, 'learning', 'learning'],
      ['2026-01-03T09:10:00.000Z', 2, 'review', 'due'],
      ['2026-01-14T09:10:00.000Z', 11, 'review', 'due'],
      ['2026-03-01T09:10:00.000Z', 46, 'review', 'mastered'],
      ['2026-08-11T09:10:00.000Z', 163, 'review', 'mastered'],
      ['2027-12-22T09:10:00.000Z', 498, 'review', 'mastered'],
    ]);
    expect(cards.map((c) => c.stability)).toEqual([2.3065, 2.3065, 10.97104786, 46.31685657, 162.99981459, 497.87655983]);
  });

  it('Again on a review card is a lapse: relearning, due in 10 minutes, back to "learning"', () => {
    const cards = run([
      ['good', T0],
      ['good', T0 + 10 * MIN],
      ['good', 'at due'],
      ['good', 'at due'],
      ['again', 'at due'],
    ]);
    const lapsed = cards.at(-1)!;
    expect(iso(lapsed.due)).toBe('2026-03-01T09:20:00.000Z');
    expect(lapsed).toMatchObject({ state: 'relearning', lapses: 1, reps: 5 });
    expect(cardState(lapsed)).toBe('learning');
  });

  it.each([
    // retention → Easy on a new card at T0, then Good 8 days later
    [0.8, '2026-01-29T09:00:00.000Z', '2026-05-18T09:00:00.000Z'],
    [0.9, '2026-01-09T09:00:00.000Z', '2026-02-17T09:00:00.000Z'],
    [0.95, '2026-01-04T09:00:00.000Z', '2026-01-25T09:00:00.000Z'],
  ])('desired retention %s: Easy is due %s, then Good on day 8 is due %s', (retention, easyDue, goodDue) => {
    const [easy, good] = run(
      [
        ['easy', T0],
        ['good', T0 + 8 * DAY],
      ],
      retention,
    );
    expect(iso(easy!.due)).toBe(easyDue);
    expect(iso(good!.due)).toBe(goodDue);
  });

  it('is deterministic (fuzz off) and pure', () => {
    const card = newCard(T0);
    const copy = structuredClone(card);
    const a = rate(card, 'easy', T0);
    const b = rate(card, 'easy', T0);
    expect(a).toEqual(b);
    expect(card).toEqual(copy);
  });

  it('refuses an unknown rating', () => {
    expect(() => rate(newCard(T0), 'perfect' as ReviewRating, T0)).toThrow(RangeError);
  });
});

describe('retention', () => {
  it('defaults to 0.9, clamps to 0.80–0.95 and refuses non-numbers', () => {
    expect(normalizeRetention()).toBe(0.9);
    expect(normalizeRetention(0.85)).toBe(0.85);
    expect(normalizeRetention(0.5)).toBe(0.8);
    expect(normalizeRetention(0.99)).toBe(0.95);
    expect(() => normalizeRetention(Number.NaN)).toThrow(RangeError);
    expect(() => normalizeRetention('0.9' as unknown as number)).toThrow(/between 0.80 and 0.95/);
    // Out-of-range retention schedules as the clamped value.
    expect(rate(newCard(T0), 'easy', T0, 0.99).card).toEqual(rate(newCard(T0), 'easy', T0, 0.95).card);
  });
});

describe('preview', () => {
  it('a new card: every rating with its due date and interval in words', () => {
    const p = preview(newCard(T0), T0);
    expect(Object.fromEntries(Object.entries(p).map(([r, v]) => [r, [iso(v.due.getTime()), v.intervalText]]))).toEqual({
      again: ['2026-01-01T09:01:00.000Z', 'in 1 minute'],
      hard: ['2026-01-01T09:06:00.000Z', 'in 6 minutes'],
      good: ['2026-01-01T09:10:00.000Z', 'in 10 minutes'],
      easy: ['2026-01-09T09:00:00.000Z', 'in 8 days'],
    });
  });

  it('a graduated card on its due day, and one a month on', () => {
    const [, graduated, eleven] = run([
      ['good', T0],
      ['good', T0 + 10 * MIN],
      ['good', 'at due'],
    ]);
    const texts = (card: StoredCard) => Object.fromEntries(Object.entries(preview(card, card.due)).map(([r, v]) => [r, v.intervalText]));
    expect(texts(graduated!)).toEqual({ again: 'in 10 minutes', hard: 'in 8 days', good: 'in 11 days', easy: 'in 19 days' });
    // Due 2026-01-14: again 09:20 the same day, hard 2026-02-15 (32 days), good 2026-03-01 (46), easy 2026-04-01 (77).
    expect(texts(eleven!)).toEqual({ again: 'in 10 minutes', hard: 'in 1.1 months', good: 'in 1.5 months', easy: 'in 2.6 months' });
    expect(iso(preview(eleven!, eleven!.due).easy.due.getTime())).toBe('2026-04-01T09:10:00.000Z');
  });

  it('agrees with rate, and previewJson carries the same dates as epoch ms', () => {
    const card = newCard(T0);
    const p = preview(card, T0, 0.8);
    const json = previewJson(card, T0, 0.8);
    for (const r of ['again', 'hard', 'good', 'easy'] as const) {
      expect(p[r].due.getTime()).toBe(rate(card, r, T0, 0.8).card.due);
      expect(json[r]).toEqual({ due: p[r].due.getTime(), intervalText: p[r].intervalText });
    }
  });
});

describe('intervalText', () => {
  it.each([
    [0, 'now'],
    [20_000, 'in under a minute'],
    [MIN, 'in 1 minute'],
    [10 * MIN, 'in 10 minutes'],
    [59 * MIN, 'in 59 minutes'],
    [59.7 * MIN, 'in 1 hour'],
    [3 * 60 * MIN, 'in 3 hours'],
    [DAY, 'in 1 day'],
    [4 * DAY, 'in 4 days'],
    [29 * DAY, 'in 29 days'],
    [30 * DAY, 'in 1 month'],
    [45 * DAY, 'in 1.5 months'],
    [60 * DAY, 'in 2 months'],
    [364 * DAY, 'in 1 year'],
    [400 * DAY, 'in 1.1 years'],
    [730 * DAY, 'in 2 years'],
  ])('%d ms → %s', (ms, text) => {
    expect(intervalText(ms)).toBe(text);
  });
});

describe('cardState', () => {
  const review = (stability: number): StoredCard => ({ ...newCard(T0), state: 'review', stability, reps: 3, lastReview: T0 });
  it('new, learning (and relearning), due (in review), mastered (review with stability ≥ 21 days)', () => {
    expect(cardState(newCard(T0))).toBe('new');
    expect(cardState({ ...newCard(T0), state: 'learning' })).toBe('learning');
    expect(cardState({ ...review(40), state: 'relearning' })).toBe('learning');
    expect(cardState(review(MASTERED_STABILITY_DAYS - 0.01))).toBe('due');
    expect(cardState(review(MASTERED_STABILITY_DAYS))).toBe('mastered');
  });
});

describe('conversion to ts-fsrs cards', () => {
  it('round-trips every stored field', () => {
    const [, , card] = run([
      ['good', T0],
      ['good', T0 + 10 * MIN],
      ['hard', 'at due'],
    ]);
    const fsrsCard = toFsrsCard(card!);
    expect(fsrsCard.due).toBeInstanceOf(Date);
    expect(fsrsCard.last_review).toEqual(new Date(card!.lastReview!));
    expect(fromFsrsCard(fsrsCard)).toEqual(card);
    expect(fromFsrsCard(toFsrsCard(newCard(T0)))).toEqual(newCard(T0));
  });
});
