/**
 * Coverage (cakupan) by region: the nation's provinces, a province's regencies and cities (every one, with
 * or without a programme), or a regency's kecamatan — participants active at the year's end (today for the
 * current year), split non-ASN / pekerja rentan, against the employed population (BPS Sakernas) as UCJ.
 * Figures come from the roll-up only (fast at 10 M participants) and only from tenants the actor may see.
 */
import { clockOf, type RequestContext } from '../auth/actor';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { getRegion, listRegions } from '../regions/regions.service';
import * as repo from './coverage.repository';
import { latestFigures, type ReferenceFigure } from './reference.repository';
import { authorizeRegion, tenantFilter, type Visible } from './report-scope';
import './reports.messages';

export type CoverageLevel = 'nation' | 'province' | 'regency';
export interface CoverageFigures { participants: number; nonAsn: number; rentan: number; employed: number | null; ucj: number | null }
export interface CoverageRow extends CoverageFigures { code: string; name: string }
export interface FigureSource { kind: ReferenceFigure['kind']; regionCode: string; year: number; source: string; example: boolean }
export interface CoverageReport { region: string | null; level: CoverageLevel; year: number; rows: CoverageRow[]; total: CoverageFigures; sources: FigureSource[] }

/** UCJ in percent of the employed population, two decimals; null without a figure. */
export const ucjPercent = (participants: number, employed: number | null) =>
  employed === null || employed <= 0 ? null : Math.round((participants / employed) * 10_000) / 100;

export function reportYear(ctx: RequestContext, region: string | null, year: number | undefined): number {
  if (year === undefined) return Number(todayIn(clockOf(ctx), region ?? '31').slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new DomainError('REPORT_YEAR', 'invalid', { field: 'year' });
  return year;
}

async function levelOf(db: Db, region: string | null): Promise<CoverageLevel> {
  if (region === null) return 'nation';
  const { level } = await getRegion(db, region);
  if (level === 'province' || level === 'regency') return level;
  throw new DomainError('REPORT_REGION_LEVEL', 'invalid', { field: 'region', level });
}

async function countsByRow(db: Db, level: CoverageLevel, region: string | null, year: number, visible: Visible) {
  if (level === 'regency') {
    return tenantFilter(visible, [region!]).length ? repo.districtCounts(db, year, region!) : [];
  }
  const counts = await repo.tenantCounts(db, year, visible === 'all' ? null : visible);
  if (level === 'province') return counts.filter((c) => c.code.startsWith(`${region}.`));
  const byProvince = new Map<string, repo.GroupCounts>();
  for (const c of counts) {
    const p = byProvince.get(c.code.slice(0, 2)) ?? { code: c.code.slice(0, 2), nonAsn: 0, rentan: 0 };
    p.nonAsn += c.nonAsn; p.rentan += c.rentan;
    byProvince.set(p.code, p);
  }
  return [...byProvince.values()];
}

/** Regency totals include non-ASN (counted by OPD, not by kecamatan): the total is the regency's own. */
async function regencyTotal(db: Db, region: string, year: number, visible: Visible) {
  const [t] = tenantFilter(visible, [region]).length ? await repo.tenantCounts(db, year, [region]) : [];
  return t ?? { nonAsn: 0, rentan: 0 };
}

export async function coverageReport(db: Db, ctx: RequestContext, q: { region?: string | null; year?: number }): Promise<CoverageReport> {
  const region = q.region ?? null;
  const visible = await authorizeRegion(db, ctx.actor, region);
  const level = await levelOf(db, region);
  const year = reportYear(ctx, region, q.year);
  const [regions, counts] = await Promise.all([listRegions(db, region), countsByRow(db, level, region, year, visible)]);
  const byCode = new Map(counts.map((c) => [c.code, c]));
  const figures = await latestFigures(db, [...regions.map((r) => r.code), ...(region ? [region] : [])], year);
  const employedOf = (code: string) => figures.find((f) => f.kind === 'employed-population' && f.regionCode === code)?.value ?? null;
  const rows = regions.map((r): CoverageRow => {
    const c = byCode.get(r.code) ?? { nonAsn: 0, rentan: 0 };
    const participants = c.nonAsn + c.rentan;
    const employed = employedOf(r.code);
    return { code: r.code, name: r.name, participants, nonAsn: c.nonAsn, rentan: c.rentan, employed, ucj: ucjPercent(participants, employed) };
  });
  const sum = level === 'regency' ? await regencyTotal(db, region!, year, visible)
    : { nonAsn: rows.reduce((s, r) => s + r.nonAsn, 0), rentan: rows.reduce((s, r) => s + r.rentan, 0) };
  // the nation has no region code: its employed population is the provinces' sum, only when every one has a figure
  const employed = region ? employedOf(region) : rows.every((r) => r.employed !== null) ? rows.reduce((s, r) => s + r.employed!, 0) : null;
  const participants = sum.nonAsn + sum.rentan;
  const total = { participants, nonAsn: sum.nonAsn, rentan: sum.rentan, employed, ucj: ucjPercent(participants, employed) };
  const sources = figures.map(({ kind, regionCode, year: y, source, example }) => ({ kind, regionCode, year: y, source, example }));
  return { region, level, year, rows, total, sources };
}
