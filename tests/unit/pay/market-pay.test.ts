import { describe, expect, it } from 'vitest';
import { salaryBands } from '@/data/salary';
import {
  LEVEL_YEARS,
  PAY_ROLES,
  figuresDisagree,
  hikes,
  levelsForSourceYears,
  marketPay,
  marketPayFor,
  validateMarketPay,
  type MarketFigure,
  type PayLevel,
  type PayRole,
  type RolePay,
  type SourcedLevelPay,
} from '@/data/market-pay';

function sourcedCell(role: PayRole, level: PayLevel): SourcedLevelPay {
  const cell = marketPayFor(role, level);
  if (cell.status !== 'sourced') throw new Error(`${role} ${level} is not sourced`);
  return cell;
}

const clone = <T>(x: T): T => structuredClone(x);

describe('validateMarketPay', () => {
  it('passes for the shipped table', () => {
    expect(validateMarketPay()).toEqual([]);
  });

  it('fails a figure without a source, url or year', () => {
    for (const field of ['source', 'url', 'year'] as const) {
      const table = clone(marketPay) as Record<string, RolePay>;
      const cell = table.backend!.levels.mid as SourcedLevelPay;
      (cell.figures[0] as unknown as Record<string, unknown>)[field] = '';
      const errors = validateMarketPay(table);
      expect(errors).toContain(`backend mid figure 0: no ${field}`);
    }
  });

  it('fails an undated figure', () => {
    const table = clone(marketPay) as Record<string, RolePay>;
    (table.devops!.levels.senior as SourcedLevelPay).figures[0]!.year = 'undated';
    expect(validateMarketPay(table)).toContain('devops senior figure 0: no year');
  });

  it('fails a figure filed under a level its years do not map to', () => {
    const table = clone(marketPay) as Record<string, RolePay>;
    (table.backend!.levels.senior as SourcedLevelPay).figures[0]!.years = { min: 0, max: 1 };
    expect(validateMarketPay(table).some((e) => e.startsWith('backend senior figure 0: ') && e.includes('does not map to senior'))).toBe(true);
  });

  it('fails a span or disagree flag that does not follow from the figures', () => {
    const table = clone(marketPay) as Record<string, RolePay>;
    (table.backend!.levels.mid as SourcedLevelPay).span = { min: 12, max: 24 };
    (table.qa!.levels.mid as SourcedLevelPay).disagree = true;
    const errors = validateMarketPay(table);
    expect(errors).toContain('backend mid: span does not match its figures');
    expect(errors).toContain('qa mid: disagree does not match its figures');
  });

  it('fails a hike without a url', () => {
    const h = clone(hikes);
    h.annual[0]!.url = '';
    expect(validateMarketPay(marketPay, h).some((e) => e.endsWith(': no url'))).toBe(true);
  });

  it('fails a missing role', () => {
    const table = clone(marketPay) as Record<string, RolePay>;
    delete table.qa;
    expect(validateMarketPay(table)).toContain('qa: missing role');
  });
});

describe('levels match data/salary.ts', () => {
  it('uses the same year boundaries', () => {
    for (const band of salaryBands) expect(LEVEL_YEARS[band.level]).toEqual(band.years);
  });

  it('keeps the seed guide bands on backend', () => {
    expect(sourcedCell('backend', 'fresher').guide).toMatchObject({ lpaMin: 5, lpaMax: 10, source: 'Backend Developer Interview Guide, India', year: '2025', url: null });
    expect(sourcedCell('backend', 'mid').guide).toMatchObject({ lpaMin: 12, lpaMax: 24 });
    expect(sourcedCell('backend', 'senior').guide).toMatchObject({ lpaMin: 28, lpaMax: null });
    for (const band of salaryBands) {
      const g = sourcedCell('backend', band.level).guide!;
      expect({ min: g.lpaMin, max: g.lpaMax }).toEqual(band.lpa);
      expect(g.source).toBe(band.source.name);
    }
  });
});

describe('mapping source years to levels', () => {
  it.each<[number, number | null, PayLevel[]]>([
    [0, 1, ['fresher']],
    [0, 2, ['fresher']],
    [1, 3, ['fresher', 'mid']],
    [2, 5, ['mid']],
    [3, 5, ['mid']],
    [3, 6, ['mid']],
    [5, 8, ['senior']],
    [5, 10, ['senior']],
    [6, 9, ['senior']],
    [5, null, ['senior']],
    [7, null, ['senior']],
    [2, 2, ['mid']],
  ])('%s-%s yrs -> %j', (min, max, want) => {
    expect(levelsForSourceYears({ min, max })).toEqual(want);
  });
});

