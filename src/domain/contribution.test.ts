import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { createRuleBook } from '../regulation/rule-book';
import { SEED_RULES } from '../regulation/rules.seed';
import { computeContribution } from './contribution';
import type { ContributionInput, Funding, RiskClass, Sector } from './contribution.types';

// Domain code sees the rules only through the RuleLookup port; tests use the shipped seed rows.
const book = createDefaultRuleBook();
const UMP_NTT_2024 = 2_186_826;

describe('PU (wage earners): PP 44/2015 Lampiran I as amended by PP 82/2019', () => {
  // Each amount is wage × rate rounded half up per program: e.g. 2,186,826 × 0.24% = 5,248.3824 → 5,248.
  it.each<[RiskClass, number, number]>([
    ['very-low', 5_248, 6_560], // 5,248.3824; JKM 6,560.478
    ['low', 11_809, 6_560], // 11,808.8604
    ['medium', 19_463, 6_560], // 19,462.7514
    ['high', 27_773, 6_560], // 27,772.6902
    ['very-high', 38_051, 6_560], // 38,050.7724
  ])('%s: JKK %d + JKM %d', (risk, jkk, jkm) => {
    const result = computeContribution({ scheme: 'pu', wage: UMP_NTT_2024, risk, on: '2025-01-01' }, book);
    expect(result).toMatchObject({ base: UMP_NTT_2024, jkk, jkm, total: jkk + jkm, warnings: [] });
  });

  it('keeps every input on each line so the amount can be audited', () => {
    const result = computeContribution({ scheme: 'pu', wage: UMP_NTT_2024, on: '2025-01-01' }, book);
    expect(result.lines).toEqual([
      { program: 'JKK', kind: 'rate', amount: 5_248, base: UMP_NTT_2024, rateBp: 24, rounding: 'half-up', rule: 'pu.jkk.rate.very-low[jkp=no]@2015-07-01', legalBasis: 'PP 44/2015 Lampiran I; PP 82/2019', confidence: 'confirmed' },
      { program: 'JKM', kind: 'rate', amount: 6_560, base: UMP_NTT_2024, rateBp: 30, rounding: 'half-up', rule: 'pu.jkm.rate[jkp=no]@2015-07-01', legalBasis: 'PP 44/2015; PP 82/2019', confidence: 'confirmed' },
    ]);
  });

  // PP 49/2023 in force 2023-10-06: JKP participants move 0.14 pt of JKK and 0.10 pt of JKM to JKP.
  it.each<[string, RiskClass, number, number]>([
    ['2023-10-05', 'very-low', 5_248, 6_560], // the day before: full rates
    ['2023-10-06', 'very-low', 2_187, 4_374], // 0.10% → 2,186.826; 0.20% → 4,373.652
    ['2023-10-06', 'low', 8_747, 4_374], // 0.40% → 8,747.304
    ['2023-10-06', 'medium', 16_401, 4_374], // 0.75% → 16,401.195
    ['2023-10-06', 'high', 24_711, 4_374], // 1.13% → 24,711.1338
    ['2023-10-06', 'very-high', 34_989, 4_374], // 1.60% → 34,989.216
  ])('JKP participant on %s, %s: JKK %d, JKM %d', (on, risk, jkk, jkm) => {
    expect(computeContribution({ scheme: 'pu', wage: UMP_NTT_2024, risk, jkp: true, on }, book)).toMatchObject({ jkk, jkm });
  });

  it('non-JKP participants keep the full rates after PP 49/2023', () => {
    expect(computeContribution({ scheme: 'pu', wage: UMP_NTT_2024, jkp: false, on: '2023-10-06' }, book)).toMatchObject({ jkk: 5_248, jkm: 6_560 });
  });
});

