/**
 * Tenants and OPDs. A tenant is a regency or city running the programme (its Kemendagri code is the key
 * of all its data). An `opd` operator sees only its own OPD; a `desa` operator sees no OPD at all.
 */
import { DomainError, notFound } from '../domain/errors';
import type { Db } from '../db/database';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import { assertTenantVisible, authorizeTenant, requirePermission, visibleTenantCodes } from '../auth/scope.service';
import * as regions from '../regions/regions.service';
import * as repo from './tenants.repository';

export async function listTenants(db: Db, ctx: RequestContext) {
  return repo.listTenants(db, await visibleTenantCodes(db, ctx.actor));
}

export async function getTenant(db: Db, ctx: RequestContext, code: string) {
  await assertTenantVisible(db, ctx.actor, code);
  return repo.findTenant(db, code);
}

/** Registers a regency/city as a tenant (idempotent). */
export async function createTenant(db: Db, ctx: RequestContext, code: string) {
  requirePermission(ctx.actor, 'tenants:manage');
  const region = await regions.getRegion(db, code).catch(() => null);
  if (!region || region.level !== 'regency') throw new DomainError('TENANT_NOT_REGENCY', 'invalid', { field: 'code' });
  await db.transaction().execute(async (tx) => {
    await repo.insertTenant(tx, { code, name: region.name, province_code: region.parent! });
    await recordAudit(tx, ctx, { action: 'tenant.create', entity: 'tenant', entityId: code, tenantCode: code });
  });
  return repo.findTenant(db, code);
}

/** Renames a regency as its officers write it ("Kabupaten Nagekeo"); the code, the key of its data, never changes. */
export async function renameTenant(db: Db, ctx: RequestContext, code: string, name: string) {
  requirePermission(ctx.actor, 'tenants:manage');
  const before = await getTenant(db, ctx, code);
  if (!before) throw notFound('tenant', code);
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 3 || trimmed.length > 200) throw new DomainError('TENANT_NAME_INVALID', 'invalid', { field: 'name' });
  await db.transaction().execute(async (tx) => {
    await repo.updateTenantName(tx, code, trimmed);
    await recordAudit(tx, ctx, { action: 'tenant.update', entity: 'tenant', entityId: code, tenantCode: code, details: { name: { before: before.name, after: trimmed } } });
  });
  return (await repo.findTenant(db, code))!;
}

/** The OPD an actor is confined to, or null when they see all of the tenant's OPDs. */
function opdConfinement(ctx: RequestContext): number | null | 'none' {
  if (ctx.actor.role === 'opd') return ctx.actor.opdId ?? 'none';
  if (ctx.actor.role === 'desa') return 'none';
  return null;
}

export async function listOpds(db: Db, ctx: RequestContext, tenantCode: string) {
  await assertTenantVisible(db, ctx.actor, tenantCode);
  const only = opdConfinement(ctx);
  return only === 'none' ? [] : repo.listOpds(db, tenantCode, only);
}

export async function getOpd(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  await assertTenantVisible(db, ctx.actor, tenantCode);
  const only = opdConfinement(ctx);
  const opd = only === 'none' || (only !== null && only !== id) ? undefined : await repo.findOpd(db, tenantCode, id);
  if (!opd) throw notFound('opd', id);
  return opd;
}

export async function createOpd(db: Db, ctx: RequestContext, tenantCode: string, input: { name: string; kind: string }) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'opds:write');
  if (await repo.findOpdByName(db, tenantCode, input.name)) throw new DomainError('OPD_NAME_TAKEN', 'conflict', { field: 'name' });
  return db.transaction().execute(async (tx) => {
    const opd = await repo.insertOpd(tx, tenantCode, input);
    await recordAudit(tx, ctx, { action: 'opd.create', entity: 'opd', entityId: opd.id, tenantCode, details: input });
    return opd;
  });
}

export async function updateOpd(db: Db, ctx: RequestContext, tenantCode: string, id: number, input: { name?: string; kind?: string }) {
  await getOpd(db, ctx, tenantCode, id);
  await authorizeTenant(db, ctx.actor, tenantCode, 'opds:write');
  // the same check as createOpd: a rename onto another OPD's name is a conflict, not a 500 from the index
  const namesake = input.name === undefined ? undefined : await repo.findOpdByName(db, tenantCode, input.name);
  if (namesake && namesake.id !== id) throw new DomainError('OPD_NAME_TAKEN', 'conflict', { field: 'name' });
  return db.transaction().execute(async (tx) => {
    const opd = await repo.updateOpd(tx, tenantCode, id, input);
    await recordAudit(tx, ctx, { action: 'opd.update', entity: 'opd', entityId: id, tenantCode, details: input });
    return opd!;
  });
}

/** OPD names of a regency by id, for documents other capabilities print (cards, exports); no actor: callers scope. */
export async function opdNames(db: Db, tenantCode: string): Promise<Map<number, string>> {
  return new Map((await repo.listOpds(db, tenantCode, null)).map((o) => [o.id, o.name]));
}
