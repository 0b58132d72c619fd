/**
 * The one door to a stored claim for a request: tenant scope (404 outside it), the permission (403), then the
 * claim within the actor's own scope — `opd`/`desa` only their participants' claims, `bpjs` the regencies its
 * branch serves (tenant scope), others the regency's. Claimdocs' heirs and document routes use it too.
 */
import type { RequestContext } from '../auth/actor';
import type { Permission } from '../auth/roles';
import { authorizeTenant } from '../auth/scope.service';
import { notFound } from '../domain/errors';
import type { Db } from '../db/database';
import { claimScope } from './claim-scope';
import * as repo from './claims.repository';
import './claims.messages';

export type LoadedClaim = repo.ClaimRow;

export async function loadClaim(db: Db, ctx: RequestContext, tenantCode: string, claimId: number, permission: Permission): Promise<LoadedClaim> {
  await authorizeTenant(db, ctx.actor, tenantCode, permission);
  const row = await repo.findClaim(db, tenantCode, claimId, claimScope(ctx));
  if (!row) throw notFound('claim', claimId);
  return row;
}
