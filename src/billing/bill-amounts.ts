/**
 * Per-head amounts of one PKS group for the months a run needs — a handful of computations in TypeScript
 * (the regulation engine: src/domain/contribution.ts on the group's wage policy, src/domain/wage-base.ts),
 * which the run then hands to one set-based INSERT … SELECT. Every participant of a group-month gets the
 * same amount: the base is the group's (UMP of a year, a fixed wage, a declared income).
 */
import { firstDayOf, type IsoMonth } from '../domain/calendar';
import { computeContribution } from '../domain/contribution';
import type { Funding, RiskClass, Scheme, Sector } from '../domain/contribution.types';
import { findRoundingModeAt, type RuleLookup } from '../domain/rule-lookup';
import { resolveWageBase, type WageBasePolicy } from '../domain/wage-base';

export interface BillingGroup {
  id: number; name: string; scheme: Scheme; riskClass: RiskClass | null; funding: Funding; sector: Sector | null; wage: WageBasePolicy;
}

export interface PerHead {
  month: IsoMonth; base: number; baseSource: string; jkk: number; jkm: number; jht: number; amount: number; ruleIds: string[];
}

/** 'ump:53:2024', 'fixed' or 'declared': where the base comes from (the UMP rule id is in ruleIds). */
export function baseSourceOf(policy: WageBasePolicy): string {
  return policy.kind === 'ump' ? `ump:${policy.provinceCode}:${policy.year}` : policy.kind;
}

export function perHeadOf(group: BillingGroup, month: IsoMonth, book: RuleLookup): PerHead {
  const on = firstDayOf(month);
  const wage = resolveWageBase(group.wage, book);
  // Non-ASN of a regency are not JKP participants (REGULATIONS.md §2): full PU rates.
  const c = computeContribution({
    scheme: group.scheme, wage: wage.amount, risk: group.riskClass ?? undefined, jkp: false, funding: group.funding,
    sector: group.sector ?? undefined, on,
  }, book);
  const ruleIds = [...new Set([...(wage.rule ? [wage.rule] : []), ...c.lines.map((l) => l.rule), findRoundingModeAt(book, on).rule.id])];
  // JHT is optional and not part of the programme's contribution (the plan says so too): 0 per head.
  return { month, base: c.base, baseSource: baseSourceOf(group.wage), jkk: c.jkk, jkm: c.jkm, jht: 0, amount: c.total, ruleIds };
}
