/** SQL for accounts and sessions. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { opdNames } from '../tenants/tenant-directory.service';
import type { AppUserTable } from '../db/schema';
import type { Insertable } from 'kysely';

export const findUserByUsername = (db: Db, username: string) =>
  db.selectFrom('app_user').selectAll().where(sql<string>`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();

export const findUserById = (db: Db, id: number) =>
  db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();

export const setPassword = (db: Db, id: number, passwordHash: string, mustChange: boolean) =>
  db.updateTable('app_user')
    .set({ password_hash: passwordHash, must_change_password: mustChange, password_changed_at: sql`now()`, failed_logins: 0, locked_until: null })
    .where('id', '=', id).execute();

export const insertUser = (db: Db, user: Insertable<AppUserTable>) =>
  db.insertInto('app_user').values(user).returningAll().executeTakeFirstOrThrow();

export const listUsersWithOpd = (db: Db) =>
  db.selectFrom('app_user')
    .leftJoin(opdNames(db).as('opd'), (join) => join.onRef('opd.tenant_code', '=', 'app_user.tenant_code').onRef('opd.id', '=', 'app_user.opd_id'))
    .selectAll('app_user').select('opd.name as opd_name')
    .orderBy('app_user.id').execute();

export const insertSession = (db: Db, s: { token_hash: string; user_id: number; expires_at: Date; ip: string | null; user_agent: string | null }) =>
  db.insertInto('session').values(s).execute();

export const findSessionUser = (db: Db, tokenHash: string) =>
  db.selectFrom('session').innerJoin('app_user', 'app_user.id', 'session.user_id')
    .selectAll('app_user')
    .where('session.token_hash', '=', tokenHash).where('session.expires_at', '>', sql<Date>`now()`)
    .where('app_user.disabled', '=', false)
    .executeTakeFirst();

export const deleteSession = (db: Db, tokenHash: string) =>
  db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();

export const deleteUserSessions = (db: Db, userId: number, exceptTokenHash?: string) => {
  let q = db.deleteFrom('session').where('user_id', '=', userId);
  if (exceptTokenHash) q = q.where('token_hash', '<>', exceptTokenHash);
  return q.execute();
};
