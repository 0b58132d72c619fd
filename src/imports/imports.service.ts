/**
 * Bulk import of participants (issue #5): stage a CSV/XLSX as a batch (as a background job with
 * progress), review it (counts, rows, the error sheet), then a `dinas` officer approves it into the
 * registry in one transaction (import-approval.service.ts, also a job) — or discards it. Re-importing the
 * same file (sha256) for the same group and scope returns the existing batch; approving twice changes nothing.
 */
import fs from 'node:fs/promises';
import { clockOf, type RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { authorizeTenant } from '../auth/scope.service';
import { todayIn } from '../clock/clock';
import type { Db } from '../db/database';
import type { IsoDate } from '../domain/calendar';
import { DomainError, notFound } from '../domain/errors';
import { startJob, type StartedJob } from '../job-status/job-status.service';
import type { ProgressView } from '../job-status/progress';
import { hashFile } from './file-hash';
import * as batches from './import-batch.repository';
import { confinementOf, loadReference } from './import-plan';
import { FILE_LIMITS } from './import-rules';
import type { WorkerGroup } from './import.types';
import { openRowReader } from '../spreadsheet/row-reader';
import { looksLikeHeader } from './header-map';
import { batchSummary, batchView, type BatchSummary } from './batch-view';
import type { Lang } from '../i18n/messages';
import { stageBatch } from './stage-import';
import './imports.messages';

// approval lives in its own module; callers (CLI, tests, bench) keep importing it from here
export { approveBatch, startApproval, type ApprovalPhase, type ApprovalResult } from './import-approval.service';

export interface ImportRequest {
  tenantCode: string;
  group: WorkerGroup;
  filePath: string;
  fileName: string;
  sheet?: string;
  /** dinas: the OPD of rows that name none (ignored for opd/desa operators, who are confined). */
  opdId?: number | null;
  dryRun?: boolean;
  /** Computed while the upload was spooled; hashed here otherwise. */
  sha256?: string;
  on?: IsoDate;
  /** CLI: also write the error sheet here (inside the staging transaction, so it works for dry runs). */
  writeErrors?: (db: Db, batchId: number) => Promise<void>;
}

export interface ImportOutcome { summary: BatchSummary; reused: boolean; dryRun: boolean }

type Progress = (view: ProgressView & { phase: string | null }) => void;

/** Before an upload is even read: may this caller import this group into this tenant? */
export async function assertMayImport(db: Db, ctx: RequestContext, tenantCode: string, group: WorkerGroup, opdId: number | null) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'imports:write');
  return confinementOf(db, ctx, tenantCode, group, opdId);
}

async function prepare(db: Db, ctx: RequestContext, req: ImportRequest) {
  const confinement = await assertMayImport(db, ctx, req.tenantCode, req.group, req.opdId ?? null);
  const { size } = await fs.stat(req.filePath);
  if (size === 0) throw new DomainError('IMPORT_EMPTY', 'invalid', { field: 'file' });
  const sha256 = req.sha256 ?? (await hashFile(req.filePath));
  const existing = req.dryRun ? undefined : await batches.findBatchByFile(db, {
    tenantCode: req.tenantCode, group: req.group, sha256,
    opdId: confinement.forcedOpdId ?? confinement.defaultOpdId, villageCode: confinement.forcedVillageCode,
  });
  return { confinement, size, sha256, existing };
}

/** Stages the file now (the CLI path); the HTTP path runs the same work as a job (startImport). */
export async function importFile(db: Db, ctx: RequestContext, req: ImportRequest, onProgress?: Progress): Promise<ImportOutcome> {
  const job = await startImport(db, ctx, req, onProgress);
  return 'outcome' in job ? job.outcome : job.done;
}

/**
 * Checks scope and idempotency synchronously (a reused batch answers at once, without a job), then stages
 * the file as a background job whose progress the caller polls.
 */
