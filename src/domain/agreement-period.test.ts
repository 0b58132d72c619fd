import { describe, expect, it } from 'vitest';
import { countContributionMonths } from './agreement-period';

describe('countContributionMonths: every calendar month the period touches pays iuran', () => {
  it.each([
    ['2025-01-01', '2025-12-31', '2025-01', 12], // the Nagekeo 2025 PKS
    ['2025-03-15', '2025-12-31', '2025-03', 10], // a mid-month start still pays March
    ['2025-11-01', '2026-02-28', '2025-11', 4], // across a year end
    ['2025-06-01', '2025-06-01', '2025-06', 1],
  ])('%s..%s → %s × %i', (from, to, start, months) => {
    expect(countContributionMonths(from, to)).toEqual({ start, months });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => countContributionMonths('2025-02-01', '2025-01-31')).toThrow(expect.objectContaining({ code: 'PERIOD_INVALID' }));
  });
});
