/**
 * Background jobs and their status. A job is a row in `job` (kind, status, phase, processed/total,
 * percent, rows/s, ETA, then result or error) that the web app polls and the CLI renders as a bar, and —
 * for a queued job — a graphile-worker job carrying what the task needs to run (src/jobs/queue.ts), added
 * in the same transaction, so a job is never lost and never runs without its row.
 *
 * - `startJob` queues a registered task; whichever queue runs it (this process's, or the server's on the
 *   same database) reports into the row, and `done` settles from the row (at once when it ran here).
 * - `runJobHere` runs work in this process at once (a CLI step that needs a callback, e.g. writing the
 *   error sheet inside the staging transaction); if its process dies the row goes silent and is reported
 *   failed (JOB_INTERRUPTED) once it has been silent for STALE_SECONDS.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../auth/actor';
import { hasPermission } from '../auth/roles';
import { assertTenantVisible } from '../auth/scope.service';
import type { Db } from '../db/database';
import { DomainError, notFound, type ErrorCode, type ErrorKind } from '../domain/errors';
import { translate, type Lang } from '../i18n/messages';
import { addWaiter, executeJob, rememberContext, removeWaiter, type Outcome, type ProgressListener } from './job-runner';
import type { JobKind } from './job-kinds';
import * as repo from './jobs.repository';
import { ensureQueue, type TrackedPayload } from './queue';
import type { JobReport } from './task-registry';
import './jobs.messages';

const STALE_SECONDS = 120;
const POLL_MS = 250;
// the queue decides retries (MAX_RUNS); this only keeps graphile-worker from giving up first
const QUEUE_MAX_ATTEMPTS = 10;

export type { JobReport } from './task-registry';
export type { JobKind } from './job-kinds';
export type { ProgressListener } from './job-runner';

export interface StartedJob<T> {
  readonly id: number;
  /** Settles when the work ends (the job row is final by then). Waiting starts when it is first read. */
  readonly done: Promise<T>;
}

export interface JobOptions {
  readonly tenantCode: string;
  readonly kind: JobKind;
  /** Called on every report (e.g. the CLI's progress bar), besides the throttled row update. */
  readonly onProgress?: ProgressListener;
}

/** Queues the task registered for `opts.kind` with `input` (plain JSON: it is stored in the queue). */
export async function startJob<T extends object>(db: Db, ctx: RequestContext, opts: JobOptions, input: object): Promise<StartedJob<T>> {
  const id = await db.transaction().execute(async (tx) => {
    const { id } = await repo.insertJob(tx, { tenantCode: opts.tenantCode, kind: opts.kind, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, attempts: 0 });
    // who and from where; the clock stays here (a run in this process gets it back, others use their own)
    const payload: TrackedPayload = { jobId: id, tenantCode: opts.tenantCode, ctx: { actor: ctx.actor, ip: ctx.ip }, input };
    await sql`SELECT graphile_worker.add_job(${opts.kind}, ${JSON.stringify(payload)}::json, max_attempts => ${QUEUE_MAX_ATTEMPTS})`.execute(tx);
    return id;
  });
  if (ctx.clock) rememberContext(db, id, ctx);
  // the queue of this process takes it unless another one (the server's) is quicker; a failure to start
  // shows as the job waiting, and `done` reports it
  const started = ensureQueue(db);
  started.catch(() => {});
  let done: Promise<T> | undefined;
  return {
    id,
    get done() {
      done ??= started.then(() => awaitJob<T>(db, opts.tenantCode, id, opts.onProgress));
      return done;
    },
  };
}

/** Runs `work` in this process now, as a job with a row (see the header). */
export async function runJobHere<T extends object>(db: Db, ctx: RequestContext, opts: JobOptions, work: (report: JobReport) => Promise<T>): Promise<StartedJob<T>> {
  const { id } = await repo.insertJob(db, { tenantCode: opts.tenantCode, kind: opts.kind, actorId: ctx.actor.userId, actorUsername: ctx.actor.username, attempts: 1 });
  const done = executeJob(db, { tenantCode: opts.tenantCode, id }, work, opts.onProgress).then(settled<T>);
  done.catch(() => {});
  return { id, done };
}

const settled = <T>(o: Outcome): T => { if ('error' in o) throw o.error; return o.result as T; };

type JobRow = NonNullable<Awaited<ReturnType<typeof repo.findJob>>>;

const outcomeOfRow = (job: JobRow): Outcome => {
  if (job.status === 'succeeded') return { result: job.result ?? {} };
  const e = job.stale ? { code: 'JOB_INTERRUPTED', kind: 'conflict', details: {} } : job.error ?? { code: 'INTERNAL', details: {} };
  // a stored code was registered when the job failed; the row keeps it as text
  return { error: new DomainError(e.code as ErrorCode, (e.kind ?? 'invalid') as ErrorKind, e.details) };
};

/** Until the row is final: told at once by a run in this process, else by polling the row. */
function awaitJob<T>(db: Db, tenantCode: string, id: number, onProgress?: ProgressListener): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let over = false;
    let timer: NodeJS.Timeout | undefined;
    const waiter = {
      onProgress,
      settle(o: Outcome) {
        if (over) return;
        over = true;
        clearTimeout(timer);
        removeWaiter(db, id);
        if ('error' in o) reject(o.error); else resolve(o.result as T);
      },
      local: false,
    };
    addWaiter(db, id, waiter);
    const poll = async () => {
      const job = await repo.findJob(db, tenantCode, id, STALE_SECONDS).catch(() => undefined);
      if (over) return;
      if (job && (job.status !== 'running' || job.stale)) return waiter.settle(outcomeOfRow(job));
      // run by another process: the row is all there is to show
      if (job && !waiter.local && onProgress) onProgress({ ...viewOf(job), phase: job.phase });
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
  });
}

const viewOf = (job: JobRow) => ({ processed: job.processed, total: job.total, percent: job.percent, rowsPerSecond: job.rows_per_second, etaSeconds: job.eta_seconds });

export interface JobView {
  id: number; kind: string; status: 'running' | 'succeeded' | 'failed'; phase: string | null;
  processed: number; total: number | null; percent: number; rowsPerSecond: number | null; etaSeconds: number | null;
  result: Record<string, unknown> | null; error: { code: string; message: string } | null;
  createdBy: string | null; createdAt: string; updatedAt: string; finishedAt: string | null;
}

/** The job as its creator (or a checker of the tenant) sees it; anyone else gets 404. */
export async function getJob(db: Db, ctx: RequestContext, tenantCode: string, id: number, lang: Lang): Promise<JobView> {
  await assertTenantVisible(db, ctx.actor, tenantCode);
  const job = await repo.findJob(db, tenantCode, id, STALE_SECONDS);
  const mayRead = job && (job.created_by === ctx.actor.userId || hasPermission(ctx.actor.role, 'workers:approve') || ctx.actor.role === 'admin');
  if (!job || !mayRead) throw notFound('job', id);
  const error = job.stale ? { code: 'JOB_INTERRUPTED', details: {} } : job.error;
  return {
    id: job.id, kind: job.kind, status: job.stale ? 'failed' : job.status, phase: job.phase,
    ...viewOf(job), result: job.result, error: error ? { code: error.code, message: translate(error.code, lang, error.details) } : null,
    createdBy: job.created_by_username, createdAt: job.created_at.toISOString(), updatedAt: job.updated_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
  };
}
