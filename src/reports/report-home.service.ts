/** Where the caller's reports open: the national, a province's or a regency's view (its scope decides). */
import { clockOf, type RequestContext } from '../auth/actor';
import { pksOfYear } from '../agreements/agreement-reports.service';
import { todayIn } from '../clock/clock';
import { requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import { getRegion } from '../regions/regions.service';
import { homeRegion } from './report-scope';

/** Whether any regency within the region (null = the nation) has a PKS touching the year. */
async function hasProgramme(db: Db, region: string | null, year: number): Promise<boolean> {
  if (region !== null && region.length === 5) return (await pksOfYear(db, year, [region])).length > 0;
  return (await pksOfYear(db, year, null)).some((p) => region === null || p.tenantCode.startsWith(`${region}.`));
}

/**
 * The year opens on this year, or on last year while the region has no PKS this year yet but had one
 * last year (a Kepala Dinas — or the province — in the new year still reads last year's story until the
 * new PKS starts).
 */
export async function reportHome(db: Db, ctx: RequestContext): Promise<{ region: string | null; level: 'nation' | 'province' | 'regency'; year: number }> {
  requirePermission(ctx.actor, 'reports:read');
  const region = homeRegion(ctx.actor);
  const thisYear = Number(todayIn(clockOf(ctx), region ?? '31').slice(0, 4));
  const level = region === null ? 'nation' : (await getRegion(db, region)).level === 'province' ? 'province' : 'regency';
  const running = (await hasProgramme(db, region, thisYear)) || !(await hasProgramme(db, region, thisYear - 1));
  return { region, level, year: running ? thisYear : thisYear - 1 };
}
