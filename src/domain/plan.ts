/**
 * Budget plan for a programme: contributions of every group, month by month, against a budget.
 * Rules are evaluated on the 1st of each month, so a rule change inside the period (e.g. PP 50/2025 from
 * 2026-04-01) changes results only from that month. Per head is the single-participant contribution
 * (rounded per participant, per program, per month), times the headcount.
 */
import { addMonthsToMonth, assertMonth, firstDayOf } from './calendar';
import { computeContribution } from './contribution';
import { DomainError } from './errors';
import { divideRounded, multiplyRupiah, rupiah, sumRupiah, type Rupiah } from './money';
import type { Plan, PlanGroupInput, PlanGroupMonth, PlanGroupSummary, PlanInput, PlanMonth } from './plan.types';
import type { RuleLookup } from './rule-lookup';

const MAX_MONTHS = 600;

function validatePlan(input: PlanInput): void {
  assertMonth(input.start, 'start');
  if (!Number.isSafeInteger(input.months) || input.months < 1 || input.months > MAX_MONTHS) {
    throw new DomainError('PLAN_MONTHS_INVALID', 'invalid', { months: input.months });
  }
  if (!Number.isSafeInteger(input.budget) || input.budget < 0) {
    throw new DomainError('PLAN_BUDGET_INVALID', 'invalid', { budget: String(input.budget) });
  }
  for (const group of input.groups) {
    if (!Number.isSafeInteger(group.headcount) || group.headcount < 0) {
      throw new DomainError('PLAN_HEADCOUNT_INVALID', 'invalid', { group: group.name, headcount: group.headcount });
    }
  }
}

function computeGroupMonth(group: PlanGroupInput, on: string, book: RuleLookup): PlanGroupMonth {
  const contribution = computeContribution({ ...group, on }, book);
  const total = multiplyRupiah(contribution.total, group.headcount);
  return { name: group.name, headcount: group.headcount, perHead: contribution.total, total, contribution };
}

function computeMonth(month: string, groups: readonly PlanGroupInput[], book: RuleLookup): PlanMonth {
  const on = firstDayOf(month);
  const groupMonths = groups.map((group) => computeGroupMonth(group, on, book));
  return { month, on, total: sumRupiah(groupMonths.map((g) => g.total)), groups: groupMonths };
}

function summariseGroups(input: PlanInput, months: readonly PlanMonth[]): PlanGroupSummary[] {
  return input.groups.map((group, index) => {
    const perMonth = months.map((month) => month.groups[index]).filter((g): g is PlanGroupMonth => g !== undefined);
    const first = perMonth[0]?.perHead ?? rupiah(0);
    return {
      name: group.name,
      headcount: group.headcount,
      perHeadMonthly: first,
      perHeadVaries: perMonth.some((g) => g.perHead !== first),
      total: sumRupiah(perMonth.map((g) => g.total)),
    };
  });
}

function countMonthsCarried(months: readonly PlanMonth[], budget: Rupiah): number {
  let spent = 0n;
  let carried = 0;
  for (const month of months) {
    spent += BigInt(month.total);
    if (spent > BigInt(budget)) break;
    carried += 1;
  }
  return carried;
}

export function computePlan(input: PlanInput, book: RuleLookup): Plan {
  validatePlan(input);
  const budget = rupiah(input.budget);
  const months = Array.from({ length: input.months }, (_, i) =>
    computeMonth(addMonthsToMonth(input.start, i), input.groups, book),
  );
  const total = sumRupiah(months.map((m) => m.total));
  const remaining = rupiah(BigInt(budget) - BigInt(total));
  const heads = input.groups.reduce((sum, group) => sum + BigInt(group.headcount), 0n);
  return {
    start: input.start,
    monthCount: input.months,
    total,
    budget,
    remaining,
    remainingBp: budget === 0 ? 0 : Number(divideRounded(BigInt(remaining) * 10_000n, BigInt(budget), 'half-up')),
    groups: summariseGroups(input, months),
    months,
    // Scaling every group by the same factor keeps the mix; the budget carries floor(budget × heads / total).
    headsCarried: total === 0 ? null : Number((BigInt(budget) * heads) / BigInt(total)),
    monthsCarried: countMonthsCarried(months, budget),
  };
}
