/** SQL for one-time codes: replace a NIK's code, read it under a row lock, count an attempt, use it. */
import type { Db } from '../db/database';

export function saveCode(db: Db, nikDigest: string, codeDigest: string, expiresAt: Date) {
  const values = { code_digest: codeDigest, expires_at: expiresAt, attempts: 0, used_at: null, created_at: new Date() };
  return db.insertInto('self_service_code').values({ nik_digest: nikDigest, ...values })
    .onConflict((oc) => oc.column('nik_digest').doUpdateSet(values)).execute();
}

/** The NIK's code, locked until the transaction ends (two tries at once are counted one by one). */
export const lockCode = (tx: Db, nikDigest: string) =>
  tx.selectFrom('self_service_code').selectAll().where('nik_digest', '=', nikDigest).forUpdate().executeTakeFirst();

export const countAttempt = (tx: Db, nikDigest: string, usedAt: Date | null) =>
  tx.updateTable('self_service_code').set((eb) => ({ attempts: eb('attempts', '+', 1), ...(usedAt ? { used_at: usedAt } : {}) }))
    .where('nik_digest', '=', nikDigest).execute();

/** Codes long dead (expired a day ago): nothing in them is worth keeping. */
export const purgeDeadCodes = (db: Db, before: Date) => db.deleteFrom('self_service_code').where('expires_at', '<', before).execute();