describe('figuresDisagree', () => {
  const base: MarketFigure = {
    lpaMin: 10,
    lpaMax: 20,
    yearsLabel: '3-5 yrs',
    years: { min: 3, max: 5 },
    sourceLevel: 'mid',
    source: 'A',
    title: '',
    url: 'https://a.example',
    year: '2026',
    sourceType: 'blog / career guide',
  };
  it('is false for one figure, or for ranges holding each other’s middle', () => {
    expect(figuresDisagree([base])).toBe(false);
    expect(figuresDisagree([base, { ...base, source: 'B', lpaMin: 12, lpaMax: 22 }])).toBe(false);
  });
  it('is true when a middle falls outside the other range', () => {
    expect(figuresDisagree([base, { ...base, source: 'B', lpaMin: 16, lpaMax: 30 }])).toBe(true);
  });
  it('ignores pairs from the same source, another track, or other years', () => {
    expect(figuresDisagree([base, { ...base, lpaMin: 30, lpaMax: 40 }])).toBe(false);
    expect(figuresDisagree([{ ...base, track: 'manual' }, { ...base, source: 'B', track: 'SDET', lpaMin: 30, lpaMax: 40 }])).toBe(false);
    expect(figuresDisagree([base, { ...base, source: 'B', years: { min: 6, max: 9 }, lpaMin: 30, lpaMax: 40 }])).toBe(false);
  });
});

