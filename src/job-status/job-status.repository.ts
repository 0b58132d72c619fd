/** SQL for background jobs (one row per job, polled by the web app and the CLI). */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { ProgressView } from './progress';

export function insertJob(db: Db, j: { tenantCode: string; kind: string; actorId: number | null; actorUsername: string }) {
  return db.insertInto('job')
    .values({ tenant_code: j.tenantCode, kind: j.kind, created_by: j.actorId, created_by_username: j.actorUsername, phase: 'start' })
    .returning(['id']).executeTakeFirstOrThrow();
}

export function updateJobProgress(db: Db, tenantCode: string, id: number, p: ProgressView & { phase: string | null }) {
  return db.updateTable('job').set({
    processed: p.processed, total: p.total, percent: p.percent, rows_per_second: p.rowsPerSecond, eta_seconds: p.etaSeconds,
    phase: p.phase, updated_at: sql`now()`,
  }).where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', '=', 'running').execute();
}

/** The runner's sign of life while one long statement reports nothing (see STALE_SECONDS in the service). */
export function touchJob(db: Db, tenantCode: string, id: number) {
  return db.updateTable('job').set({ updated_at: sql`now()` })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', '=', 'running').execute();
}

export function finishJob(db: Db, tenantCode: string, id: number, outcome:
  { status: 'succeeded'; result: Record<string, unknown> } | { status: 'failed'; error: { code: string; details: Record<string, unknown> } }) {
  return db.updateTable('job').set({
    status: outcome.status, phase: 'done', finished_at: sql`now()`, updated_at: sql`now()`, eta_seconds: 0,
    ...(outcome.status === 'succeeded' ? { result: JSON.stringify(outcome.result), percent: 100 } : { error: JSON.stringify(outcome.error) }),
  }).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();
}

/** The job, with `stale` = still "running" but silent for longer than `staleSeconds` (its process died). */
export function findJob(db: Db, tenantCode: string, id: number, staleSeconds: number) {
  return db.selectFrom('job').selectAll()
    .select(sql<boolean>`status = 'running' AND updated_at < now() - make_interval(secs => ${staleSeconds})`.as('stale'))
    .where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();
}