export async function startImport(db: Db, ctx: RequestContext, req: ImportRequest, onProgress?: Progress, cleanup?: () => Promise<void>):
  Promise<{ outcome: ImportOutcome } | StartedJob<ImportOutcome>> {
  const { confinement, size, sha256, existing } = await prepare(db, ctx, req);
  if (existing) {
    await cleanup?.();
    return { outcome: { summary: batchSummary(existing), reused: true, dryRun: false } };
  }
  const on = req.on ?? todayIn(clockOf(ctx), req.tenantCode);
  const job = await startJob(db, ctx, { tenantCode: req.tenantCode, kind: 'import', onProgress }, async (report) => {
    try {
      const reference = await loadReference(db, ctx, req.tenantCode, on);
      const reader = await openRowReader(req.filePath, size, { sheet: req.sheet, isHeader: looksLikeHeader, zip: FILE_LIMITS.zip });
      const staged = await stageBatch(db, ctx, {
        tenantCode: req.tenantCode, group: req.group, file: { path: req.filePath, name: req.fileName, bytes: size, sha256 }, reader,
        ...reference, ...confinement, dryRun: !!req.dryRun, beforeCommit: req.writeErrors,
      }, report);
      const batch = staged.batchId === null ? undefined : await batches.findBatch(db, req.tenantCode, staged.batchId);
      const summary: BatchSummary = batch ? batchSummary(batch) : {
        batchId: null, rows: staged.counts.rows, accepted: staged.counts.accepted, rejected: staged.counts.rejected, warnings: staged.counts.warnings,
        duplicates: { inFile: staged.counts.dupInFile, inRegistry: staged.counts.dupInRegistry, fuzzy: staged.counts.fuzzy }, errorsFile: null,
      };
      return { summary, reused: false, dryRun: !!req.dryRun };
    } catch (e) {
      // two uploads of one file at the same moment: the second finds the first's batch
      if ((e as { code?: string }).code === '23505') {
        const again = await batches.findBatchByFile(db, { tenantCode: req.tenantCode, group: req.group, sha256, opdId: confinement.forcedOpdId ?? confinement.defaultOpdId, villageCode: confinement.forcedVillageCode });
        if (again) return { summary: batchSummary(again), reused: true, dryRun: false };
      }
      throw e;
    } finally {
      await cleanup?.();
    }
  });
  return job;
}

/** The batch if the caller may see it: makers see their OPD's/village's batches, the dinas all. */
export async function requireBatch(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'imports:write');
  const batch = await batches.findBatch(db, tenantCode, id);
  const { role, opdId, villageCode } = ctx.actor;
  if (!batch || (role === 'opd' && batch.opd_id !== opdId) || (role === 'desa' && batch.village_code !== villageCode)) throw notFound('import_batch', id);
  return batch;
}

export async function listImportBatches(db: Db, ctx: RequestContext, tenantCode: string, q: { status?: string; limit: number; before?: number }, lang: Lang) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'imports:write');
  const { role } = ctx.actor;
  const rows = await batches.listBatches(db, {
    tenantCode, opdId: role === 'opd' ? (ctx.actor.opdId ?? -1) : null, villageCode: role === 'desa' ? (ctx.actor.villageCode ?? '-') : null, ...q,
  });
  return rows.map((r) => batchView(r, lang));
}

export async function discardBatch(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  await requireBatch(db, ctx, tenantCode, id);
  return db.transaction().execute(async (tx) => {
    const batch = (await batches.lockBatch(tx, tenantCode, id))!;
    if (batch.status !== 'staged') throw new DomainError('IMPORT_NOT_STAGED', 'conflict', { status: batch.status });
    await batches.deleteBatchRows(tx, tenantCode, id);
    await batches.decideBatch(tx, tenantCode, id, { status: 'discarded', actorId: ctx.actor.userId, actorUsername: ctx.actor.username });
    await recordAudit(tx, ctx, { action: 'import.discard', entity: 'import_batch', entityId: id, tenantCode });
    return { batchId: id, status: 'discarded' as const };
  });
}

/** For the CLI, which names a batch by its id alone. */
export async function findBatchTenant(db: Db, id: number): Promise<string | null> {
  return (await batches.findBatchTenant(db, id))?.tenant_code ?? null;
}
