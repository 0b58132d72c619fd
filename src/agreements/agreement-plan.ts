/**
 * Plan vs budget of a PKS: the regulation engine's plan (src/domain/plan.ts) for the agreement's groups
 * over its contribution months, against its APBD budget line — with the verdict, quota per group, the
 * headcount and months the budget actually carries, and every per-head amount explained by its rules.
 * Source today: the target headcounts of the PKS; once enrolment exists, the enrolled participants.
 * A what-if applies overrides to a copy of the agreement and saves nothing.
 */
import { countContributionMonths } from '../domain/agreement-period';
import type { ContributionLine } from '../domain/contribution.types';
import { computePlan } from '../domain/plan';
import { resolveWageBase, type WageBasePolicy } from '../domain/wage-base';
import type { RuleLookup } from '../domain/rule-lookup';
import type { Agreement, AgreementGroup } from './agreement.mapper';
import type { WhatIf } from './agreements.schemas';


export type PlanVerdict = 'no-budget' | 'covered' | 'exact' | 'shortfall';

export interface PlanWarning { code: string; group?: string; details?: Record<string, unknown> }

export interface AgreementPlanGroup {
  groupId: number;
  name: string;
  scheme: 'pu' | 'bpu';
  riskClass: AgreementGroup['riskClass'];
  headcount: number;
  wage: { policy: WageBasePolicy; amount: number; provinceName: string | null; rule: string | null; legalBasis: string | null };
  perHeadMonthly: number;
  perHeadVaries: boolean;
  monthly: number;
  total: number;
  /** target: the PKS's promise; enrolled: participants (null until enrolment exists); carried: what the budget pays for. */
  quota: { target: number; enrolled: number | null; carried: number | null };
  lines: Pick<ContributionLine, 'program' | 'kind' | 'base' | 'rateBp' | 'flat' | 'amount' | 'rule' | 'legalBasis' | 'confidence'>[];
}

export interface AgreementPlan {
  source: 'target';
  start: string;
  months: number;
  budget: number | null;
  total: number;
  remaining: number | null;
  remainingBp: number | null;
  verdict: PlanVerdict;
  headcount: number;
  headsCarried: number | null;
  monthsCarried: number | null;
  groups: AgreementPlanGroup[];
  byMonth: { month: string; total: number; cumulative: number; isCovered: boolean }[];
  warnings: PlanWarning[];
}

function applyWhatIf(a: Agreement, w: WhatIf): { groups: AgreementGroup[]; budget: number | null; months: number | null } {
  const groups = a.groups.map((g) => {
    const o = w.groups?.find((candidate) => candidate.id === g.id);
    if (!o) return g;
    const wage: WageBasePolicy = o.wage === undefined ? g.wage : { kind: g.scheme === 'bpu' ? 'declared' : 'fixed', amount: o.wage };
    return { ...g, targetHeadcount: o.headcount ?? g.targetHeadcount, riskClass: g.scheme === 'pu' ? (o.riskClass ?? g.riskClass) : g.riskClass, wage };
  });
  return { groups, budget: w.budget ?? a.budget?.amount ?? null, months: w.months ?? null };
}

function verdictOf(budget: number | null, remaining: number): PlanVerdict {
  if (budget === null) return 'no-budget';
  return remaining > 0 ? 'covered' : remaining === 0 ? 'exact' : 'shortfall';
}

/** The plan of a PKS under the rules in force (the regulation_rule table, via the calc service). */
export function planAgreement(a: Agreement, rules: RuleLookup, whatIf: WhatIf = {}, provinceNames: ReadonlyMap<string, string> = new Map()): AgreementPlan {
  const { groups, budget, months: monthsOverride } = applyWhatIf(a, whatIf);
  const period = countContributionMonths(a.periodStart, a.periodEnd);
  const wages = groups.map((g) => resolveWageBase(g.wage, rules));
  const plan = computePlan({
    start: period.start, months: monthsOverride ?? period.months, budget: budget ?? 0,
    groups: groups.map((g, i) => ({ name: g.name, scheme: g.scheme, risk: g.riskClass ?? undefined, funding: g.funding,
      sector: g.sector ?? undefined, headcount: g.targetHeadcount, wage: wages[i]!.amount })),
  }, rules);
  const first = plan.months[0];
  const carried = (heads: number) => (budget === null || plan.total === 0 ? null : Number((BigInt(budget) * BigInt(heads)) / BigInt(plan.total)));
  const warnings: PlanWarning[] = [];
  const planGroups = groups.map((g, i): AgreementPlanGroup => {
    const summary = plan.groups[i]!;
    const contribution = first?.groups[i]?.contribution;
    for (const w of contribution?.warnings ?? []) warnings.push({ code: w.code, group: g.name, details: { ...w.details } });
    if (summary.perHeadVaries) warnings.push({ code: 'PLAN_RATE_CHANGES_IN_PERIOD', group: g.name });
    const wage = wages[i]!;
    return {
      groupId: g.id, name: g.name, scheme: g.scheme, riskClass: g.riskClass, headcount: g.targetHeadcount,
      wage: { policy: g.wage, amount: wage.amount, provinceName: g.wage.kind === 'ump' ? (provinceNames.get(g.wage.provinceCode) ?? null) : null, rule: wage.rule, legalBasis: wage.legalBasis },
      perHeadMonthly: summary.perHeadMonthly, perHeadVaries: summary.perHeadVaries, monthly: first?.groups[i]?.total ?? 0, total: summary.total,
      quota: { target: g.targetHeadcount, enrolled: null, carried: carried(g.targetHeadcount) },
      lines: (contribution?.lines ?? []).map(({ program, kind, base, rateBp, flat, amount, rule, legalBasis, confidence }) =>
        ({ program, kind, base, rateBp, flat, amount, rule, legalBasis, confidence })),
    };
  });
  const verdict = verdictOf(budget, plan.remaining);
  if (verdict === 'shortfall') {
    warnings.unshift({ code: 'PLAN_EXCEEDS_BUDGET', details: { shortfall: -plan.remaining, headsCarried: plan.headsCarried, monthsCarried: plan.monthsCarried } });
  }
  if (a.programmes.includes('JHT')) warnings.push({ code: 'PLAN_JHT_NOT_INCLUDED' });
  let cumulative = 0;
  return {
    source: 'target', start: plan.start, months: plan.monthCount, budget, total: plan.total,
    remaining: budget === null ? null : plan.remaining, remainingBp: budget === null ? null : plan.remainingBp, verdict,
    headcount: groups.reduce((sum, g) => sum + g.targetHeadcount, 0),
    headsCarried: budget === null ? null : plan.headsCarried, monthsCarried: budget === null ? null : plan.monthsCarried,
    groups: planGroups,
    byMonth: plan.months.map((m) => {
      cumulative += m.total;
      return { month: m.month, total: m.total, cumulative, isCovered: budget !== null && cumulative <= budget };
    }),
    warnings,
  };
}
