/** SQL for background jobs (one row per job, polled by the web app and the CLI). */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { ProgressView } from './progress';

export type JobError = { code: string; kind?: string; details: Record<string, unknown> };

/** A queued job starts at attempt 0 (the queue's worker claims it); one run in its caller's process at 1. */
export function insertJob(db: Db, j: { tenantCode: string; kind: string; actorId: number | null; actorUsername: string; attempts: 0 | 1 }) {
  return db.insertInto('job')
    .values({ tenant_code: j.tenantCode, kind: j.kind, created_by: j.actorId, created_by_username: j.actorUsername, phase: 'start', attempts: j.attempts })
    .returning(['id']).executeTakeFirstOrThrow();
}

/** A worker takes the job (again, after a crash: progress starts over). False when the job is already final. */
export async function claimJob(db: Db, tenantCode: string, id: number, by: { runnerId: string; workerId: string | null; attempt: number }) {
  const r = await db.updateTable('job').set({
    runner_id: by.runnerId, worker_id: by.workerId, attempts: by.attempt, phase: 'start', processed: 0, percent: 0,
    rows_per_second: null, eta_seconds: null, updated_at: sql`now()`,
  }).where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', '=', 'running').executeTakeFirst();
  return r.numUpdatedRows > 0n;
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
  { status: 'succeeded'; result: Record<string, unknown> } | { status: 'failed'; error: JobError }) {
  return db.updateTable('job').set({
    status: outcome.status, phase: 'done', finished_at: sql`now()`, updated_at: sql`now()`, eta_seconds: 0,
    ...(outcome.status === 'succeeded' ? { result: JSON.stringify(outcome.result), percent: 100 } : { error: JSON.stringify(outcome.error) }),
  }).where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', '=', 'running').execute();
}

/**
 * The job, with `stale` = started (attempt ≥ 1) and still "running" but silent for longer than
 * `staleSeconds`: its process died and no runner has taken it back yet. A job still waiting in the queue
 * (attempt 0) is not stale: it waits for a free worker.
 */
export function findJob(db: Db, tenantCode: string, id: number, staleSeconds: number) {
  return db.selectFrom('job').selectAll()
    .select(sql<boolean>`status = 'running' AND attempts > 0 AND updated_at < now() - make_interval(secs => ${staleSeconds})`.as('stale'))
    .where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();
}

/** Every running job some queue runner has claimed (any tenant): the recovery sweep checks their runners. */
export function findClaimedJobs(db: Db) {
  return db.selectFrom('job').select(['tenant_code', 'id', 'runner_id', 'worker_id'])
    .where('status', '=', 'running').where('runner_id', 'is not', null).execute();
}

/** The job goes back to waiting in the queue (its runner died). */
export function releaseJob(db: Db, tenantCode: string, id: number) {
  return db.updateTable('job').set({ runner_id: null, worker_id: null, updated_at: sql`now()` })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).where('status', '=', 'running').execute();
}
