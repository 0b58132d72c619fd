/**
 * Every claim type's amount, table-driven, on and around the rule dates (PP 82/2019 in force 2019-12-02:
 * the day before has no benefit rule and answers RULE_NOT_FOUND rather than a guess).
 */
import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { computeClaimBenefit, type ClaimBenefitInput } from './claim-benefit';

const BOOK = createDefaultRuleBook();
const UMP_2024 = 2_186_826;
const base = { scheme: 'pu', wageBase: UMP_2024, contributionMonths: 12 } as const;

describe('computeClaimBenefit per type', () => {
  it.each<[string, Partial<ClaimBenefitInput>, number, string[]]>([
    ['jkm, PU', { type: 'jkm' }, 42_000_000, []],
    ['jkm, BPU with 2 months: funeral only [U]', { type: 'jkm', scheme: 'bpu', contributionMonths: 2 }, 10_000_000, ['JKM_BPU_FUNERAL_ONLY']],
    ['jkm, BPU with 3 months: full', { type: 'jkm', scheme: 'bpu', contributionMonths: 3 }, 42_000_000, []],
    ['jkk-death 48 × wage + 12 M + 10 M', { type: 'jkk-death' }, 126_967_648, []],
    ['jkk-death BPU on Rp 1,000,000 = 70 M', { type: 'jkk-death', scheme: 'bpu', wageBase: 1_000_000 }, 70_000_000, []],
    ['jkk-disability-total 56 × wage', { type: 'jkk-disability-total' }, 56 * UMP_2024, []],
    ['jkk-disability-partial 10% × 80 × wage', { type: 'jkk-disability-partial', percent: 10 }, 8 * UMP_2024, []],
    ['jkk-disability-partial functional 50% × 10%', { type: 'jkk-disability-partial', percent: 10, functionLossPercent: 50 }, 4 * UMP_2024, []],
    ['jkk-stmb 13 months', { type: 'jkk-stmb', months: 13 }, 12 * UMP_2024 + 1_093_413, []],
    ['jkk-medical: care uncapped, home care capped at 20 M', { type: 'jkk-medical', medicalCost: 55_000_000, homeCareCost: 25_000_000 }, 75_000_000, []],
    ['jkk-transport by sea, cost above the 2 M cap [U]', { type: 'jkk-transport', transportMode: 'sea', transportCost: 2_500_000 }, 2_000_000, []],
    ['jkk-transport by land, no cost given: the cap', { type: 'jkk-transport' }, 5_000_000, []],
    ['beasiswa JKM with 35 months: refused', { type: 'beasiswa', contributionMonths: 35, children: [{ level: 'sd' }] }, 0, ['SCHOLARSHIP_TOO_FEW_MONTHS']],
    ['beasiswa JKM with 36 months: SMP + S1', { type: 'beasiswa', contributionMonths: 36, children: [{ level: 'smp' }, { level: 's1' }] }, 14_000_000, []],
    ['beasiswa after a work accident, no months', { type: 'beasiswa', contributionMonths: 0, workAccident: true, children: [{ level: 'tk' }] }, 1_500_000, []],
    ['beasiswa without children', { type: 'beasiswa', contributionMonths: 40, children: [] }, 0, ['SCHOLARSHIP_NO_CHILDREN']],
    ['wage-based type without a bill line', { type: 'jkk-death', wageBase: null }, 0, ['WAGE_BASE_NOT_BILLED']],
  ])('%s', (_name, input, total, reasons) => {
    const result = computeClaimBenefit({ ...base, on: '2019-12-02', ...input } as ClaimBenefitInput, BOOK);
    expect(result.total).toBe(total);
    expect(result.reasons).toEqual(reasons);
    expect(result.lines.every((l) => l.basis.length > 0 && l.rule.includes('@'))).toBe(true);
  });

  it('the day before PP 82/2019 has no benefit rule: RULE_NOT_FOUND, never a guessed amount', () => {
    expect(() => computeClaimBenefit({ ...base, type: 'jkm', on: '2019-12-01' }, BOOK)).toThrow(expect.objectContaining({ code: 'RULE_NOT_FOUND' }));
  });

  it('partial disability needs its percentage; STMB its months', () => {
    expect(() => computeClaimBenefit({ ...base, type: 'jkk-disability-partial', on: '2025-01-01' }, BOOK)).toThrow(expect.objectContaining({ code: 'PERCENT_INVALID' }));
    expect(() => computeClaimBenefit({ ...base, type: 'jkk-stmb', on: '2025-01-01' }, BOOK)).toThrow(expect.objectContaining({ code: 'MONTHS_INVALID' }));
  });
});
