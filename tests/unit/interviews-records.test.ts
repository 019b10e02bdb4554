/**
 * Scheduled interviews as data: what a panel may send (checks), the form's
 * local date and time, and which interview a call page is.
 */
import { matchInterview, meetingOf, upcomingOf } from '@/utils/interviews/match';
import {
  checkInterviewChanges,
  checkInterviewInput,
  isInterview,
  normalizeMeetingLink,
  type Interview,
  type InterviewInput,
} from '@/utils/interviews/records';
import { describeReminders, formatFromNow, fromLocalDateTime, localDate, localTime, reminderTimes } from '@/utils/interviews/when';

const NOW = new Date(2025, 5, 2, 9, 0).getTime(); // 2 June 2025, 09:00 local
const HOUR = 60 * 60 * 1000;

const input = (over: Partial<InterviewInput> = {}): InterviewInput => ({
  at: NOW + 2 * HOUR,
  meetingLink: 'https://meet.google.com/abc-defg-hij',
  posting: { site: 'naukri', url: 'https://www.naukri.com/job-listings-x-1', title: 'Backend Engineer', company: 'Acme', role: 'backend' },
  questionIds: ['tech-caching', 'tech-cap-theorem'],
  ...over,
});

let serial = 0;
const interview = (over: Partial<Interview> = {}): Interview => ({
  id: `iv-test${++serial}`,
  ...input(),
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});

describe('meeting links', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij'],
    ['  meet.google.com/abc-defg-hij  ', 'https://meet.google.com/abc-defg-hij'],
    ['https://us02web.zoom.us/j/84512345678?pwd=abc', 'https://us02web.zoom.us/j/84512345678?pwd=abc'],
    ['', null],
    ['   ', null],
  ])('%j is stored as %j', (text, stored) => {
    expect(normalizeMeetingLink(text)).toEqual({ ok: true, value: stored });
  });

  it.each(['http://meet.google.com/abc-defg-hij', 'javascript:alert(1)', 'ftp://files.example.com/x', 'not a link', 'localhost/x'])(
    'refuses %j with a sentence saying what a link looks like',
    (text) => {
      const checked = normalizeMeetingLink(text);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.problem).toMatch(/https:\/\/meet\.google\.com/);
    },
  );

  it('knows which call a link opens', () => {
    expect(meetingOf('https://meet.google.com/abc-defg-hij?authuser=0')).toEqual({ site: 'google-meet', meetingId: 'abc-defg-hij' });
    expect(meetingOf('https://us02web.zoom.us/j/84512345678?pwd=x')).toEqual({ site: 'zoom', meetingId: '84512345678' });
    expect(meetingOf('https://example.com/call/1')).toBeNull();
    expect(meetingOf(null)).toBeNull();
  });
});

describe('what a panel may send', () => {
  it('keeps a valid interview, trimmed, with its questions once each', () => {
    const checked = checkInterviewInput({ ...input(), questionIds: ['a', 'a', 'b', 7], extra: 'dropped' }, NOW);
    expect(checked).toEqual({ ok: true, value: { ...input(), questionIds: ['a', 'b'] } });
  });

  it.each<[string, unknown, RegExp]>([
    ['a time in the past', { ...input(), at: NOW - 1 }, /already passed/],
    ['no time', { ...input(), at: undefined }, /date and time/],
    ['a time more than a year ahead', { ...input(), at: NOW + 400 * 24 * HOUR }, /within the next year/],
    ['an http link', { ...input(), meetingLink: 'http://meet.google.com/abc-defg-hij' }, /https/],
    ['no posting', { ...input(), posting: null }, /posting/],
    ['an unknown role', { ...input(), posting: { ...input().posting, role: 'astronaut' } }, /role/],
  ])('refuses %s', (_what, value, problem) => {
    const checked = checkInterviewInput(value, NOW);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(problem);
  });

  it('changes only what an edit names', () => {
    expect(checkInterviewChanges({ at: NOW + HOUR }, NOW)).toEqual({ ok: true, value: { at: NOW + HOUR } });
    expect(checkInterviewChanges({ meetingLink: '' }, NOW)).toEqual({ ok: true, value: { meetingLink: null } });
    expect(checkInterviewChanges({ at: NOW - HOUR }, NOW).ok).toBe(false);
  });

  it('reads back only well-formed records', () => {
    expect(isInterview(interview())).toBe(true);
    expect(isInterview({ ...interview(), id: 'x' })).toBe(false);
    expect(isInterview({ ...interview(), at: 'soon' })).toBe(false);
    expect(isInterview({ ...interview(), questionIds: 'tech-caching' })).toBe(false);
  });
});