describe('BPU (non-wage earners): JKK 1% of declared income + JKM Rp 6,800', () => {
  const bpu = (wage: number, on: string, funding: Funding = 'apbd', sector: Sector = 'other'): ContributionInput => ({ scheme: 'bpu', wage, on, funding, sector });

  it('the pekerja rentan package is Rp 16,800 (10,000 + 6,800)', () => {
    const result = computeContribution(bpu(1_000_000, '2025-01-01'), book);
    expect(result).toMatchObject({ base: 1_000_000, jkk: 10_000, jkm: 6_800, total: 16_800, warnings: [] });
    expect(result.lines.map((l) => [l.kind, l.rule])).toEqual([
      ['rate', 'bpu.jkk.rate@2015-07-01'],
      ['flat', 'bpu.jkm.flat@2015-07-01'],
    ]);
  });

  it('raises declared income below the minimum to Rp 1,000,000 and says so', () => {
    const result = computeContribution(bpu(500_000, '2025-01-01'), book);
    expect(result).toMatchObject({ base: 1_000_000, total: 16_800 });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'BPU_INCOME_RAISED_TO_MINIMUM', rule: 'bpu.income.minimum@2015-07-01', confidence: 'unconfirmed', details: { declared: 500_000, minimum: 1_000_000 } }),
    ]);
  });

  it('a higher declared income raises only JKK', () => {
    expect(computeContribution(bpu(2_000_000, '2025-01-01'), book)).toMatchObject({ jkk: 20_000, jkm: 6_800, total: 26_800 });
  });

  // PP 50/2025: 50% for self-paying BPU — transport 2026-01-01..2027-03-31, others 2026-04-01..2026-12-31.
  // Each boundary is tested on the last day without and the first day with (and vice versa).
  it.each<[string, Sector, number]>([
    ['2025-12-31', 'transport', 16_800],
    ['2026-01-01', 'transport', 8_400],
    ['2027-03-31', 'transport', 8_400],
    ['2027-04-01', 'transport', 16_800],
    ['2026-01-01', 'other', 16_800], // others start later
    ['2026-03-31', 'other', 16_800],
    ['2026-04-01', 'other', 8_400],
    ['2026-12-31', 'other', 8_400],
    ['2027-01-01', 'other', 16_800],
  ])('self-funded on %s, %s: %d', (on, sector, total) => {
    expect(computeContribution(bpu(1_000_000, on, 'self', sector), book).total).toBe(total);
  });

  // Excluded: BPU paid from APBN/APBD — pekerja rentan funded by a regency stay at Rp 16,800.
  it.each<[string, Funding, Sector]>([
    ['2026-01-01', 'apbd', 'transport'],
    ['2027-03-31', 'apbn', 'transport'],
    ['2026-04-01', 'apbd', 'other'],
    ['2026-12-31', 'apbn', 'other'],
  ])('publicly funded on %s (%s, %s): full 16,800 with an explanation', (on, funding, sector) => {
    const result = computeContribution(bpu(1_000_000, on, funding, sector), book);
    expect(result.total).toBe(16_800);
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'BPU_DISCOUNT_EXCLUDED_PUBLIC_FUNDING', details: { funding } })]);
  });

  it('the discount has its own lines citing PP 50/2025', () => {
    const result = computeContribution(bpu(1_000_000, '2026-01-01', 'self', 'transport'), book);
    expect(result).toMatchObject({ jkk: 5_000, jkm: 3_400 });
    expect(result.lines.filter((l) => l.kind === 'discount')).toEqual([
      expect.objectContaining({ program: 'JKK', amount: -5_000, base: 10_000, discountBp: 5_000, legalBasis: 'PP 50/2025', rule: 'bpu.discount.rate[funding=self,sector=transport]@2026-01-01' }),
      expect.objectContaining({ program: 'JKM', amount: -3_400, base: 6_800, discountBp: 5_000 }),
    ]);
  });

  // The participant pays the rounded 50%; the discount is the remainder, so paid + discount = gross.
  it('rounds the paid half, not the discount: 10,001 → pays 5,001', () => {
    const result = computeContribution(bpu(1_000_050, '2026-05-01', 'self', 'other'), book); // JKK 10,000.5 → 10,001
    expect(result.jkk).toBe(5_001);
    expect(result.lines.find((l) => l.kind === 'discount' && l.program === 'JKK')?.amount).toBe(-5_000);
  });
});

describe('inputs and rules', () => {
  it.each<[Partial<ContributionInput>, string]>([
    [{ wage: 1.5 }, 'MONEY_INVALID'], // no floats for money
    [{ wage: -1 }, 'WAGE_NEGATIVE'],
    [{ on: '2025-02-30' }, 'DATE_INVALID'],
    [{ scheme: 'xyz' as 'pu' }, 'SCHEME_INVALID'],
    [{ risk: 'extreme' as RiskClass }, 'RISK_CLASS_INVALID'],
    [{ on: '2015-06-30' }, 'RULE_NOT_FOUND'], // before PP 44/2015: no rates to compute with
  ])('%j → %s', (override, code) => {
    const input: ContributionInput = { scheme: 'pu', wage: 1_000_000, on: '2025-01-01', ...override };
    expect(() => computeContribution(input, book)).toThrow(expect.objectContaining({ code }));
  });

  // The rounding mode is itself a rule: a book that says 'down' truncates.
  it('uses the rounding mode of the rule book', () => {
    const down = createRuleBook([...SEED_RULES.filter((r) => r.key !== 'rounding.mode'), { ...SEED_RULES.find((r) => r.key === 'rounding.mode')!, value: 0 }]);
    expect(computeContribution({ scheme: 'pu', wage: 1_875, on: '2025-01-01' }, down).jkk).toBe(4); // 4.5 truncated
    expect(computeContribution({ scheme: 'pu', wage: 1_875, on: '2025-01-01' }, book).jkk).toBe(5); // 4.5 half up
  });
});
