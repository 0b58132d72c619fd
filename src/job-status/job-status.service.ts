/**
 * Background jobs and their status: a small in-process runner with progress. A job is a row in `job` (id, kind, status, processed/total,
 * percent, rows/s, ETA, result or error) that the web app polls and the CLI renders as a progress bar.
 * The work runs in this process; progress is written at most twice a second (and at every change of phase)
 * on the shared pool, so a poller sees it while the work's own transaction is still open; a heartbeat keeps
 * a live job's row fresh through long silent statements. A job whose process died stays "running" in the
 * table and is reported as failed (JOB_INTERRUPTED) once it has been silent too long.
 */
import type { RequestContext } from '../auth/actor';
import { hasPermission } from '../auth/roles';
import { assertTenantVisible } from '../auth/scope.service';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import { translate, type Lang } from '../i18n/messages';
import * as repo from './job-status.repository';
import { computeProgress, type ProgressSample, type ProgressView } from './progress';
import './job-status.messages';

const WRITE_INTERVAL_MS = 500;
const STALE_SECONDS = 120;
// well under STALE_SECONDS: an approval's one INSERT of two million rows, or its wait for another
// approval of the regency, reports nothing for a minute or more yet its process is alive
const HEARTBEAT_MS = 30_000;

export type JobReport = (sample: ProgressSample) => void;

export interface StartedJob<T> {
  readonly id: number;
  /** Settles when the work ends (the job row is final by then). */
  readonly done: Promise<T>;
}

export interface JobOptions {
  readonly tenantCode: string;
  readonly kind: string;
  /** Called on every report (e.g. the CLI's progress bar), besides the throttled row update. */
  readonly onProgress?: (view: ProgressView & { phase: string | null }) => void;
}

export async function startJob<T extends object>(db: Db, ctx: RequestContext, opts: JobOptions, work: (report: JobReport) => Promise<T>): Promise<StartedJob<T>> {
  const { id } = await repo.insertJob(db, { tenantCode: opts.tenantCode, kind: opts.kind, actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
  const started = Date.now();
  let lastWrite = 0;
  let lastPhase: string | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const report: JobReport = (sample) => {
    const now = Date.now();
    const view = { ...computeProgress(sample, started, now), phase: sample.phase ?? null };
    opts.onProgress?.(view);
    // a new phase is always written: it may be the last report before one long statement (an approval's INSERT)
    if (now - lastWrite < WRITE_INTERVAL_MS && view.phase === lastPhase) return;
    lastWrite = now;
    lastPhase = view.phase;
    writing = writing.then(() => repo.updateJobProgress(db, opts.tenantCode, id, view)).catch(() => {});
  };
  const heartbeat = setInterval(() => {
    writing = writing.then(() => repo.touchJob(db, opts.tenantCode, id)).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const done = (async () => {
    try {
      const result = await work(report);
      clearInterval(heartbeat);
      await writing;
      await repo.finishJob(db, opts.tenantCode, id, { status: 'succeeded', result: result as Record<string, unknown> });
      return result;
    } catch (e) {
      clearInterval(heartbeat);
      await writing;
      const error = e instanceof DomainError ? { code: e.code, details: e.details } : { code: 'INTERNAL', details: {} };
      await repo.finishJob(db, opts.tenantCode, id, { status: 'failed', error }).catch(() => {});
      throw e;
    }
  })();
  return { id, done };
}

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
    processed: job.processed, total: job.total, percent: job.percent, rowsPerSecond: job.rows_per_second, etaSeconds: job.eta_seconds,
    result: job.result, error: error ? { code: error.code, message: translate(error.code, lang, error.details) } : null,
    createdBy: job.created_by_username, createdAt: job.created_at.toISOString(), updatedAt: job.updated_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
  };
}
