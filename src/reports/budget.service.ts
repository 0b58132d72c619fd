/**
 * The budget and claims panels of a regency: the PKS's realisation (budget, billed, paid, outstanding,
 * late fees, the month the money runs out — billing/payments `realisation`) and the year's claims by type
 * and status with utilisation (claims `claimCounts`, `utilisation`). Both read one regency's bills and
 * claims through their owners' services; scope is checked here first.
 */
import { clockOf, type RequestContext } from '../auth/actor';
import { pksOfYear } from '../agreements/agreement-reports.service';
import { realisation } from '../billing/coverage.service';
import { claimCounts, utilisation } from '../claims/claims-facts.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import { reportYear } from './coverage.service';
import { authorizeRegion, tenantFilter } from './report-scope';

async function authorizeRegency(db: Db, ctx: RequestContext, tenantCode: string) {
  const visible = await authorizeRegion(db, ctx.actor, tenantCode);
  if (!tenantFilter(visible, [tenantCode]).length) throw notFound('region', tenantCode);
}

/** Realisation of the regency's PKS of the year; null without one (the dashboard shows "no PKS"). */
export async function budgetOf(db: Db, ctx: RequestContext, tenantCode: string, year: number) {
  const [pks] = await pksOfYear(db, year, [tenantCode]);
  if (!pks) return null;
  const r = await realisation(db, tenantCode, pks.agreementId, todayIn(clockOf(ctx), tenantCode));
  return { agreementId: r.agreementId, budget: r.budget, billed: r.billed, paid: r.paid, outstanding: r.outstanding, lateFees: r.lateFees,
    runsOutIn: r.runsOutIn, months: r.months.map(({ month, billed, paid, status }) => ({ month, billed, paid, status })) };
}

/** `lindung reports budget`: the contract's six figures. */
export async function budgetReport(db: Db, ctx: RequestContext, tenantCode: string, q: { year?: number }) {
  await authorizeRegency(db, ctx, tenantCode);
  const year = reportYear(ctx, tenantCode, q.year);
  const b = await budgetOf(db, ctx, tenantCode, year);
  if (!b) throw new DomainError('REPORT_NO_PKS', 'not_found', { year });
  return b;
}

export async function claimsOf(db: Db, tenantCode: string, year: number) {
  const [counts, use] = await Promise.all([claimCounts(db, tenantCode, year), utilisation(db, tenantCode, year)]);
  return { counts, contributionsPaid: use.contributionsPaid, benefitsPaid: use.benefitsPaid, ratio: use.ratio };
}

export async function claimsReport(db: Db, ctx: RequestContext, tenantCode: string, q: { year?: number }) {
  await authorizeRegency(db, ctx, tenantCode);
  return claimsOf(db, tenantCode, reportYear(ctx, tenantCode, q.year));
}
