/**
 * Running one tracked job: its progress is written to the `job` row at most twice a second and at every
 * change of phase, on the shared pool, so a poller sees it while the work's own transaction is still
 * open; a heartbeat keeps a live job's row fresh through long silent statements; the row ends
 * `succeeded` with the result or `failed` with a translatable error code. A caller waiting in the same
 * process (`done`) is told directly, with the very error thrown.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import * as repo from './jobs.repository';
import { computeProgress, type ProgressView } from './progress';
import type { JobReport } from './task-registry';

const WRITE_INTERVAL_MS = 500;
// well under STALE_SECONDS (jobs.service.ts): an approval's one INSERT of two million rows, or its wait
// for another approval of the regency, reports nothing for a minute or more yet its process is alive
const HEARTBEAT_MS = 30_000;

export type ProgressListener = (view: ProgressView & { phase: string | null }) => void;
export type Outcome = { result: object } | { error: unknown };

/** Someone in this process awaits the job: the CLI's bar gets every report, `done` the outcome. */
export interface Waiter { readonly onProgress?: ProgressListener; settle(outcome: Outcome): void; local?: boolean }

const waiting = new WeakMap<Db, Map<number, Waiter>>();
const waitersOf = (db: Db) => { let m = waiting.get(db); if (!m) waiting.set(db, (m = new Map())); return m; };
export const addWaiter = (db: Db, id: number, w: Waiter) => { waitersOf(db).set(id, w); };
export const removeWaiter = (db: Db, id: number) => { waitersOf(db).delete(id); };

// The starter's full context (with its clock, which cannot be stored in the queue), for a run in its process.
const contexts = new WeakMap<Db, Map<number, RequestContext>>();
export function rememberContext(db: Db, id: number, ctx: RequestContext): void {
  let m = contexts.get(db);
  if (!m) contexts.set(db, (m = new Map()));
  m.set(id, ctx);
}
export function takeContext(db: Db, id: number): RequestContext | undefined {
  const ctx = contexts.get(db)?.get(id);
  contexts.get(db)?.delete(id);
  return ctx;
}

export const errorOf = (e: unknown): repo.JobError =>
  e instanceof DomainError ? { code: e.code, kind: e.kind, details: e.details } : { code: 'INTERNAL', details: {} };

/** Runs `work` for the job row, writes its outcome and tells a local waiter. Never throws. */
export async function executeJob(db: Db, job: { tenantCode: string; id: number }, work: (report: JobReport) => Promise<object | void>,
  onProgress?: ProgressListener): Promise<Outcome> {
  const waiter = waitersOf(db).get(job.id);
  if (waiter) waiter.local = true;
  const listeners = [onProgress, waiter?.onProgress].filter((l): l is ProgressListener => !!l);
  const started = Date.now();
  let lastWrite = 0;
  let lastPhase: string | null = null;
  let writing: Promise<unknown> = Promise.resolve();
  const report: JobReport = (sample) => {
    const now = Date.now();
    const view = { ...computeProgress(sample, started, now), phase: sample.phase ?? null };
    for (const l of listeners) l(view);
    // a new phase is always written: it may be the last report before one long statement (an approval's INSERT)
    if (now - lastWrite < WRITE_INTERVAL_MS && view.phase === lastPhase) return;
    lastWrite = now;
    lastPhase = view.phase;
    writing = writing.then(() => repo.updateJobProgress(db, job.tenantCode, job.id, view)).catch(() => {});
  };
  const heartbeat = setInterval(() => {
    writing = writing.then(() => repo.touchJob(db, job.tenantCode, job.id)).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let outcome: Outcome;
  try {
    const result = (await work(report)) ?? {};
    clearInterval(heartbeat);
    await writing;
    await repo.finishJob(db, job.tenantCode, job.id, { status: 'succeeded', result: result as Record<string, unknown> });
    outcome = { result };
  } catch (e) {
    clearInterval(heartbeat);
    await writing;
    await repo.finishJob(db, job.tenantCode, job.id, { status: 'failed', error: errorOf(e) }).catch(() => {});
    outcome = { error: e };
  }
  waiter?.settle(outcome);
  return outcome;
}
