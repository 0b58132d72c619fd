/**
 * Login, sessions, logout and password change. Sessions are random 256-bit tokens held in an httpOnly
 * cookie; only their SHA-256 is stored. Failed logins are throttled with back-off (OWASP ASVS 2.2.1,
 * throttle.service.ts) per typed username and per client address: an unknown username is throttled,
 * answered and timed exactly like an existing one, and a block that has ended starts the count afresh.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Selectable } from 'kysely';
import { DomainError } from '../domain/errors';
import type { Db } from '../db/database';
import { findBranch } from '../branches/branch-directory.service';
import { findRegionName } from '../regions/regions.service';
import { findOpdName, findTenantName } from '../tenants/tenant-directory.service';
import type { AppUserTable } from '../db/schema';
import { recordAudit } from '../audit/audit.service';
import type { Actor, RequestContext } from './actor';
import * as repo from './auth.repository';
import { assertNotCurrentPassword, assertPasswordPolicy, decoyHash, hashPassword, verifyPassword } from './password';
import { PERMISSIONS } from './roles';
import { blockedUntil, clearThrottle, countEvent, LOGIN_PER_ACCOUNT, LOGIN_PER_ADDRESS, loginAccountKey } from './throttle.service';

const accountKey = loginAccountKey;
const addressKey = (ip: string | null) => `login:ip:${ip ?? 'unknown'}`;


type UserRow = Selectable<AppUserTable>;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function actorOf(u: UserRow): Actor {
  return {
    userId: u.id, username: u.username, role: u.role, tenantCode: u.tenant_code, opdId: u.opd_id,
    villageCode: u.village_code, branchCode: u.branch_code, regionScope: u.region_scope,
  };
}

export async function login(db: Db, input: { username: string; password: string; ip: string | null; userAgent: string | null; ttlHours: number }) {
  const user = await repo.findUserByUsername(db, input.username);
  // failed attempts are recorded under the name that was typed, with no scope
  const anonymous: RequestContext = {
    actor: { userId: user?.id ?? null, username: input.username, role: 'viewer', tenantCode: null, opdId: null, villageCode: null, branchCode: null, regionScope: null },
    ip: input.ip,
  };
  const keys = [accountKey(input.username), addressKey(input.ip)];
  // while blocked the password is not even checked: a guess made then can never succeed
  const blocked = await blockedUntil(db, keys);
  if (blocked) {
    await recordAudit(db, anonymous, { action: 'login.locked', entity: 'user', entityId: user?.id ?? null });
    throw new DomainError('AUTH_LOCKED', 'too_many', { until: blocked.toISOString() });
  }
  // an unknown or disabled account is verified against a decoy hash, so it takes as long as a real one
  const known = !!user && !user.disabled;
  const verified = await verifyPassword(known ? user.password_hash : await decoyHash(), input.password);
  if (!known || !verified) {
    const [perAccount, perAddress] = [await countEvent(db, keys[0]!, LOGIN_PER_ACCOUNT), await countEvent(db, keys[1]!, LOGIN_PER_ADDRESS)];
    await recordAudit(db, anonymous, { action: 'login.failed', entity: 'user', entityId: known ? user.id : null, details: known ? {} : { reason: 'unknown' } });
    const until = Math.max(perAccount.blockedUntil ?? 0, perAddress.blockedUntil ?? 0);
    if (until > Date.now()) throw new DomainError('AUTH_LOCKED', 'too_many', { until: new Date(until).toISOString() });
    throw new DomainError('AUTH_INVALID', 'unauthenticated');
  }
  await clearThrottle(db, keys[0]!);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + input.ttlHours * 3_600_000);
  await repo.insertSession(db, { token_hash: hashToken(token), user_id: user.id, expires_at: expiresAt, ip: input.ip, user_agent: input.userAgent });
  const ctx = { actor: actorOf(user), ip: input.ip };
  await recordAudit(db, ctx, { action: 'login', entity: 'user', entityId: user.id, tenantCode: user.tenant_code });
  return { token, expiresAt, user: await describeUser(db, user) };
}

export async function authenticate(db: Db, token: string): Promise<UserRow | undefined> {
  return repo.findSessionUser(db, hashToken(token));
}

export async function logout(db: Db, ctx: RequestContext, token: string) {
  await repo.deleteSession(db, hashToken(token));
  await recordAudit(db, ctx, { action: 'logout', entity: 'user', entityId: ctx.actor.userId });
}

export async function changePassword(db: Db, ctx: RequestContext, token: string, input: { currentPassword: string; newPassword: string }) {
  const user = await repo.findUserById(db, ctx.actor.userId ?? -1);
  if (!user) throw new DomainError('AUTH_INVALID', 'unauthenticated');
  if (!(await verifyPassword(user.password_hash, input.currentPassword)))
    throw new DomainError('PASSWORD_CURRENT_WRONG', 'invalid', { field: 'currentPassword' });
  await assertPasswordPolicy(input.newPassword, { username: user.username, displayName: user.display_name });
  await assertNotCurrentPassword(user.password_hash, input.newPassword);
  await db.transaction().execute(async (tx) => {
    await repo.setPassword(tx, user.id, await hashPassword(input.newPassword), false);
    // other devices are signed out when the password changes
    await repo.deleteUserSessions(tx, user.id, hashToken(token));
    await recordAudit(tx, ctx, { action: 'password.change', entity: 'user', entityId: user.id });
  });
}

/** The signed-in user (fresh from the database) as the web app sees it. */
export async function currentUser(db: Db, ctx: RequestContext) {
  const user = await repo.findUserById(db, ctx.actor.userId ?? -1);
  if (!user) throw new DomainError('UNAUTHENTICATED', 'unauthenticated');
  return describeUser(db, user);
}

/** The signed-in user as the web app sees it: role, scope label and permissions. */
export async function describeUser(db: Db, u: UserRow) {
  const tenantName = u.tenant_code ? await findTenantName(db, u.tenant_code) : undefined;
  const scopeCode = u.village_code ?? u.region_scope;
  const regionName = scopeCode ? await findRegionName(db, scopeCode) : undefined;
  const opdName = u.opd_id && u.tenant_code ? await findOpdName(db, u.tenant_code, u.opd_id) : undefined;
  const branchName = u.branch_code ? (await findBranch(db, u.branch_code))?.name : undefined;
  const scopeLabel = opdName ?? (u.village_code ? regionName : undefined) ?? branchName ?? tenantName ?? regionName ?? 'Indonesia';
  return {
    id: u.id, username: u.username, displayName: u.display_name, role: u.role,
    tenantCode: u.tenant_code, tenantName: tenantName ?? null, scopeLabel,
    mustChangePassword: u.must_change_password, permissions: [...PERMISSIONS[u.role]],
  };
}
