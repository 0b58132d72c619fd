/**
 * Eligibility of a claim on its incident date, from enrolment (the participation, its programmes) and billing
 * (coverage on the day: active, paid or within grace, within the PKS; the bill line's base for the month; the
 * months paid). Answers the inputs the benefit is computed from and the blocking reason codes.
 */
import { monthOf, type IsoDate } from '../domain/calendar';
import { programmeOf, type ClaimType } from '../domain/claim-types';
import type { Db } from '../db/database';
import { billedMonth, coverageOn, monthsPaid } from './claim-billing.port';

/** Codes that do not refuse a claim, only reduce or explain its benefit. */
const NON_BLOCKING = new Set(['JKM_BPU_FUNERAL_ONLY', 'SCHOLARSHIP_MAX_CHILDREN', 'SCHOLARSHIP_CHILD_NOT_ELIGIBLE']);
export const isBlocking = (code: string) => !NON_BLOCKING.has(code);

export interface ParticipationFacts {
  id: number; programmes: string[]; startsOn: IsoDate; coverageFrom: IsoDate | null; coverageTo: IsoDate; workerGroup: 'non-asn' | 'rentan';
}

export interface EligibilityFacts {
  reasons: string[];
  coverage: Awaited<ReturnType<typeof coverageOn>>;
  wageBase: number | null;
  wageBaseSource: { billId: number; billNumber: string; baseSource: string; month: string; ruleIds: string[] } | null;
  contributionMonths: number;
}

/** Months paid from the participation's first year up to the incident month (inclusive). */
async function countMonthsPaid(db: Db, tenantCode: string, p: ParticipationFacts, on: IsoDate): Promise<number> {
  const firstYear = Number((p.coverageFrom ?? p.startsOn).slice(0, 4));
  const lastYear = Number(on.slice(0, 4));
  const years = Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, i) => firstYear + i);
  const paid = await Promise.all(years.map((year) => monthsPaid(db, tenantCode, p.id, year)));
  const upTo = monthOf(on);
  return paid.flat().filter((month) => month <= upTo).length;
}

export async function eligibilityOn(db: Db, tenantCode: string, p: ParticipationFacts, type: ClaimType, on: IsoDate): Promise<EligibilityFacts> {
  const [coverage, billed, contributionMonths] = await Promise.all([
    coverageOn(db, tenantCode, p.id, on),
    billedMonth(db, tenantCode, p.id, monthOf(on)),
    countMonthsPaid(db, tenantCode, p, on),
  ]);
  const reasons: string[] = coverage.verdict === 'not-covered' ? [...coverage.reasons] : [];
  if (!p.programmes.includes(programmeOf(type))) reasons.push('CLAIM_PROGRAMME_NOT_COVERED');
  return {
    reasons, coverage, contributionMonths,
    // PP 82/2019 "wage" = the wage the contributions were billed on that month: the bill line's base.
    wageBase: billed?.base ?? null,
    wageBaseSource: billed ? { billId: billed.billId, billNumber: billed.billNumber, baseSource: billed.baseSource, month: monthOf(on), ruleIds: billed.ruleIds } : null,
  };
}
