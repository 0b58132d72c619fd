/**
 * The province view (every regency and city of a province — those without a programme too, since that is
 * whom the province must push) and the national view (every province, drilling down to the province view):
 * participants, the PKS with its status, period and budget, its realisation (paid ÷ budget), what is
 * overdue, the year's claims, and UCJ against the target. Participants come from the roll-up, the PKS of
 * many regencies in one query, the money from programme-figures.service — only of regencies in scope.
 */
import { clockOf, type RequestContext } from '../auth/actor';
import { pksOfYear } from '../agreements/agreement-reports.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { findRegionName } from '../regions/regions.service';
import { coverageReport, type CoverageRow } from './coverage.service';
import { addFigures, programmeFigures, type ProgrammeFigures } from './programme-figures.service';
import { latestFigures } from './reference.repository';
import { authorizeRegion } from './report-scope';

const NO_FIGURES = { ucjTarget: null, pks: null, withProgramme: null, programme: null };
const known = (rows: (ProgrammeFigures | undefined)[]) => rows.filter((m): m is ProgrammeFigures => !!m);

export async function regionView(db: Db, ctx: RequestContext, q: { region?: string | null; year?: number }) {
  const coverage = await coverageReport(db, ctx, q);
  const regionName = coverage.region ? (await findRegionName(db, coverage.region)) ?? null : null;
  if (coverage.level === 'regency') return { ...coverage, regionName, programmeTotal: null, rows: coverage.rows.map((r) => ({ ...r, ...NO_FIGURES })) };
  const visible = await authorizeRegion(db, ctx.actor, coverage.region);
  const pks = (await pksOfYear(db, coverage.year, visible === 'all' ? null : visible))
    .filter((p) => coverage.region === null || p.tenantCode.startsWith(`${coverage.region}.`));
  const clock = clockOf(ctx);
  const [targets, money] = await Promise.all([
    latestFigures(db, coverage.rows.map((r) => r.code), coverage.year), programmeFigures(db, pks, coverage.year, (code) => todayIn(clock, code)),
  ]);
  const target = (code: string) => targets.find((f) => f.kind === 'ucj-target' && f.regionCode === code)?.value ?? null;
  const rows = coverage.rows.map((r: CoverageRow) => {
    const mine = pks.filter((p) => p.tenantCode === r.code || p.tenantCode.startsWith(`${r.code}.`));
    const one = coverage.level === 'province' ? mine[0] : undefined;
    return {
      ...r, ucjTarget: target(r.code),
      pks: one ? { agreementId: one.agreementId, number: one.number, status: one.status, periodStart: one.periodStart, periodEnd: one.periodEnd, budget: one.budget } : null,
      // national rows: how many of the province's regencies run a PKS this year
      withProgramme: coverage.level === 'nation' ? mine.length : null,
      programme: addFigures(known(mine.map((p) => money.get(p.tenantCode)))),
    };
  });
  return { ...coverage, regionName, programmeTotal: addFigures(known([...money.values()])), rows };
}
