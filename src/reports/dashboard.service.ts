/**
 * The regency dashboard (Beranda of `dinas`, `auditor`, a regency `viewer`): participants by group month
 * by month against the PKS quotas, coverage by kecamatan, village and OPD, and UCJ against the target —
 * from the roll-up, so it answers in milliseconds at any scale. Budget and claims panels join from their
 * owners' services (billing/payments `realisation` and the ledger's open bills, claims `claimCounts`/`utilisation`).
 */
import { clockOf, type RequestContext } from '../auth/actor';
import { pksOfYear } from '../agreements/agreement-reports.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import { findRegionName, listRegencyVillages } from '../regions/regions.service';
import { listOpds } from '../tenants/tenants.service';
import * as repo from './coverage.repository';
import { reportYear, ucjPercent } from './coverage.service';
import { latestFigures } from './reference.repository';
import { budgetOf, claimsOf } from './budget.service';
import { billsPanel } from './bills-panel.service';
import { authorizeRegion, tenantFilter } from './report-scope';

const byKey = <T, K>(rows: T[], key: (r: T) => K) => new Map(rows.map((r) => [key(r), r]));

function monthly(rows: repo.MonthCounts[]) {
  const months = new Map<string, { month: string; nonAsn: number; rentan: number }>();
  for (const r of rows) {
    const m = months.get(r.month) ?? { month: r.month, nonAsn: 0, rentan: 0 };
    if (r.workerGroup === 'non-asn') m.nonAsn += r.active; else m.rentan += r.active;
    months.set(r.month, m);
  }
  return [...months.values()];
}

async function units(db: Db, ctx: RequestContext, tenantCode: string, year: number) {
  const [counts, villages, opds] = await Promise.all([repo.unitCounts(db, year, tenantCode), listRegencyVillages(db, tenantCode), listOpds(db, ctx, tenantCode)]);
  const village = byKey(counts.filter((c) => c.villageCode), (c) => c.villageCode);
  const opd = byKey(counts.filter((c) => c.opdId !== null), (c) => c.opdId);
  const byVillage = villages.map((v) => ({ code: v.code, name: v.name, districtCode: v.districtCode, districtName: v.districtName, participants: village.get(v.code)?.active ?? 0 }));
  const districts = new Map<string, { code: string; name: string; participants: number }>();
  for (const v of byVillage) {
    const d = districts.get(v.districtCode) ?? { code: v.districtCode, name: v.districtName, participants: 0 };
    d.participants += v.participants;
    districts.set(d.code, d);
  }
  const byOpd = opds.map((o) => ({ id: o.id, name: o.name, participants: opd.get(o.id)?.active ?? 0 }));
  return { byDistrict: [...districts.values()], byVillage, byOpd };
}

export async function regencyDashboard(db: Db, ctx: RequestContext, tenantCode: string, q: { year?: number }) {
  const visible = await authorizeRegion(db, ctx.actor, tenantCode);
  const name = await findRegionName(db, tenantCode);
  if (!name || !tenantFilter(visible, [tenantCode]).length) throw notFound('region', tenantCode);
  const year = reportYear(ctx, tenantCode, q.year);
  const [[pks], [totals], months, figures] = await Promise.all([
    pksOfYear(db, year, [tenantCode]), repo.tenantCounts(db, year, [tenantCode]), repo.monthlyCounts(db, year, tenantCode),
    latestFigures(db, [tenantCode], year),
  ]);
  const isTenant = !!pks || !!totals || months.length > 0;
  const nonAsn = totals?.nonAsn ?? 0;
  const rentan = totals?.rentan ?? 0;
  const figure = (kind: string) => figures.find((f) => f.kind === kind) ?? null;
  const employed = figure('employed-population');
  const bpjs = figure('bpjs-participants');
  // the budget, claims and unit panels read different capabilities: in parallel (each is a few queries)
  const [budget, bills, claims, byUnit] = await Promise.all([
    pks ? budgetOf(db, ctx, tenantCode, year) : null, pks ? billsPanel(db, tenantCode, pks.agreementId, todayIn(clockOf(ctx), tenantCode)) : null,
    isTenant ? claimsOf(db, tenantCode, year) : null,
    isTenant ? units(db, ctx, tenantCode, year) : { byDistrict: [], byVillage: [], byOpd: [] },
  ]);
  return {
    region: { code: tenantCode, name }, year,
    pks: pks ? { agreementId: pks.agreementId, number: pks.number, status: pks.status, periodStart: pks.periodStart, periodEnd: pks.periodEnd, budget: pks.budget } : null,
    participants: { total: nonAsn + rentan, nonAsn, rentan, quotaNonAsn: pks?.quotaNonAsn ?? 0, quotaRentan: pks?.quotaRentan ?? 0 },
    monthly: monthly(months),
    budget, bills, claims, ...byUnit,
    ucj: {
      participants: nonAsn + rentan, employed: employed?.value ?? null, ucj: ucjPercent(nonAsn + rentan, employed?.value ?? null),
      target: figure('ucj-target')?.value ?? null, bpjsParticipants: bpjs?.value ?? null,
      regionUcj: bpjs ? ucjPercent(bpjs.value, employed?.value ?? null) : null,
      sources: figures.map(({ kind, year: y, source, example }) => ({ kind, year: y, source, example })),
    },
  };
}
