/**
 * The bench's statistics (bench/stats.ts): the page-load targets are judged
 * on these, so they are checked against hand-worked values.
 */
import { groupedMedian, pairedDifference, quantum } from '../../bench/stats';

describe('bench statistics', () => {
  it('interpolates a median within the reporting step', () => {
    expect(groupedMedian([80, 80, 84, 84], 4)).toBe(82);
    expect(groupedMedian([76, 80, 80, 80, 84], 4)).toBe(80);
    // Three quarters of the values at 80, a quarter at 84: the median sits in 80's step, past its middle.
    expect(groupedMedian([80, 80, 80, 84], 4)).toBeCloseTo(80 - 2 + (2 / 3) * 4);
    expect(groupedMedian([], 4)).toBeNaN();
  });

  it('finds the step values are reported in', () => {
    expect(quantum([76, 80, 92, 104])).toBe(4);
    expect(quantum([76, 81, 92])).toBe(1);
    expect(quantum([76.5, 80])).toBe(0);
  });

  it('compares paired loads by the mean difference, skipping incomplete pairs', () => {
    const d = pairedDifference([
      [102, 100],
      [104, 100],
      [null, 100],
      [100, 100],
    ]);
    expect(d.n).toBe(3);
    expect(d.meanMs).toBeCloseTo(2);
    expect(d.ratio).toBeCloseTo(1.02);
    // sd of [2, 4, 0] is 2: 1.96 · 2 / √3
    expect(d.ci95Ms).toBeCloseTo((1.96 * 2) / Math.sqrt(3));
    expect(d.ratioUpper).toBeCloseTo((100 + 2 + d.ci95Ms) / 100);
  });
});
