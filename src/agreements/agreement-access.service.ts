/**
 * Reading one agreement the way every agreement use case needs it: scope first (a tenant outside the
 * caller's scope, or — for a `bpjs` user — another branch's agreement, answers 404), then permission (403).
 */
import type { RequestContext } from '../auth/actor';
import type { Permission } from '../auth/roles';
import { assertTenantVisible, requirePermission } from '../auth/scope.service';
import type { Db } from '../db/database';
import { notFound } from '../domain/errors';
import { toAgreement, type Agreement } from './agreement.mapper';
import * as repo from './agreements.repository';
import './agreements.messages';

/** A `bpjs` user sees only the agreements of their own branch; everyone else is not narrowed. */
export function branchFilterOf(ctx: RequestContext): string | null {
  return ctx.actor.role === 'bpjs' ? (ctx.actor.branchCode ?? '-') : null;
}

export async function loadAgreement(db: Db, ctx: RequestContext, tenantCode: string, id: number, permission: Permission): Promise<Agreement> {
  await assertTenantVisible(db, ctx.actor, tenantCode);
  const row = await repo.findAgreement(db, tenantCode, id);
  const branch = branchFilterOf(ctx);
  if (!row || (branch !== null && row.branch_code !== branch)) throw notFound('agreement', id);
  requirePermission(ctx.actor, permission);
  return toAgreement(row, await repo.listGroups(db, tenantCode, [id]));
}

/**
 * Id, kind and BPJS branch of the tenant's agreements the caller may see — a `bpjs` user its own branch's
 * only — for services that narrow their own rows by PKS (bills, reconciliation). The caller authorises.
 */
export async function visibleAgreementRefs(db: Db, ctx: RequestContext, tenantCode: string) {
  return (await repo.listAgreements(db, tenantCode, branchFilterOf(ctx))).map((r) => ({ id: r.id, kind: r.kind, branchCode: r.branch_code }));
}

/** The tenant of an agreement id, for callers that know only the id (CLI); 404 when absent. */
export async function tenantOfAgreement(db: Db, id: number): Promise<string> {
  const row = await repo.findAgreementAnyTenant(db, id);
  if (!row) throw notFound('agreement', id);
  return row.tenant_code;
}
