/**
 * Approving a staged import batch into the registry (issue #5). Who may approve and whether the batch can
 * be approved is decided at once (permission, the batch, maker-checker, its status); the registration
 * itself — late duplicate check, INSERT … SELECT of up to two million persons and memberships, review
 * items, the decision and its audit entry — is ONE transaction run as a background job (kind 'approve'),
 * so a big batch does not hold an HTTP request past a proxy's timeout. Its single big statements cannot
 * count rows, so the job reports phases, each with the share of the work done when it begins.
 */
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { clockOf, type RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { authorizeTenant } from '../auth/scope.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import type { ImportBatchTable } from '../db/schema';
import { DomainError, notFound } from '../domain/errors';
import { startJob, type JobReport, type StartedJob } from '../job-status/job-status.service';
import type { ProgressView } from '../job-status/progress';
import { registerStagedBatch } from '../workers/workers.service';
import { batchSummary, type BatchSummary } from './batch-view';
import * as dedup from './dedup.repository';
import * as batches from './import-batch.repository';
import './imports.messages';

type BatchRow = Selectable<ImportBatchTable>;
type Progress = (view: ProgressView & { phase: string | null }) => void;

/** What an approval answers (the job's result): the batch's counts after it, and what entered the registry. */
export interface ApprovalResult extends BatchSummary {
  status: BatchRow['status'];
  alreadyApproved: boolean;
  /** persons, memberships, reenrolled, reviews, lateDuplicates */
  registered: Record<string, number> | null;
}

/**
 * The job's phases and the done fraction at which each begins. `waiting`: for the batch's row lock (another
 * approval of it) and the regency's registry lock (another batch of the regency being approved).
 */
export const APPROVAL_PHASES = { waiting: 0, duplicates: 0.05, registering: 0.15, recording: 0.95, done: 1 } as const;
export type ApprovalPhase = keyof typeof APPROVAL_PHASES;

const resultOf = (batch: BatchRow, alreadyApproved: boolean): ApprovalResult =>
  ({ ...batchSummary(batch), status: batch.status, alreadyApproved, registered: batch.approval });

/**
 * Refusals come synchronously, before any job row exists; an approved batch answers at once with what its
 * approval registered. Otherwise the registration starts as a job whose progress the caller polls.
 */
export async function startApproval(db: Db, ctx: RequestContext, tenantCode: string, id: number, onProgress?: Progress):
  Promise<{ result: ApprovalResult } | StartedJob<ApprovalResult>> {
  await authorizeTenant(db, ctx.actor, tenantCode, 'workers:approve');
  const batch = await batches.findBatch(db, tenantCode, id);
  if (!batch) throw notFound('import_batch', id);
  // maker-checker: the uploader cannot approve their own batch (the console operator has no account)
  if (batch.created_by !== null && batch.created_by === ctx.actor.userId) throw new DomainError('IMPORT_SELF_APPROVAL', 'forbidden');
  if (batch.status === 'approved') return { result: resultOf(batch, true) };
  if (batch.status !== 'staged') throw new DomainError('IMPORT_NOT_STAGED', 'conflict', { status: batch.status });
  return startJob(db, ctx, { tenantCode, kind: 'approve', onProgress }, (report) => registerBatch(db, ctx, tenantCode, id, batch.accepted, report));
}

/** Approves now (the CLI and tests): starts the approval and waits for its job, as importFile does. */
export async function approveBatch(db: Db, ctx: RequestContext, tenantCode: string, id: number, onProgress?: Progress): Promise<ApprovalResult> {
  const started = await startApproval(db, ctx, tenantCode, id, onProgress);
  return 'result' in started ? started.result : started.done;
}

/** Every accepted row enters the registry in ONE transaction, or none does. */
async function registerBatch(db: Db, ctx: RequestContext, tenantCode: string, id: number, staged: number, report: JobReport): Promise<ApprovalResult> {
  const enter = (phase: ApprovalPhase, processed: number, total: number) => report({ processed, total, fraction: APPROVAL_PHASES[phase], phase });
  enter('waiting', 0, staged);
  const result = await db.transaction().execute(async (tx) => {
    const batch = await batches.lockBatch(tx, tenantCode, id);
    if (!batch) throw notFound('import_batch', id);
    // a second approval of the batch started before the first committed: it waited for the lock and finds it done
    if (batch.status === 'approved') return resultOf(batch, true);
    if (batch.status !== 'staged') throw new DomainError('IMPORT_NOT_STAGED', 'conflict', { status: batch.status });
    // one approval per regency at a time, so two batches cannot register the same NIK concurrently
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`registry:${tenantCode}`}))`.execute(tx);
    enter('duplicates', 0, batch.accepted);
    const late = await dedup.markRegistryDuplicates(tx, tenantCode, id, batch.worker_group);
    const accepted = batch.accepted - late;
    enter('registering', 0, accepted);
    const registered = await registerStagedBatch(tx, ctx, { tenantCode, batchId: id, group: batch.worker_group, on: todayIn(clockOf(ctx), tenantCode), accepted });
    enter('recording', accepted, accepted);
    const approval = { ...registered, lateDuplicates: late };
    const counts = { accepted, dup_in_registry: batch.dup_in_registry + late };
    await batches.decideBatch(tx, tenantCode, id, { status: 'approved', actorId: ctx.actor.userId, actorUsername: ctx.actor.username, approval, counts });
    await recordAudit(tx, ctx, { action: 'import.approve', entity: 'import_batch', entityId: id, tenantCode, details: approval });
    return resultOf((await batches.findBatch(tx, tenantCode, id))!, false);
  });
  enter('done', result.accepted, result.accepted); // committed
  return result;
}
