import { describe, expect, it } from 'vitest';
import { levelForYears } from '@/data/levels';
import type { SeniorityLevel } from '@/data/schema';
import { payLevelsFor } from '@/utils/pay/posting-levels';
import { levelFromTitle, postingLevel } from '@/utils/posting/level';
import type { ExperienceRange } from '@/utils/posting/types';

describe('levelForYears (levels are [min, max))', () => {
  it.each<[number, SeniorityLevel | null]>([
    [0, 'fresher'],
    [1, 'fresher'],
    [1.5, 'fresher'],
    [2, 'mid'],
    [5, 'mid'],
    [5.9, 'mid'],
    [6, 'senior'],
    [10, 'senior'],
    [25, 'senior'],
    [-1, null],
    [Number.NaN, null],
  ])('%s years -> %s', (years, level) => {
    expect(levelForYears(years)).toBe(level);
  });
});

describe('levelFromTitle', () => {
  it.each<[string, SeniorityLevel | null]>([
    ['Backend Developer Intern', 'fresher'],
    ['Fresher - Java Backend Developer', 'fresher'],
    ['Graduate Engineer Trainee - Backend', 'fresher'],
    ['Entry Level Software Engineer', 'fresher'],
    ['Junior Backend Developer', 'fresher'],
    ['SDE 1 - Backend', 'fresher'],
    ['SDE-I (Backend)', 'fresher'],
    ['Software Engineer I, Payments', 'fresher'],
    ['SDE 2 – Platform', 'mid'],
    ['SDE II Backend', 'mid'],
    ['Software Development Engineer II', 'mid'],
    ['Mid-level Backend Engineer', 'mid'],
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Software Engineer - Backend', 'senior'],
    ['Lead Backend Engineer', 'senior'],
    ['Staff Engineer, Infrastructure', 'senior'],
    ['Principal Engineer', 'senior'],
    ['Solutions Architect - Backend', 'senior'],
    ['SDE 3 (Backend)', 'senior'],
    ['SDE III', 'senior'],
    ['Senior Software Engineer (SDE 2)', 'mid'],
    ['Backend Developer', null],
    ['Software Engineer in Test', null],
    ['Backend Engineer – Integrations', null],
    ['SDE 1/2 Backend', null],
    ['Staffing Coordinator', null],
  ])('%s -> %s', (title, level) => {
    expect(levelFromTitle(title)?.level ?? null).toBe(level);
  });

  it('names the title words it relied on', () => {
    expect(levelFromTitle('Senior Backend Engineer')).toEqual({ level: 'senior', cue: 'Senior' });
    expect(levelFromTitle('SDE 2 – Platform')).toEqual({ level: 'mid', cue: 'SDE 2' });
  });
});

describe('postingLevel (for the ranker)', () => {
  it('takes the minimum years first, then the title, else null', () => {
    expect(postingLevel({ title: 'Senior Backend Engineer', experience: { min: 1, max: 2 } })).toBe('fresher');
    expect(postingLevel({ title: 'Staff Engineer', experience: { min: Number.NaN, max: null } })).toBe('senior');
    expect(postingLevel({ title: 'Backend Developer', experience: null })).toBeNull();
  });
});

describe('payLevelsFor', () => {
  const levels = (experience: ExperienceRange | null, title = 'Backend Developer') => payLevelsFor({ title, experience });

  it.each<[string, ExperienceRange, SeniorityLevel[], string]>([
    ['0–1 years', { min: 0, max: 1 }, ['fresher'], 'The posting asks for 0–1 years.'],
    ['1 year', { min: 1, max: 1 }, ['fresher'], 'The posting asks for 1 year.'],
    ['1–2 years reaches mid', { min: 1, max: 2 }, ['fresher', 'mid'], 'The posting asks for 1–2 years.'],
    ['3–5 years', { min: 3, max: 5 }, ['mid'], 'The posting asks for 3–5 years.'],
    ['4–8 years spans mid and senior', { min: 4, max: 8 }, ['mid', 'senior'], 'The posting asks for 4–8 years.'],
    ['0–10 years spans all', { min: 0, max: 10 }, ['fresher', 'mid', 'senior'], 'The posting asks for 0–10 years.'],
    ['6–10 years', { min: 6, max: 10 }, ['senior'], 'The posting asks for 6–10 years.'],
    ['10+ years', { min: 10, max: null }, ['senior'], 'The posting asks for 10+ years.'],
    ['5+ years reaches senior', { min: 5, max: null }, ['mid', 'senior'], 'The posting asks for 5+ years.'],
    ['a maximum below the minimum is dropped', { min: 3, max: 1 }, ['mid', 'senior'], 'The posting asks for 3+ years.'],
  ])('%s', (_name, experience, want, basis) => {
    expect(levels(experience)).toEqual({ levels: want, basis });
  });

  it('prefers stated experience over the title', () => {
    expect(levels({ min: 1, max: 2 }, 'Senior Backend Engineer').levels).toEqual(['fresher', 'mid']);
  });

  it('falls back to the title, then to every level', () => {
    expect(levels(null, 'SDE 2 – Platform')).toEqual({ levels: ['mid'], basis: 'Experience not stated; the title says “SDE 2”.' });
    expect(levels({ min: Number.NaN, max: null }, 'Staff Engineer').levels).toEqual(['senior']);
    expect(levels(null, '')).toEqual({ levels: ['fresher', 'mid', 'senior'], basis: 'Experience not stated: every level shown.' });
  });
});
