/**
 * Which regions an actor may report on. Figures are always summed over the tenants the actor may see
 * (auth/scope.service), and the region asked must lie within the actor's scope: a regency user gets its
 * regency (and its kecamatan), a provincial viewer its province, the installation and national viewers the
 * nation. Outside the scope the region answers 404, like any record outside scope.
 */
import type { Actor } from '../auth/actor';
import { requirePermission, visibleTenantCodes } from '../auth/scope.service';
import type { Db } from '../db/database';
import { notFound } from '../domain/errors';

export type Visible = string[] | 'all';

const within = (code: string, scope: string) => code === scope || code.startsWith(`${scope}.`);

/** The region an actor's reports open on: its scope region, its regency, or the nation (null). */
export function homeRegion(actor: Actor): string | null {
  if (actor.role === 'viewer' || actor.role === 'auditor') return actor.regionScope ?? actor.tenantCode;
  if (actor.role === 'admin') return null;
  return actor.tenantCode;
}

/** Checks the permission and the region (null = the nation); answers the tenants whose figures count. */
export async function authorizeRegion(db: Db, actor: Actor, region: string | null): Promise<Visible> {
  requirePermission(actor, 'reports:read');
  const visible = await visibleTenantCodes(db, actor);
  if (visible === 'all') return visible;
  const scope = actor.role === 'viewer' || actor.role === 'auditor' ? actor.regionScope : null;
  const ok = region !== null && (scope ? within(region, scope) : visible.some((code) => within(region, code)));
  if (!ok) throw notFound('region', region ?? 'ID');
  return visible;
}

/** Keeps only the tenant codes the actor may see (the filter every roll-up query applies). */
export const tenantFilter = (visible: Visible, codes: string[]) => (visible === 'all' ? codes : codes.filter((c) => visible.includes(c)));
