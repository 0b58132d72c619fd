/**
 * The programme budget plan: what a regency's groups cost month by month against its budget, the exact
 * shortfall or surplus, and how many heads / months the budget carries. The plan input is checked with
 * zod here too, because the CLI reads it from a file nobody validated yet.
 */
import { computePlan } from '../domain/plan';
import type { Plan } from '../domain/plan.types';
import { DomainError } from '../domain/errors';
import type { Db } from '../db/database';
import type { Lang } from '../i18n/messages';
import { planInput, type PlanInput } from './calc.schemas';
import { describeWarnings, inWords } from './calc.service';
import { getRuleBook } from '../regulation/rule-book.service';

/** Validates an untrusted plan document (e.g. a JSON file); throws PLAN_INPUT_INVALID on the first issue. */
export function parsePlanInput(raw: unknown): PlanInput {
  const parsed = planInput.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') || '(root)';
  throw new DomainError('PLAN_INPUT_INVALID', 'invalid', { field, reason: issue?.message ?? 'invalid' });
}

function verdictOf(remaining: number): 'shortfall' | 'surplus' | 'balanced' {
  return remaining < 0 ? 'shortfall' : remaining > 0 ? 'surplus' : 'balanced';
}

function present(plan: Plan, input: PlanInput, lang: Lang) {
  const first = plan.months[0];
  return {
    start: plan.start, monthCount: plan.monthCount, total: plan.total, budget: plan.budget,
    remaining: plan.remaining, remainingBp: plan.remainingBp, verdict: verdictOf(plan.remaining),
    headsCarried: plan.headsCarried, monthsCarried: plan.monthsCarried,
    perHeadVaries: plan.groups.some((group) => group.perHeadVaries),
    // Each group explained by its first month's per-head lines; later months are in `months`.
    groups: plan.groups.map((group, index) => {
      const contribution = first?.groups[index]?.contribution;
      return {
        ...group, scheme: input.groups[index]?.scheme ?? 'pu',
        lines: contribution?.lines ?? [], warnings: describeWarnings(contribution?.warnings ?? [], lang),
      };
    }),
    months: plan.months.map((month) => ({
      month: month.month, on: month.on, total: month.total,
      groups: month.groups.map(({ name, perHead, total }) => ({ name, perHead, total })),
    })),
    totalInWords: inWords(plan.total),
    remainingInWords: inWords(Math.abs(plan.remaining)),
  };
}

/** Accepts a validated input (HTTP) or any document (CLI file), which is validated first. */
export async function calculatePlan(db: Db, raw: unknown, lang: Lang = 'id') {
  const input = parsePlanInput(raw);
  return present(computePlan(input, await getRuleBook(db)), input, lang);
}
