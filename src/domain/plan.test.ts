import { describe, expect, it } from 'vitest';
import { createDefaultRuleBook } from '../regulation/default-rule-book';
import { computePlan } from './plan';
import type { PlanInput } from './plan.types';

const book = createDefaultRuleBook();

describe('computePlan: the Nagekeo 2025 cross-check (news-nagekeo-2025.txt, REGULATIONS.md §2)', () => {
  // Reported: Rp 1.5 billion for 6,311 non-ASN + 3,034 pekerja rentan, January–December 2025.
  //   non-ASN (PU, wage base UMP NTT 2024 Rp 2,186,826, very low risk):
  //     JKK 0.24% = 5,248.3824 → 5,248; JKM 0.30% = 6,560.478 → 6,560; per head 11,808 / month
  //     6,311 × 11,808 = 74,520,288 / month; × 12 = 894,243,456
  //   pekerja rentan (BPU, APBD, Rp 1,000,000 base): 10,000 + 6,800 = 16,800 / month
  //     3,034 × 16,800 = 50,971,200 / month; × 12 = 611,654,400
  //   total 894,243,456 + 611,654,400 = 1,505,897,856; monthly 125,491,488
  //   remaining 1,500,000,000 − 1,505,897,856 = −5,897,856 (a shortfall of 0.393%, within 0.4%)
  //   heads carried: floor(1,500,000,000 × 9,345 / 1,505,897,856) = floor(9,308.4) = 9,308
  //   months carried: 11 × 125,491,488 = 1,380,406,368 ≤ 1.5 bn < 12 × … → 11
  const nagekeo: PlanInput = {
    start: '2025-01',
    months: 12,
    budget: 1_500_000_000,
    groups: [
      { name: 'non-ASN', scheme: 'pu', risk: 'very-low', headcount: 6_311, wage: 2_186_826 },
      { name: 'pekerja rentan', scheme: 'bpu', funding: 'apbd', headcount: 3_034, wage: 1_000_000 },
    ],
  };
  const plan = computePlan(nagekeo, book);

  it('reproduces the total and the shortfall exactly', () => {
    expect(plan.total).toBe(1_505_897_856);
    expect(plan.remaining).toBe(-5_897_856);
    expect(plan.remainingBp).toBe(-39); // −0.3932% rounded half up to whole bp
  });

  it('lands within 0.4% of the reported Rp 1.5 billion', () => {
    const gap = BigInt(Math.abs(plan.total - plan.budget));
    expect(gap * 1000n <= 4n * BigInt(plan.budget)).toBe(true);
  });

  it('per group and per month', () => {
    expect(plan.groups).toEqual([
      { name: 'non-ASN', headcount: 6_311, perHeadMonthly: 11_808, perHeadVaries: false, total: 894_243_456 },
      { name: 'pekerja rentan', headcount: 3_034, perHeadMonthly: 16_800, perHeadVaries: false, total: 611_654_400 },
    ]);
    expect(plan.months).toHaveLength(12);
    expect(plan.months.map((m) => m.total)).toEqual(Array(12).fill(125_491_488));
    expect(plan.months[11]).toMatchObject({ month: '2025-12', on: '2025-12-01' });
  });

  it('says how many heads and months the budget carries', () => {
    expect(plan.headsCarried).toBe(9_308);
    expect(plan.monthsCarried).toBe(11);
  });
});

describe('computePlan: rule changes inside the period apply from their month', () => {
  // PP 50/2025: self-funded "other" BPU pay half from April 2026; transport from January 2026.
  it.each([
    ['other', [16_800, 16_800, 16_800, 8_400, 8_400, 8_400]], // Jan–Mar full, Apr–Jun half
    ['transport', [8_400, 8_400, 8_400, 8_400, 8_400, 8_400]],
  ] as const)('self-funded %s BPU, January–June 2026', (sector, perMonth) => {
    const plan = computePlan({ start: '2026-01', months: 6, budget: 100_000, groups: [{ name: 'ojek', scheme: 'bpu', funding: 'self', sector, headcount: 1, wage: 1_000_000 }] }, book);
    expect(plan.months.map((m) => m.total)).toEqual(perMonth);
    expect(plan.groups[0]?.perHeadVaries).toBe(sector === 'other');
  });

  it('crosses a year end (2025-11 .. 2026-02) for transport workers', () => {
    const plan = computePlan({ start: '2025-11', months: 4, budget: 0, groups: [{ name: 'ojek', scheme: 'bpu', funding: 'self', sector: 'transport', headcount: 10, wage: 1_000_000 }] }, book);
    expect(plan.months.map((m) => [m.month, m.total])).toEqual([['2025-11', 168_000], ['2025-12', 168_000], ['2026-01', 84_000], ['2026-02', 84_000]]);
    expect(plan).toMatchObject({ total: 504_000, remaining: -504_000, remainingBp: 0, monthsCarried: 0, headsCarried: 0 });
  });
});

describe('computePlan: edges and validation', () => {
  it('a budget that covers everything carries all months, and an empty plan costs nothing', () => {
    const plan = computePlan({ start: '2025-01', months: 3, budget: 1_000_000, groups: [] }, book);
    expect(plan).toMatchObject({ total: 0, remaining: 1_000_000, headsCarried: null, monthsCarried: 3, groups: [] });
  });

  it.each([
    [{ months: 0 }, 'PLAN_MONTHS_INVALID'],
    [{ months: 601 }, 'PLAN_MONTHS_INVALID'],
    [{ start: '2025-13' }, 'MONTH_INVALID'],
    [{ budget: -1 }, 'PLAN_BUDGET_INVALID'],
    [{ budget: 0.5 }, 'PLAN_BUDGET_INVALID'],
    [{ groups: [{ name: 'x', scheme: 'pu' as const, headcount: -1, wage: 1 }] }, 'PLAN_HEADCOUNT_INVALID'],
  ])('%j → %s', (override, code) => {
    expect(() => computePlan({ start: '2025-01', months: 1, budget: 0, groups: [], ...override }, book)).toThrow(expect.objectContaining({ code }));
  });
});
