import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { computeJkmBenefit } from './benefit-jkm';
import type { Scheme } from './contribution.types';

const book = createDefaultRuleBook();

describe('computeJkmBenefit (PP 82/2019: 20 M + 12 M + 10 M = 42 M)', () => {
  // [U] BPU need ≥ 3 months for the full benefit; 36 months (3 years) open the scholarship.
  it.each<[Scheme, number, number, boolean, boolean]>([
    ['pu', 0, 42_000_000, true, false], // PU: full benefit from the first month
    ['pu', 35, 42_000_000, true, false], // one month short of the scholarship
    ['pu', 36, 42_000_000, true, true],
    ['bpu', 0, 10_000_000, false, false], // funeral only
    ['bpu', 2, 10_000_000, false, false],
    ['bpu', 3, 42_000_000, true, false],
    ['bpu', 36, 42_000_000, true, true],
  ])('%s with %i months: total %d, full %s, scholarship %s', (scheme, contributionMonths, total, isFullBenefit, eligible) => {
    const result = computeJkmBenefit({ scheme, contributionMonths, on: '2025-06-01' }, book);
    expect(result).toMatchObject({ total, isFullBenefit, scholarship: { eligible, maxChildren: 2, maxPerChild: 87_000_000, maxTotal: 174_000_000 } });
  });

  it('splits the components and cites each rule', () => {
    const result = computeJkmBenefit({ scheme: 'pu', contributionMonths: 12, on: '2025-06-01' }, book);
    expect(result).toMatchObject({ lumpSum: 20_000_000, periodic: 12_000_000, funeral: 10_000_000 });
    expect(result.lines.map((l) => l.rule)).toEqual(['jkm.benefit.lump-sum@2019-12-02', 'jkm.benefit.periodic@2019-12-02', 'jkm.benefit.funeral@2019-12-02']);
  });

  it('lists the scholarship levels (sum of per-year × years = 87 M per child)', () => {
    const { scholarship } = computeJkmBenefit({ scheme: 'pu', contributionMonths: 40, on: '2025-06-01' }, book);
    expect(scholarship.reason).toBe('contribution-months');
    expect(scholarship.levels.reduce((sum, l) => sum + l.perYear * l.maxYears, 0)).toBe(87_000_000);
    expect(scholarship.levels[0]).toEqual({ level: 'tk', perYear: 1_500_000, maxYears: 2 });
  });

  // PP 82/2019 in force 2019-12-02: the day before has no benefit rows in the book.
  it.each([
    ['2019-12-01', false],
    ['2019-12-02', true],
  ])('on %s rules exist: %s', (on, exists) => {
    const run = () => computeJkmBenefit({ scheme: 'pu', contributionMonths: 1, on }, book);
    if (exists) expect(run().total).toBe(42_000_000);
    else expect(run).toThrow(expect.objectContaining({ code: 'RULE_NOT_FOUND' }));
  });

  it.each([-1, 1.5])('rejects %d contribution months', (contributionMonths) => {
    expect(() => computeJkmBenefit({ scheme: 'pu', contributionMonths, on: '2025-06-01' }, book)).toThrow(expect.objectContaining({ code: 'CONTRIBUTION_MONTHS_INVALID' }));
  });
});
