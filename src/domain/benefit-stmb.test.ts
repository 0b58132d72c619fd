import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { computeStmbBenefit } from './benefit-stmb';

const book = createDefaultRuleBook();
const on = '2025-06-01';

describe('computeStmbBenefit (PP 82/2019: 100% for 12 months, then 50%)', () => {
  // The boundary is month 12 → 13, where the rate halves.
  it.each([
    [0, 0],
    [1, 2_186_826],
    [12, 26_241_912], // 12 × 2,186,826
    [13, 27_335_325], // + 1,093,413
    [18, 32_802_390], // + 6 × 1,093,413
  ])('%i months at 2,186,826 → %d', (months, amount) => {
    expect(computeStmbBenefit({ wage: 2_186_826, months, on }, book).amount).toBe(amount);
  });

  it('explains each rate period', () => {
    const { lines } = computeStmbBenefit({ wage: 1_000_001, months: 14, on }, book);
    expect(lines).toEqual([
      expect.objectContaining({ fromMonth: 1, toMonth: 12, months: 12, rateBp: 10_000, monthly: 1_000_001, amount: 12_000_012, rule: 'jkk.benefit.stmb.rate.first@2019-12-02' }),
      // 50% of 1,000,001 = 500,000.5 → 500,001 per month (half up per month)
      expect.objectContaining({ fromMonth: 13, toMonth: 14, months: 2, rateBp: 5_000, monthly: 500_001, amount: 1_000_002 }),
    ]);
  });

  it.each([
    [{ months: -1 }, 'MONTHS_INVALID'],
    [{ months: 1.5 }, 'MONTHS_INVALID'],
    [{ wage: -1 }, 'WAGE_NEGATIVE'],
  ])('rejects %j', (override, code) => {
    expect(() => computeStmbBenefit({ wage: 1_000_000, months: 1, on, ...override }, book)).toThrow(expect.objectContaining({ code }));
  });
});
