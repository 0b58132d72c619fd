/** Where the caller's reports open: the national, a province's or a regency's view (its scope decides). */
import type { RequestContext } from '../auth/actor';
import { requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import { getRegion } from '../regions/regions.service';
import { homeRegion } from './report-scope';

export async function reportHome(db: Db, ctx: RequestContext): Promise<{ region: string | null; level: 'nation' | 'province' | 'regency' }> {
  requirePermission(ctx.actor, 'reports:read');
  const region = homeRegion(ctx.actor);
  if (region === null) return { region, level: 'nation' };
  const { level } = await getRegion(db, region);
  return { region, level: level === 'province' ? 'province' : 'regency' };
}
