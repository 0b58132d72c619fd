/** Where the caller's reports open: the national, a province's or a regency's view (its scope decides). */
import { clockOf, type RequestContext } from '../auth/actor';
import { pksOfYear } from '../agreements/agreement-reports.service';
import { todayIn } from '../clock/clock';
import { requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import { getRegion } from '../regions/regions.service';
import { homeRegion } from './report-scope';

/**
 * The year opens on this year, or on last year while a regency has no PKS this year yet (a Kepala Dinas
 * in the new year still reads last year's story until the new PKS starts).
 */
export async function reportHome(db: Db, ctx: RequestContext): Promise<{ region: string | null; level: 'nation' | 'province' | 'regency'; year: number }> {
  requirePermission(ctx.actor, 'reports:read');
  const region = homeRegion(ctx.actor);
  const thisYear = Number(todayIn(clockOf(ctx), region ?? '31').slice(0, 4));
  if (region === null) return { region, level: 'nation', year: thisYear };
  const { level } = await getRegion(db, region);
  if (level === 'province') return { region, level: 'province', year: thisYear };
  const running = (await pksOfYear(db, thisYear, [region])).length > 0 || (await pksOfYear(db, thisYear - 1, [region])).length === 0;
  return { region, level: 'regency', year: running ? thisYear : thisYear - 1 };
}
