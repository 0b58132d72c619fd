/** Progress arithmetic: percent, rate and time left from what is done so far. */
import { describe, expect, it } from 'vitest';
import { computeProgress } from './progress';

describe('computeProgress', () => {
  it('extrapolates the time left from the done fraction', () => {
    expect(computeProgress({ processed: 50_000, total: 200_000 }, 0, 10_000)).toEqual({ processed: 50_000, total: 200_000, percent: 25, rowsPerSecond: 5_000, etaSeconds: 30 });
  });
  it('prefers a measured fraction (bytes read) to rows over an estimated total', () => {
    expect(computeProgress({ processed: 10, total: null, fraction: 0.5 }, 0, 4_000)).toMatchObject({ percent: 50, etaSeconds: 4 });
  });
  it('has no estimate before anything is done, and none left at the end', () => {
    expect(computeProgress({ processed: 0, total: null }, 0, 1_000)).toMatchObject({ percent: 0, rowsPerSecond: null, etaSeconds: null });
    expect(computeProgress({ processed: 9, total: 9 }, 0, 1_000)).toMatchObject({ percent: 100, etaSeconds: 0 });
  });
});
