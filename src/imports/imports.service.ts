/**
 * Bulk import of workers (issue #5): stage a CSV/XLSX as a batch (as a background job with
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
import { runJobHere, startJob, type JobReport, type ProgressListener, type StartedJob } from '../jobs/jobs.service';
import { registerTask } from '../jobs/task-registry';
import { hashFile } from './file-hash';
import * as batches from './import-batch.repository';
import { confinementOf, loadReference, type Confinement } from './import-plan';
import { FILE_LIMITS } from './import-rules';
import type { WorkerGroup } from './import.types';
import { openRowReader } from '../spreadsheet/row-reader';
import { looksLikeHeader } from './header-map';
import { batchSummary, batchView, type BatchSummary } from './batch-view';
import type { Lang } from '../i18n/messages';
import { stageBatch } from './stage-import';
import './imports.messages';

/** looksLikeHeader, for the XLSX parse worker (a thread is handed a module, not a function). */
const HEADER_TEST = { module: new URL('./header-map.ts', import.meta.url).href, name: 'looksLikeHeader' };

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
  /** dinas, pekerja rentan: the village of rows that name none (a list from one village without a Desa column). */
  villageCode?: string | null;
  dryRun?: boolean;
  /** Computed while the upload was spooled; hashed here otherwise. */
  sha256?: string;
  on?: IsoDate;
  /** CLI: also write the error sheet here (inside the staging transaction, so it works for dry runs). */
  writeErrors?: (db: Db, batchId: number) => Promise<void>;
}

export interface ImportOutcome { summary: BatchSummary; reused: boolean; dryRun: boolean }

/** Before an upload is even read: may this caller import this group into this tenant? */
export async function assertMayImport(db: Db, ctx: RequestContext, tenantCode: string, group: WorkerGroup, opdId: number | null, villageCode: string | null = null) {
  await authorizeTenant(db, ctx.actor, tenantCode, 'imports:write');
  return confinementOf(db, ctx, tenantCode, group, opdId, villageCode);
}

async function prepare(db: Db, ctx: RequestContext, req: ImportRequest) {
  const confinement = await assertMayImport(db, ctx, req.tenantCode, req.group, req.opdId ?? null, req.villageCode ?? null);
  const { size } = await fs.stat(req.filePath);
  if (size === 0) throw new DomainError('IMPORT_EMPTY', 'invalid', { field: 'file' });
  const sha256 = req.sha256 ?? (await hashFile(req.filePath));
  const existing = req.dryRun ? undefined : await batches.findBatchByFile(db, {
    tenantCode: req.tenantCode, group: req.group, sha256,
    opdId: confinement.forcedOpdId ?? confinement.defaultOpdId, villageCode: confinement.forcedVillageCode ?? confinement.defaultVillageCode,
  });
  return { confinement, size, sha256, existing };
}

/** Stages the file now, in this process (the CLI and tests; the CLI writes the error sheet in the staging transaction). */
export async function importFile(db: Db, ctx: RequestContext, req: ImportRequest, onProgress?: ProgressListener): Promise<ImportOutcome> {
  const { confinement, size, sha256, existing } = await prepare(db, ctx, req);
  if (existing) return { summary: batchSummary(existing), reused: true, dryRun: false };
  const input = stageInput(ctx, req, { confinement, size, sha256 });
  const job = await runJobHere(db, ctx, { tenantCode: req.tenantCode, kind: 'import.stage', onProgress }, (report) => stage(db, ctx, input, report, req.writeErrors));
  return job.done;
}

/**
 * Checks scope and idempotency synchronously (a reused batch answers at once, without a job), then queues
 * the staging of the spooled upload (kind `import.stage`), whose progress the caller polls. The queue
 * removes the spooled file when the job ends; a job cut off by a crash reads it again.
 */
export async function startImport(db: Db, ctx: RequestContext, req: ImportRequest, cleanup?: () => Promise<void>):
  Promise<{ outcome: ImportOutcome } | StartedJob<ImportOutcome>> {
  const { confinement, size, sha256, existing } = await prepare(db, ctx, req);
  if (existing) {
    await cleanup?.();
    return { outcome: { summary: batchSummary(existing), reused: true, dryRun: false } };
  }
  return startJob<ImportOutcome>(db, ctx, { tenantCode: req.tenantCode, kind: 'import.stage' }, { ...stageInput(ctx, req, { confinement, size, sha256 }), removeFile: !!cleanup });
}

/** What a staging job needs, as JSON (it waits in the queue). */
interface StageInput {
  tenantCode: string; group: WorkerGroup; filePath: string; fileName: string; sheet?: string; dryRun: boolean;
  size: number; sha256: string; on: IsoDate; confinement: Confinement;
  /** The file is a spooled upload: delete it once staged (or failed). */
  removeFile?: boolean;
}

const stageInput = (ctx: RequestContext, req: ImportRequest, p: { confinement: Confinement; size: number; sha256: string }): StageInput => ({
  tenantCode: req.tenantCode, group: req.group, filePath: req.filePath, fileName: req.fileName, sheet: req.sheet, dryRun: !!req.dryRun,
  size: p.size, sha256: p.sha256, on: req.on ?? todayIn(clockOf(ctx), req.tenantCode), confinement: p.confinement,
});

async function stage(db: Db, ctx: RequestContext, input: StageInput, report: JobReport, writeErrors?: ImportRequest['writeErrors']): Promise<ImportOutcome> {
  const { confinement, sha256, size } = input;
  try {
    const reference = await loadReference(db, ctx, input.tenantCode, input.on);
    const reader = await openRowReader(input.filePath, size, { sheet: input.sheet, isHeader: looksLikeHeader, headerTest: HEADER_TEST, zip: FILE_LIMITS.zip });
    // closed whatever happens: a refusal at the header (missing columns) left the file open and an XLSX
    // parse worker waiting with its heap
    const staged = await stageBatch(db, ctx, {
      tenantCode: input.tenantCode, group: input.group, file: { path: input.filePath, name: input.fileName, bytes: size, sha256 }, reader,
      ...reference, ...confinement, dryRun: input.dryRun, beforeCommit: writeErrors,
    }, report).finally(() => reader.close());
    const batch = staged.batchId === null ? undefined : await batches.findBatch(db, input.tenantCode, staged.batchId);
    const summary: BatchSummary = batch ? batchSummary(batch) : {
      batchId: null, rows: staged.counts.rows, accepted: staged.counts.accepted, rejected: staged.counts.rejected, warnings: staged.counts.warnings,
      duplicates: { inFile: staged.counts.dupInFile, inRegistry: staged.counts.dupInRegistry, fuzzy: staged.counts.fuzzy }, errorsFile: null,
    };
    return { summary, reused: false, dryRun: input.dryRun };
  } catch (e) {
    // two uploads of one file at the same moment: the second finds the first's batch
    if ((e as { code?: string }).code === '23505') {
      const again = await batches.findBatchByFile(db, { tenantCode: input.tenantCode, group: input.group, sha256, opdId: confinement.forcedOpdId ?? confinement.defaultOpdId, villageCode: confinement.forcedVillageCode ?? confinement.defaultVillageCode });
      if (again) return { summary: batchSummary(again), reused: true, dryRun: false };
    }
    throw e;
  } finally {
    if (input.removeFile) await fs.rm(input.filePath, { force: true });
  }
}

registerTask<StageInput>('import.stage', (input, run) => stage(run.db, run.ctx, input, run.report));

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