describe('local date and time', () => {
  it('turns the form’s fields into a time and back', () => {
    const at = fromLocalDateTime('2025-06-03', '10:30')!;
    expect(at).toBe(new Date(2025, 5, 3, 10, 30).getTime());
    expect(localDate(at)).toBe('2025-06-03');
    expect(localTime(at)).toBe('10:30');
  });

  it.each([
    ['2025-06-31', '10:00'],
    ['2025-02-29', '10:00'],
    ['2025-06-03', '24:00'],
    ['2025-06-03', ''],
    ['', '10:00'],
    ['3/6/2025', '10:00'],
  ])('refuses %s %s', (date, time) => {
    expect(fromLocalDateTime(date, time)).toBeNull();
  });

  it('puts the reminders 30 and 5 minutes before, and says which are still to come', () => {
    const at = new Date(2025, 5, 3, 10, 30).getTime();
    expect(reminderTimes(at)).toEqual({ test: at - 30 * 60_000, join: at - 5 * 60_000 });
    expect(describeReminders(at, at - HOUR)).toMatch(/^Reminders at 10:00 am \(test camera and mic\) and 10:25 am \(join\)\.$/);
    expect(describeReminders(at, at - 20 * 60_000)).toBe('Reminder to join at 10:25 am.');
    expect(describeReminders(at, at)).toBe('');
  });

  it('says how far away an interview is', () => {
    expect(formatFromNow(NOW + 25 * 60_000, NOW)).toBe('in 25 minutes');
    expect(formatFromNow(NOW + 3 * HOUR, NOW)).toBe('in 3 hours');
    expect(formatFromNow(NOW + 72 * HOUR, NOW)).toBe('in 3 days');
    expect(formatFromNow(NOW - 10 * 60_000, NOW)).toBe('started 10 minutes ago');
  });
});

describe('which interview a call page is', () => {
  const call = { site: 'google-meet', meetingId: 'abc-defg-hij' };

  it('matches by meeting link first, whatever the time, the nearest one if several', () => {
    const tomorrow = interview({ at: NOW + 24 * HOUR });
    const nextWeek = interview({ at: NOW + 7 * 24 * HOUR });
    const byTime = interview({ at: NOW + 10 * 60_000, meetingLink: null });
    expect(matchInterview([nextWeek, byTime, tomorrow], call, NOW)).toBe(tomorrow);
  });

  it('else by time: the nearest start within an hour before to ninety minutes after, skipping other meetings', () => {
    const soon = interview({ at: NOW + 20 * 60_000, meetingLink: null });
    const later = interview({ at: NOW + 50 * 60_000, meetingLink: 'https://example.com/room/1' });
    const otherMeeting = interview({ at: NOW + 5 * 60_000, meetingLink: 'https://meet.google.com/xyz-wxyz-uvw' });
    expect(matchInterview([later, otherMeeting, soon], call, NOW)).toBe(soon);
    expect(matchInterview([later], call, NOW)).toBe(later);
    expect(matchInterview([interview({ at: NOW + 2 * HOUR, meetingLink: null })], call, NOW)).toBeNull();
    expect(matchInterview([interview({ at: NOW - 2 * HOUR, meetingLink: null })], call, NOW)).toBeNull();
    expect(matchInterview([interview({ at: NOW - HOUR, meetingLink: null })], call, NOW)).not.toBeNull();
    expect(matchInterview([otherMeeting], call, NOW)).toBeNull();
  });

  it('lists what is still to come, soonest first, until an hour after the start', () => {
    const a = interview({ at: NOW + 3 * HOUR });
    const b = interview({ at: NOW - 30 * 60_000 });
    const gone = interview({ at: NOW - 2 * HOUR });
    expect(upcomingOf([a, gone, b], NOW)).toEqual([b, a]);
  });
});
