import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { computeJkkDeathBenefit, computePartialDisabilityBenefit, computeTotalDisabilityBenefit } from './benefit-jkk';

const book = createDefaultRuleBook();
const on = '2025-06-01';

describe('computeJkkDeathBenefit (PP 82/2019: 48 × wage + 12 M + 10 M)', () => {
  it.each([
    [1_000_000, 48_000_000, 70_000_000], // REGULATIONS: a BPU on the Rp 1,000,000 base → Rp 70,000,000
    [2_186_826, 104_967_648, 126_967_648], // 48 × 2,186,826
  ])('wage %d: 48× = %d, total %d', (wage, wageBenefit, total) => {
    const result = computeJkkDeathBenefit({ wage, on }, book);
    expect(result).toMatchObject({ wageBenefit, periodic: 12_000_000, funeral: 10_000_000, total });
    expect(result.lines[0]).toMatchObject({ component: 'death-wage', wage, multiplier: 48, rule: 'jkk.benefit.death.multiplier@2019-12-02' });
  });

  // A work accident needs no minimum contribution period for the scholarship.
  it('always opens the scholarship', () => {
    expect(computeJkkDeathBenefit({ wage: 1_000_000, on }, book).scholarship).toMatchObject({ eligible: true, reason: 'work-accident' });
  });
});

describe('computeTotalDisabilityBenefit (56 × wage)', () => {
  it('is 56 × wage with the scholarship', () => {
    const result = computeTotalDisabilityBenefit({ wage: 2_186_826, on }, book);
    expect(result.amount).toBe(122_462_256);
    expect(result.scholarship.eligible).toBe(true);
  });
});

describe('computePartialDisabilityBenefit (table % × 80 × wage)', () => {
  // Decimal percentages stay exact: 2.5% × 80 × 1,000,003 = 2,000,006 exactly; rounding happens once.
  it.each<[number | string, (number | string) | undefined, number, number]>([
    [10, undefined, 1_000_000, 8_000_000],
    [2.5, undefined, 1_000_003, 2_000_006],
    ['2.5', undefined, 1_000_001, 2_000_002],
    [0.1, undefined, 1_000_001, 80_000], // 80,000.08 → 80,000
    [0.3, undefined, 1_000_021, 240_005], // 240,005.04
    [35, 50, 2_000_000, 28_000_000], // functional: 50% loss of function × 35% × 80 × wage
    [7, 33.3, 1_000_000, 1_864_800], // 0.07 × 0.333 × 80 M = 1,864,800 exactly
    [0.5, 0.5, 1_000_003, 2_000], // 0.005 × 0.005 × 80,000,240 = 2,000.006 → 2,000
    [1.25, undefined, 1_000_005, 1_000_005], // 0.0125 × 80,000,400 = 1,000,005 exactly
  ])('%s%% (function %s%%) of wage %d = %d', (tablePercent, functionLossPercent, wage, amount) => {
    const input = functionLossPercent === undefined ? { wage, on, tablePercent } : { wage, on, tablePercent, functionLossPercent };
    expect(computePartialDisabilityBenefit(input, book).amount).toBe(amount);
  });

  it('half-up at the end: 0.5 rupiah rounds up', () => {
    // 1% × 80 × 1,000,000.625 is impossible (wage is whole), so use 0.625%: 0.00625 × 80 × 1,001 = 500.5 → 501
    expect(computePartialDisabilityBenefit({ wage: 1_001, on, tablePercent: '0.625' }, book).amount).toBe(501);
  });

  it('keeps the percentages on the line', () => {
    const [line] = computePartialDisabilityBenefit({ wage: 1_000_000, on, tablePercent: 35, functionLossPercent: 50 }, book).lines;
    expect(line).toMatchObject({ component: 'partial-disability-wage', multiplier: 80, percents: ['35', '50'], amount: 14_000_000 });
  });

  it.each([[-1], [100.5], ['abc']])('rejects the percentage %j', (tablePercent) => {
    expect(() => computePartialDisabilityBenefit({ wage: 1_000_000, on, tablePercent }, book)).toThrow(expect.objectContaining({ code: expect.stringMatching(/PERCENT_INVALID|DECIMAL_INVALID/) }));
  });

  it.each([[-1, 'WAGE_NEGATIVE'], [1.5, 'MONEY_INVALID']])('rejects the wage %d', (wage, code) => {
    expect(() => computeTotalDisabilityBenefit({ wage, on }, book)).toThrow(expect.objectContaining({ code }));
  });
});
