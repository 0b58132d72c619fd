/**
 * The province view (every regency and city of a province — those without a programme too, since that is
 * whom the province must push) and the national view (every province, drilling down to the province view):
 * participants, the PKS with its period and budget, its money (billed, paid, realisation, overdue, late
 * fees) and the year's claims, and UCJ against the target. From the roll-ups (participations, PKS money,
 * claims), the PKS of many regencies in one query, and the reference figures — never per-regency loops.
 */
import type { RequestContext } from '../auth/actor';
import { pksOfYear, type PksSummary } from '../agreements/agreement-reports.service';
import type { Db } from '../db/database';
import { findRegionName } from '../regions/regions.service';
import { coverageReport, type CoverageRow } from './coverage.service';
import { latestFigures } from './reference.repository';
import { claimsOfYear, financeOf, type PksFinance, type TenantClaims } from './report-finance.repository';
import { authorizeRegion, tenantFilter } from './report-scope';

export interface RegionMoney { budget: number; billed: number; paid: number; outstanding: number; overdue: number; lateFees: number; realisation: number | null }
export interface RegionClaims { filed: number; approved: number; paid: number; refused: number; benefitsPaid: number }

/** Paid in percent of the budget, two decimals; null without a budget. */
const percentOf = (paid: number, budget: number) => (budget > 0 ? Math.round((paid / budget) * 10_000) / 100 : null);

function moneyOf(finance: PksFinance[]): RegionMoney | null {
  if (!finance.length) return null;
  const total = (k: keyof Omit<RegionMoney, 'realisation'>) => finance.reduce((s, f) => s + f[k], 0);
  const budget = total('budget');
  const paid = total('paid');
  return { budget, billed: total('billed'), paid, outstanding: total('outstanding'), overdue: total('overdue'), lateFees: total('lateFees'), realisation: percentOf(paid, budget) };
}

function claimsTotal(rows: TenantClaims[]): RegionClaims {
  const total = (k: keyof RegionClaims) => rows.reduce((s, c) => s + c[k], 0);
  return { filed: total('filed'), approved: total('approved'), paid: total('paid'), refused: total('refused'), benefitsPaid: total('benefitsPaid') };
}

const inRegion = (tenantCode: string, code: string) => tenantCode === code || tenantCode.startsWith(`${code}.`);

export async function regionView(db: Db, ctx: RequestContext, q: { region?: string | null; year?: number }) {
  const coverage = await coverageReport(db, ctx, q);
  const regionName = coverage.region ? (await findRegionName(db, coverage.region)) ?? null : null;
  if (coverage.level === 'regency') {
    return { ...coverage, regionName, moneyTotal: null, claimsTotal: null,
      rows: coverage.rows.map((r) => ({ ...r, pks: null, withProgramme: null, ucjTarget: null, money: null, claims: null })) };
  }
  const visible = await authorizeRegion(db, ctx.actor, coverage.region);
  // a province reads its own regencies' PKS and claims only; the nation every visible tenant's
  const tenants = coverage.level === 'province' ? tenantFilter(visible, coverage.rows.map((r) => r.code)) : visible === 'all' ? null : visible;
  const pks = (await pksOfYear(db, coverage.year, tenants)).filter((p) => coverage.region === null || inRegion(p.tenantCode, coverage.region));
  const [targets, finance, claims] = await Promise.all([
    latestFigures(db, coverage.rows.map((r) => r.code), coverage.year), financeOf(db, pks), claimsOfYear(db, coverage.year, tenants),
  ]);
  const target = (code: string) => targets.find((f) => f.kind === 'ucj-target' && f.regionCode === code)?.value ?? null;
  const financeOfPks = (mine: PksSummary[]) => finance.filter((f) => mine.some((p) => p.tenantCode === f.tenantCode && p.agreementId === f.agreementId));
  const rows = coverage.rows.map((r: CoverageRow) => {
    const mine = pks.filter((p) => inRegion(p.tenantCode, r.code));
    const one = coverage.level === 'province' ? mine[0] : undefined;
    return {
      ...r, ucjTarget: target(r.code),
      pks: one ? { agreementId: one.agreementId, number: one.number, status: one.status, periodStart: one.periodStart, periodEnd: one.periodEnd, budget: one.budget } : null,
      // national rows: how many of the province's regencies run a PKS this year
      withProgramme: coverage.level === 'nation' ? mine.length : null,
      money: moneyOf(financeOfPks(mine)),
      claims: claimsTotal(claims.filter((c) => inRegion(c.tenantCode, r.code))),
    };
  });
  return { ...coverage, regionName, moneyTotal: moneyOf(financeOfPks(pks)), claimsTotal: claimsTotal(claims), rows };
}
