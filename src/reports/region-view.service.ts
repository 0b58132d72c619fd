/**
 * The province view (every regency and city of a province — those without a programme too, since that is
 * whom the province must push) and the national view (every province, drilling down to the province view):
 * participants, the PKS with its period and budget, and UCJ against the target. From the roll-up, the PKS
 * of many regencies in one query, and the reference figures — never per-regency loops over the data.
 */
import type { RequestContext } from '../auth/actor';
import { pksOfYear } from '../agreements/agreement-reports.service';
import type { Db } from '../db/database';
import { coverageReport, type CoverageRow } from './coverage.service';
import { latestFigures } from './reference.repository';
import { authorizeRegion } from './report-scope';

export async function regionView(db: Db, ctx: RequestContext, q: { region?: string | null; year?: number }) {
  const coverage = await coverageReport(db, ctx, q);
  if (coverage.level === 'regency') return { ...coverage, rows: coverage.rows.map((r) => ({ ...r, pks: null, withProgramme: null, ucjTarget: null })) };
  const visible = await authorizeRegion(db, ctx.actor, coverage.region);
  const pks = await pksOfYear(db, coverage.year, visible === 'all' ? null : visible);
  const targets = await latestFigures(db, coverage.rows.map((r) => r.code), coverage.year);
  const target = (code: string) => targets.find((f) => f.kind === 'ucj-target' && f.regionCode === code)?.value ?? null;
  const rows = coverage.rows.map((r: CoverageRow) => {
    const mine = pks.filter((p) => p.tenantCode === r.code || p.tenantCode.startsWith(`${r.code}.`));
    const one = coverage.level === 'province' ? mine[0] : undefined;
    return {
      ...r, ucjTarget: target(r.code),
      pks: one ? { agreementId: one.agreementId, number: one.number, status: one.status, periodStart: one.periodStart, periodEnd: one.periodEnd, budget: one.budget } : null,
      // national rows: how many of the province's regencies run a PKS this year
      withProgramme: coverage.level === 'nation' ? mine.length : null,
    };
  });
  return { ...coverage, rows };
}
