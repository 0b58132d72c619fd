/**
 * Scope: which tenants (regencies) an actor may see. Every tenant-owned query is filtered by this, and a
 * record outside it answers 404 — indistinguishable from one that does not exist.
 *   admin                → every tenant (installation)
 *   dinas / opd / desa   → their own tenant (opd and desa narrow further to their OPD or village)
 *   bpjs                 → the regencies their branch serves
 *   viewer / auditor     → their region scope: a regency, a province's regencies, or (null) the nation
 */
import { DomainError, notFound } from '../domain/errors';
import type { Db } from '../db/database';
import { regenciesServedBy } from '../branches/branch-directory.service';
import { regenciesWithin } from '../regions/regions.service';
import { tenantExists } from '../tenants/tenant-directory.service';
import type { Actor } from './actor';
import { hasPermission, type Permission } from './roles';

export async function visibleTenantCodes(db: Db, actor: Actor): Promise<string[] | 'all'> {
  switch (actor.role) {
    case 'admin':
      return 'all';
    case 'dinas':
    case 'opd':
    case 'desa':
      return actor.tenantCode ? [actor.tenantCode] : [];
    case 'bpjs': {
      return regenciesServedBy(db, actor.branchCode ?? '');
    }
    case 'viewer':
    case 'auditor': {
      if (actor.regionScope === null) return 'all';
      return regenciesWithin(db, actor.regionScope);
    }
  }
}

export async function isTenantVisible(db: Db, actor: Actor, tenantCode: string): Promise<boolean> {
  const codes = await visibleTenantCodes(db, actor);
  return codes === 'all' || codes.includes(tenantCode);
}

/** Throws NOT_FOUND when the tenant is outside the actor's scope (or does not exist). */
export async function assertTenantVisible(db: Db, actor: Actor, tenantCode: string): Promise<void> {
  if (!(await tenantExists(db, tenantCode)) || !(await isTenantVisible(db, actor, tenantCode))) throw notFound('tenant', tenantCode);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor.role, permission)) throw new DomainError('FORBIDDEN', 'forbidden', { permission });
}

/** Scope check first (404 outside scope), then permission (403): outsiders learn nothing. */
export async function authorizeTenant(db: Db, actor: Actor, tenantCode: string, permission: Permission) {
  await assertTenantVisible(db, actor, tenantCode);
  requirePermission(actor, permission);
}
