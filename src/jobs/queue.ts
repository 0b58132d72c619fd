/**
 * The job queue: graphile-worker on Lindung's own PostgreSQL, run inside the process that needs it (the
 * server; the CLI while it waits; a test) — no extra process. One queue per database handle, on a small
 * pool of its own so a long approval never starves the app's pool.
 *
 * Surviving a crash: each queue holds a session advisory lock named after its runner id for as long as it
 * lives, and stamps that id on every job it takes. PostgreSQL drops the lock when the process dies, so a
 * queue that starts (and every SWEEP_MS after) finds the running jobs whose runner's lock is free, hands
 * them back to the queue (graphile-worker's forceUnlockWorkers) and a worker runs them again — an approval
 * is one transaction, so the dead run left nothing behind. After MAX_RUNS the job fails JOB_INTERRUPTED.
 */
import { randomUUID } from 'node:crypto';
import type { JobHelpers, Runner, TaskList, WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import { cliContext, type RequestContext } from '../auth/actor';
import type { Clock } from '../clock/clock';
import type { Config } from '../config/config';
import { poolOf, type Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { JOB_KINDS, type JobKind } from './job-kinds';
import { executeJob, takeContext } from './job-runner';
import * as repo from './jobs.repository';
import type { Schedule } from './schedules';
import { taskOf } from './task-registry';

/** A crashed job runs at most this many times in all; then it fails with JOB_INTERRUPTED. */
export const MAX_RUNS = 3;
const SWEEP_MS = 30_000;

export interface QueueLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
const silent: QueueLog = { info: () => {}, warn: () => {}, error: () => {} };

export interface QueueOptions {
  log?: QueueLog;
  /** The declared schedules to run (`lindung serve`); none elsewhere. */
  schedules?: { list: readonly Schedule[]; config: Config };
  concurrency?: number;
  /** How often to look for jobs due later (retries); new jobs arrive at once by LISTEN/NOTIFY. */
  pollIntervalMs?: number;
  /** "Now" for the tasks (the app's clock; tests pin it); the system clock when absent. */
  clock?: Clock;
}

/** What a queued tracked job carries; a schedule's job carries its payload alone. */
export interface TrackedPayload { jobId: number; tenantCode: string; ctx: RequestContext; input: unknown }

/** The server acting on its own: an installation admin without an account, "system" in the audit log. */
export const systemContext = (): RequestContext => ({ actor: { ...cliContext().actor, username: 'system' }, ip: null });

const livenessKey = (runnerId: string) => `lindung.runner:${runnerId}`;

export class JobQueue {
  readonly runnerId = randomUUID();
  private runner?: Runner;
  private sweeper?: NodeJS.Timeout;
  private constructor(private readonly db: Db, private readonly pool: pg.Pool, private readonly liveness: pg.PoolClient,
    private readonly utils: WorkerUtils, private readonly log: QueueLog, private readonly clock?: Clock) {}

  static async start(db: Db, opts: QueueOptions): Promise<JobQueue> {
    const shared = poolOf(db);
    if (!shared) throw new Error('the job queue needs a database made by createDb');
    const concurrency = opts.concurrency ?? 2;
    // LISTEN + the liveness lock + a worker's fetches; the work itself runs on the app's pool
    const pool = new pg.Pool({ ...shared.options, max: concurrency + 3 });
    pool.on('error', () => {});
    const log = opts.log ?? silent;
    // loaded with the first queue, not at start-up: most `lindung` commands never run one
    const { Logger, makeWorkerUtils, parseCronItems, run } = await import('graphile-worker');
    const logger = new Logger(() => (level, message, meta) => {
      if (level === 'error') log.error({ meta }, message);
      else if (level === 'warning') log.warn({ meta }, message);
    });
    const liveness = await pool.connect();
    const utils = await makeWorkerUtils({ pgPool: pool, logger });
    const queue = new JobQueue(db, pool, liveness, utils, log, opts.clock);
    await liveness.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [livenessKey(queue.runnerId)]);
    await queue.sweep(); // before the first fetch, so a job cut off by a crash is taken at once
    const schedules = opts.schedules?.list ?? [];
    queue.runner = await run({
      pgPool: pool, logger, concurrency, noHandleSignals: true, pollInterval: opts.pollIntervalMs ?? 2000,
      taskList: Object.fromEntries(JOB_KINDS.map((kind) => [kind, (payload: unknown, helpers: JobHelpers) => queue.runTask(kind, payload, helpers)])) as TaskList,
      parsedCronItems: parseCronItems(schedules.map((s) => ({
        task: s.task, match: s.cron, identifier: s.id, payload: s.payload(opts.schedules!.config),
        options: { backfillPeriod: (s.backfillHours ?? 0) * 3600_000, maxAttempts: MAX_RUNS, jobKey: s.id },
      }))),
    });
    for (const s of schedules.filter((x) => x.atStart)) {
      await queue.runner.addJob(s.task, s.payload(opts.schedules!.config), { jobKey: s.id, maxAttempts: MAX_RUNS });
    }
    queue.sweeper = setInterval(() => { queue.sweep().catch((err: unknown) => log.error({ err }, 'job recovery sweep failed')); }, SWEEP_MS).unref();
    return queue;
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    await this.runner?.stop();
    await this.utils.release();
    this.liveness.release();
    await this.pool.end();
  }

  /** Running jobs whose runner died go back to the queue. */
  async sweep(): Promise<number> {
    const claimed = await repo.findClaimedJobs(this.db);
    const runners = [...new Set(claimed.map((j) => j.runner_id!))].filter((r) => r !== this.runnerId);
    const dead = new Set<string>();
    for (const r of runners) {
      const { rows } = await this.liveness.query<{ free: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS free', [livenessKey(r)]);
      if (!rows[0]!.free) continue;
      await this.liveness.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [livenessKey(r)]);
      dead.add(r);
    }
    const orphans = claimed.filter((j) => dead.has(j.runner_id!));
    for (const j of orphans) await repo.releaseJob(this.db, j.tenant_code, j.id);
    const workers = [...new Set(orphans.map((j) => j.worker_id).filter((w): w is string => !!w))];
    if (workers.length) await this.utils.forceUnlockWorkers(workers);
    if (orphans.length) this.log.warn({ jobs: orphans.map((j) => j.id) }, 'jobs cut off by a stopped process are queued again');
    return orphans.length;
  }

  private async runTask(kind: JobKind, payload: unknown, helpers: JobHelpers): Promise<void> {
    const task = taskOf(kind);
    if (!task) throw new Error(`no task registered for job kind ${kind}`); // retried later by the queue
    const tracked = payload as Partial<TrackedPayload>;
    if (tracked.jobId === undefined) {
      try {
        const result = await task(payload, { db: this.db, ctx: { ...systemContext(), clock: this.clock }, tenantCode: null, report: () => {} });
        this.log.info({ kind, result }, 'scheduled task done');
      } catch (err) {
        this.log.error({ err, kind }, 'scheduled task failed');
        throw err; // the queue tries it again, with backoff, up to MAX_RUNS
      }
      return;
    }
    const { jobId, tenantCode, input } = tracked as TrackedPayload;
    const ctx = takeContext(this.db, jobId) ?? { ...(tracked as TrackedPayload).ctx, clock: this.clock };
    const attempt = helpers.job.attempts;
    if (attempt > MAX_RUNS) {
      const error = new DomainError('JOB_INTERRUPTED', 'conflict', { attempts: MAX_RUNS });
      // executeJob writes the failure and tells a waiter in this process
      await executeJob(this.db, { tenantCode, id: jobId }, () => Promise.reject(error));
      return;
    }
    if (!(await repo.claimJob(this.db, tenantCode, jobId, { runnerId: this.runnerId, workerId: helpers.job.locked_by, attempt }))) return;
    const outcome = await executeJob(this.db, { tenantCode, id: jobId }, (report) => task(input, { db: this.db, ctx, tenantCode, report }));
    if ('error' in outcome && !(outcome.error instanceof DomainError)) this.log.error({ err: outcome.error, jobId, kind }, 'job failed');
  }
}

const queues = new WeakMap<Db, Promise<JobQueue>>();
const configured = new WeakMap<Db, QueueOptions>();

/** Options (log, schedules) for the queue of `db`, before it starts. */
export function configureQueue(db: Db, opts: QueueOptions): void { configured.set(db, opts); }

/** The queue of `db` in this process, started on first use (the first job, or `lindung serve`). */
export function ensureQueue(db: Db): Promise<JobQueue> {
  let q = queues.get(db);
  if (!q) {
    q = JobQueue.start(db, configured.get(db) ?? {});
    queues.set(db, q);
    q.catch(() => queues.delete(db));
  }
  return q;
}

/** Stops the queue of `db` if one runs here (waits for the jobs in hand). Call before closing `db`. */
export async function stopQueue(db: Db): Promise<void> {
  const q = queues.get(db);
  if (!q) return;
  queues.delete(db);
  await (await q.catch(() => undefined))?.stop();
}
