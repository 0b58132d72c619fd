/**
 * Helpers for import tests: act as a demo user (service level), stage a file and wait for its job, age a
 * decision, and hold a lock an approval must wait for (so a test can watch its job while it runs).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { RequestContext } from '../../src/auth/actor';
import { actorOf } from '../../src/auth/auth.service';
import type { Db } from '../../src/db/database';
import { importFile, type ImportRequest } from '../../src/imports/imports.service';
import { dinasOf } from '../factories';

export const TENANT = '53.16';

/** The RequestContext of a demo account (by role), as the HTTP layer would build it. */
export async function contextOf(db: Db, role: 'dinas' | 'opd' | 'desa' | 'auditor' | 'bpjs'): Promise<RequestContext> {
  const user = await db.selectFrom('app_user').selectAll().where('role', '=', role).orderBy('id').executeTakeFirstOrThrow();
  return { actor: actorOf(user), ip: '127.0.0.1' };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lindung-import-'));
}

export function stage(db: Db, ctx: RequestContext, file: string, req: Partial<ImportRequest> = {}) {
  return importFile(db, ctx, { tenantCode: TENANT, group: 'non-asn', filePath: file, fileName: path.basename(file), on: '2025-06-30', ...req });
}

/** The console operator acting as a regency's dinas: approves what a demo account staged (maker-checker). */
export const checkerOf = (tenantCode = TENANT): RequestContext => dinasOf(tenantCode);

/** Moves a batch's decision back in time, as if it had been approved or discarded `days` days ago. */
export async function decidedDaysAgo(db: Db, batchId: number, days: number): Promise<void> {
  await sql`UPDATE import_batch SET decided_at = now() - make_interval(days => ${days}) WHERE id = ${batchId}`.execute(db);
}

/**
 * Runs `lock` in a transaction that stays open until the returned release() is awaited: to PostgreSQL, another
 * session in the middle of a long approval. Resolves once the lock is held.
 */
export async function holdInTransaction(db: Db, lock: (tx: Db) => Promise<unknown>): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => { held = resolve; });
  const done = db.transaction().execute(async (tx) => {
    await lock(tx);
    held();
    await released;
  });
  await Promise.race([isHeld, done]);
  return async () => {
    release();
    await done;
  };
}

/** Reads of the registry pass, writes wait: an approval shows its 'registering' phase until release(). */
export const holdRegistryWrites = (db: Db) => holdInTransaction(db, (tx) => sql`LOCK TABLE person IN EXCLUSIVE MODE`.execute(tx));

/** The batch's row lock, as an approval of the same batch holds it: another approval waits in 'waiting'. */
export const holdBatch = (db: Db, id: number, then?: (tx: Db) => Promise<unknown>) => holdInTransaction(db, async (tx) => {
  await tx.selectFrom('import_batch').select('id').where('id', '=', id).forUpdate().execute();
  await then?.(tx);
});
