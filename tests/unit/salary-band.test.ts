import { describe, expect, it } from 'vitest';
import { dataset } from '@/data';
import type { SalaryBand, SeniorityLevel } from '@/data/schema';
import type { ExperienceRange } from '@/utils/posting';
import { formatBand, levelForYears, levelFromTitle, salaryGuidanceFor } from '@/utils/salary-band';

const guide = (experience: ExperienceRange | null, title = 'Backend Developer') => salaryGuidanceFor({ title, experience }, dataset);

describe('levelForYears (bands are [min, max))', () => {
  it.each<[number, SeniorityLevel]>([
    [0, 'fresher'],
    [1, 'fresher'],
    [1.5, 'fresher'],
    [2, 'mid'],
    [5, 'mid'],
    [5.9, 'mid'],
    [6, 'senior'],
    [10, 'senior'],
    [25, 'senior'],
  ])('%s years -> %s', (years, level) => {
    expect(levelForYears(years, dataset.salaryBands)).toBe(level);
  });

  it('returns null below every band', () => {
    expect(levelForYears(-1, dataset.salaryBands)).toBeNull();
  });
});

describe('salaryGuidanceFor with stated experience', () => {
  it.each<[string, ExperienceRange, SeniorityLevel, string, SeniorityLevel[] | undefined]>([
    ['0–1 years', { min: 0, max: 1 }, 'fresher', '₹5–10 LPA', undefined],
    ['1–2 years reaches mid', { min: 1, max: 2 }, 'fresher', '₹5–10 LPA', ['fresher', 'mid']],
    ['2–5 years', { min: 2, max: 5 }, 'mid', '₹12–24 LPA', undefined],
    ['3–5 years', { min: 3, max: 5 }, 'mid', '₹12–24 LPA', undefined],
    ['5–6 years reaches senior', { min: 5, max: 6 }, 'mid', '₹12–24 LPA', ['mid', 'senior']],
    ['4–8 years', { min: 4, max: 8 }, 'mid', '₹12–24 LPA', ['mid', 'senior']],
    ['0–10 years spans all', { min: 0, max: 10 }, 'fresher', '₹5–10 LPA', ['fresher', 'mid', 'senior']],
    ['6–10 years', { min: 6, max: 10 }, 'senior', '₹28 LPA+', undefined],
    ['10+ years', { min: 10, max: null }, 'senior', '₹28 LPA+', undefined],
    ['5+ years sets only a floor', { min: 5, max: null }, 'mid', '₹12–24 LPA', undefined],
  ])('%s', (_name, experience, level, band, spans) => {
    const g = guide(experience);
    expect(g.level).toBe(level);
    expect(g.bands.map(formatBand)).toEqual([band]);
    expect(g.spansLevels).toEqual(spans);
  });

  it('explains the basis in words', () => {
    expect(guide({ min: 3, max: 5 }).basis).toBe('The posting asks for 3–5 years.');
    expect(guide({ min: 5, max: null }).basis).toBe('The posting asks for 5+ years.');
    expect(guide({ min: 1, max: 1 }).basis).toBe('The posting asks for 1 year.');
  });

  it('prefers stated experience over the title', () => {
    expect(guide({ min: 1, max: 2 }, 'Senior Backend Engineer').level).toBe('fresher');
  });

  it('ignores a nonsensical range and falls back to the title', () => {
    expect(guide({ min: Number.NaN, max: null }, 'Staff Engineer').level).toBe('senior');
    expect(guide({ min: -3, max: 2 }).level).toBeNull();
  });

  it('ignores a maximum below the minimum', () => {
    const g = guide({ min: 3, max: 1 });
    expect(g.level).toBe('mid');
    expect(g.spansLevels).toBeUndefined();
  });
});

describe('salaryGuidanceFor from the title when experience is unknown', () => {
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
    const g = guide(null, title);
    expect(g.level).toBe(level);
    if (level === null) {
      expect(g.bands).toHaveLength(3);
      expect(g.basis).toBe('Experience not stated: all bands shown.');
    } else {
      expect(g.bands.map((b) => b.level)).toEqual([level]);
      expect(g.basis).toMatch(/title says/);
    }
    expect(g.spansLevels).toBeUndefined();
  });

  it('names the title words it relied on', () => {
    expect(levelFromTitle('Senior Backend Engineer')).toEqual({ level: 'senior', cue: 'Senior' });
    expect(guide(null, 'SDE 2 – Platform').basis).toBe('Experience not stated; the title says “SDE 2”.');
  });

  it('shows all three bands, never a guess, when nothing is known', () => {
    const g = guide(null, '');
    expect(g.level).toBeNull();
    expect(g.bands.map(formatBand)).toEqual(['₹5–10 LPA', '₹12–24 LPA', '₹28 LPA+']);
  });
});

describe('formatBand', () => {
  const band = (min: number, max: number | null): SalaryBand => ({
    level: 'mid',
    label: 'x',
    years: { min: 0, max: null },
    lpa: { min, max },
    source: { name: 'x', year: 2025 },
  });

  it.each<[number, number | null, string]>([
    [5, 10, '₹5–10 LPA'],
    [12, 24, '₹12–24 LPA'],
    [28, null, '₹28 LPA+'],
    [4.5, 6, '₹4.5–6 LPA'],
  ])('%s–%s -> %s', (min, max, text) => {
    expect(formatBand(band(min, max))).toBe(text);
  });

  it('uses the rupee sign and an en dash', () => {
    expect(formatBand(band(12, 24))).toMatch(/^₹12\u201324 LPA$/);
  });
});
