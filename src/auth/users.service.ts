/** Accounts administered by the installation admin: create, list, reset password, unlock. */
import { DomainError, notFound } from '../domain/errors';
import type { Db } from '../db/database';
import { getRegion, isVillage } from '../regions/regions.service';
import { opdExists, tenantExists } from '../tenants/tenant-directory.service';
import type { Role } from '../db/schema';
import { recordAudit } from '../audit/audit.service';
import { branchNames, findBranch } from '../branches/branch-directory.service';
import * as regions from '../regions/regions.service';
import type { RequestContext } from './actor';
import * as repo from './auth.repository';
import { assertNotCurrentPassword, assertPasswordPolicy, hashPassword } from './password';
import { requirePermission } from './scope.service';
import { loginBlocksOf } from './throttle.service';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  tenantCode?: string | null;
  opdId?: number | null;
  villageCode?: string | null;
  branchCode?: string | null;
  regionScope?: string | null;
  mustChangePassword?: boolean;
}

export async function createUser(db: Db, ctx: RequestContext, input: NewUser) {
  requirePermission(ctx.actor, 'users:manage');
  await assertPasswordPolicy(input.password, { username: input.username, displayName: input.displayName }, 'password');
  await assertRoleScope(db, input);
  if (await repo.findUserByUsername(db, input.username))
    throw new DomainError('USERNAME_TAKEN', 'conflict', { field: 'username' });
  return db.transaction().execute(async (tx) => {
    const row = await repo.insertUser(tx, {
      username: input.username, display_name: input.displayName, password_hash: await hashPassword(input.password),
      role: input.role, tenant_code: input.tenantCode ?? null, opd_id: input.opdId ?? null,
      village_code: input.villageCode ?? null, branch_code: input.branchCode ?? null, region_scope: input.regionScope ?? null,
      must_change_password: input.mustChangePassword ?? true,
    });
    await recordAudit(tx, ctx, { action: 'user.create', entity: 'user', entityId: row.id, tenantCode: row.tenant_code, details: { username: row.username, role: row.role } });
    return toUserView(row);
  });
}

/** Each role must carry exactly the scope it works in, and that scope must exist. */
async function assertRoleScope(db: Db, u: NewUser) {
  const need = (ok: unknown, field: string) => { if (!ok) throw new DomainError('ROLE_SCOPE_REQUIRED', 'invalid', { field, role: u.role }); };
  if (u.role === 'dinas' || u.role === 'opd' || u.role === 'desa') {
    need(u.tenantCode, 'tenantCode');
    if (!(await tenantExists(db, u.tenantCode!))) throw new DomainError('TENANT_UNKNOWN', 'invalid', { field: 'tenantCode' });
  }
  if (u.role === 'opd') {
    need(u.opdId, 'opdId');
    if (!(await opdExists(db, u.tenantCode!, u.opdId!))) throw new DomainError('OPD_UNKNOWN', 'invalid', { field: 'opdId' });
  }
  if (u.role === 'desa') {
    need(u.villageCode, 'villageCode');
    if (!u.villageCode!.startsWith(`${u.tenantCode}.`)) throw new DomainError('VILLAGE_OUTSIDE_TENANT', 'invalid', { field: 'villageCode' });
    if (!(await isVillage(db, u.villageCode!))) throw new DomainError('REGION_UNKNOWN', 'invalid', { field: 'villageCode' });
  }
  if (u.regionScope) {
    const region = await getRegion(db, u.regionScope).catch(() => null);
    if (!region || (region.level !== 'province' && region.level !== 'regency')) throw new DomainError('REGION_UNKNOWN', 'invalid', { field: 'regionScope' });
  }
  if (u.role === 'bpjs') {
    need(u.branchCode, 'branchCode');
    if (!(await findBranch(db, u.branchCode!))) throw new DomainError('BRANCH_UNKNOWN', 'invalid', { field: 'branchCode' });
  }
}

export async function userExists(db: Db, username: string): Promise<boolean> {
  return !!(await repo.findUserByUsername(db, username));
}

export async function listUsers(db: Db, ctx: RequestContext) {
  requirePermission(ctx.actor, 'users:manage');
  const users = await repo.listUsersWithOpd(db);
  // scope shown by name ("Kabupaten Nagekeo · Dinas Pendidikan"), never by code (issue #17)
  const regionsByCode = await regions.existingRegionCodes(db, users.flatMap((u) => [u.tenant_code, u.village_code, u.region_scope]).filter((c): c is string => !!c));
  const branches = await branchNames(db);
  // a lock is a login throttle block (request_throttle), not the old app_user.locked_until, which nothing writes
  const locks = await loginBlocksOf(db, users.map((u) => u.username));
  const name = (code: string | null) => (code ? (regionsByCode.get(code)?.name ?? code) : null);
  return users.map((u) => ({
    ...toUserView(u), opdName: u.opd_name, lockedUntil: locks.get(u.username)?.toISOString() ?? null,
    scope: [name(u.tenant_code), u.opd_name, name(u.village_code), u.branch_code ? (branches.get(u.branch_code) ?? u.branch_code) : null, name(u.region_scope)]
      .filter((part): part is string => !!part),
  }));
}

export async function resetPassword(db: Db, ctx: RequestContext, userId: number, newPassword: string) {
  requirePermission(ctx.actor, 'users:manage');
  const user = await repo.findUserById(db, userId);
  if (!user) throw notFound('user', userId);
  await assertPasswordPolicy(newPassword, { username: user.username, displayName: user.display_name });
  await assertNotCurrentPassword(user.password_hash, newPassword);
  await db.transaction().execute(async (tx) => {
    // the user must choose their own password at next login; existing sessions end
    await repo.setPassword(tx, user.id, await hashPassword(newPassword), true);
    await repo.deleteUserSessions(tx, user.id);
    await recordAudit(tx, ctx, { action: 'user.reset-password', entity: 'user', entityId: user.id, tenantCode: user.tenant_code });
  });
}

type UserRow = Awaited<ReturnType<typeof repo.findUserById>> & object;
function toUserView(u: UserRow) {
  return {
    id: u.id, username: u.username, displayName: u.display_name, role: u.role, tenantCode: u.tenant_code,
    opdId: u.opd_id, villageCode: u.village_code, branchCode: u.branch_code, regionScope: u.region_scope,
    disabled: u.disabled, lockedUntil: u.locked_until ? u.locked_until.toISOString() : null,
  };
}