describe('known values from salary-india-2025.json', () => {
  it('backend mid includes salaryinhand.in 11–21 LPA for 3-5 yrs', () => {
    const f = sourcedCell('backend', 'mid').figures.find((x) => x.source === 'salaryinhand.in' && x.yearsLabel === '3-5 yrs');
    expect(f).toMatchObject({ lpaMin: 11, lpaMax: 21, url: 'https://salaryinhand.in/salaries/backend-developer', year: '2026' });
  });

  it('backend fresher includes whatis.in 3.5–5.5 for 0-1 yrs and Rohith Builds 4.5–8 for 0-2 yrs', () => {
    const figs = sourcedCell('backend', 'fresher').figures;
    expect(figs).toContainEqual(expect.objectContaining({ source: 'whatis.in', lpaMin: 3.5, lpaMax: 5.5, yearsLabel: '0-1 yrs', year: '2025-26' }));
    expect(figs).toContainEqual(expect.objectContaining({ source: 'Rohith Builds', lpaMin: 4.5, lpaMax: 8, yearsLabel: '0-2 yrs' }));
  });

  it('files a 1-3 yrs row under fresher and mid', () => {
    for (const level of ['fresher', 'mid'] as const) {
      expect(sourcedCell('backend', level).figures).toContainEqual(expect.objectContaining({ source: 'salaryinhand.in', lpaMin: 6, lpaMax: 13, yearsLabel: '1-3 yrs' }));
    }
    expect(sourcedCell('backend', 'senior').figures.some((f) => f.yearsLabel === '1-3 yrs')).toBe(false);
  });

  it('keeps lead/principal grades out of the senior band, as mentions', () => {
    const senior = sourcedCell('backend', 'senior');
    expect(senior.figures.some((f) => f.lpaMax === 65)).toBe(false);
    expect(senior.mentions.some((m) => m.source === 'salaryinhand.in' && m.text.includes('32-65'))).toBe(true);
  });

  it('data science mid: Pathvio 18–42 and ResumeVera 15–32', () => {
    const figs = sourcedCell('data-science', 'mid').figures;
    expect(figs).toContainEqual(expect.objectContaining({ source: 'Pathvio', lpaMin: 18, lpaMax: 42, yearsLabel: '3-5 yrs', url: 'https://pathvio.in/salary/data-scientist-india' }));
    expect(figs).toContainEqual(expect.objectContaining({ source: 'ResumeVera', lpaMin: 15, lpaMax: 32, yearsLabel: '3-6 yrs' }));
  });

  it('QA senior SDET 22–35 (SoftwareTestPilot, 5-8 yrs)', () => {
    expect(sourcedCell('qa', 'senior').figures).toContainEqual(expect.objectContaining({ source: 'SoftwareTestPilot', track: 'SDET', lpaMin: 22, lpaMax: 35, yearsLabel: '5-8 yrs' }));
  });

  it('leaves out Nedcod (undated)', () => {
    for (const level of ['fresher', 'mid', 'senior'] as const) {
      expect(sourcedCell('devops', level).figures.some((f) => f.source.includes('Nedcod'))).toBe(false);
    }
  });

  it('every figure and mention keeps an https URL', () => {
    for (const role of PAY_ROLES) {
      for (const cell of Object.values(marketPay[role].levels)) {
        for (const m of cell.mentions) expect(m.url).toMatch(/^https:\/\//);
        if (cell.status === 'sourced') for (const f of cell.figures) expect(f.url).toMatch(/^https:\/\//);
      }
    }
  });
});

describe('the role × level table', () => {
  type Row = [PayRole, PayLevel, 'sourced' | 'none', { min: number; max: number | null } | null, number | null, boolean | null];
  it.each<Row>([
    ['backend', 'fresher', 'sourced', { min: 3.5, max: 13 }, 5, true],
    ['backend', 'mid', 'sourced', { min: 5.5, max: 21 }, 5, true],
    ['backend', 'senior', 'sourced', { min: 15, max: 38 }, 3, true],
    ['frontend', 'fresher', 'sourced', { min: 3, max: 6 }, 1, false],
    ['frontend', 'mid', 'sourced', { min: 6, max: 12 }, 1, false],
    ['frontend', 'senior', 'none', null, null, null],
    ['fullstack', 'fresher', 'sourced', { min: 6, max: 12 }, 1, false],
    ['fullstack', 'mid', 'sourced', { min: 5, max: 35 }, 2, true],
    ['fullstack', 'senior', 'sourced', { min: 20, max: 65 }, 2, true],
    ['mobile', 'fresher', 'sourced', { min: 2, max: 4.5 }, 1, false],
    ['mobile', 'mid', 'none', null, null, null],
    ['mobile', 'senior', 'none', null, null, null],
    ['data-engineering', 'fresher', 'none', null, null, null],
    ['data-engineering', 'mid', 'none', null, null, null],
    ['data-engineering', 'senior', 'none', null, null, null],
    ['data-science', 'fresher', 'sourced', { min: 6, max: 18 }, 3, false],
    ['data-science', 'mid', 'sourced', { min: 15, max: 42 }, 2, false],
    ['data-science', 'senior', 'sourced', { min: 32, max: 75 }, 2, false],
    ['data-analytics', 'fresher', 'sourced', { min: 3, max: 8 }, 2, false],
    ['data-analytics', 'mid', 'sourced', { min: 6, max: 18 }, 2, true],
    ['data-analytics', 'senior', 'sourced', { min: 15, max: 35 }, 2, true],
    ['devops', 'fresher', 'sourced', { min: 4, max: 14 }, 3, false],
    ['devops', 'mid', 'sourced', { min: 6, max: 32 }, 3, true],
    ['devops', 'senior', 'sourced', { min: 20, max: 58 }, 2, true],
    ['qa', 'fresher', 'sourced', { min: 3, max: 10 }, 3, false],
    ['qa', 'mid', 'sourced', { min: 6, max: 22 }, 2, false],
    ['qa', 'senior', 'sourced', { min: 10, max: 35 }, 2, false],
    ['general', 'fresher', 'none', null, null, null],
    ['general', 'mid', 'none', null, null, null],
    ['general', 'senior', 'none', null, null, null],
  ])('%s %s: %s', (role, level, status, span, figures, disagree) => {
    const cell = marketPayFor(role, level);
    expect(cell.status).toBe(status);
    if (cell.status === 'sourced') {
      expect(cell.span).toEqual(span);
      expect(cell.figures).toHaveLength(figures!);
      expect(cell.disagree).toBe(disagree);
    } else {
      expect(cell.note).toMatch(/^No published figure found for /);
    }
  });

  it('says "limited data" for mobile and data engineering', () => {
    for (const role of ['mobile', 'data-engineering'] as const) {
      for (const cell of Object.values(marketPay[role].levels)) expect(cell.note).toMatch(/limited data/i);
    }
  });
});

describe('hikes', () => {
  it('gives the 2026 Aon forecast and Michael Page range with sources', () => {
    expect(hikes.annual).toContainEqual(expect.objectContaining({ id: 'aon-2026-forecast', pctMin: 9.1, pctMax: 9.1, year: '2026' }));
    expect(hikes.annual).toContainEqual(expect.objectContaining({ id: 'michael-page-2026', pctMin: 8, pctMax: 12 }));
    for (const h of hikes.annual) expect(h.url).toMatch(/^https:\/\//);
  });

  it('has no typical job-switch hike; 30% is only an upper bound', () => {
    expect(hikes.typicalSwitchHikePct).toBeNull();
    expect(hikes.switchUpperBound).toMatchObject({ pctMin: null, pctMax: 30 });
    expect(hikes.switchUpperBound.source).toMatch(/Michael Page/);
    expect(hikes.switchStatement).toMatch(/No 2024-26 survey found gives a typical hike for switching jobs/);
    expect(hikes.switchStatement).toMatch(/upper bound/);
  });
});
