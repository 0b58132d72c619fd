/** SQL for import batches and their staged rows (one query per function). */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { opdNames } from '../tenants/tenant-directory.service';
import type { ImportBatchTable } from '../db/schema';
import type { Insertable } from 'kysely';
import type { WorkerGroup } from './import.types';

export type NewBatch = Insertable<ImportBatchTable>;

export function findBatchByFile(db: Db, k: { tenantCode: string; group: WorkerGroup; sha256: string; opdId: number | null; villageCode: string | null }) {
  return db.selectFrom('import_batch').selectAll()
    .where('tenant_code', '=', k.tenantCode).where('worker_group', '=', k.group).where('file_sha256', '=', k.sha256)
    .where(sql<boolean>`coalesce(opd_id, 0) = ${k.opdId ?? 0} AND coalesce(village_code, '') = ${k.villageCode ?? ''}`)
    .where('status', '<>', 'discarded').executeTakeFirst();
}

export function insertBatch(db: Db, batch: NewBatch) {
  return db.insertInto('import_batch').values(batch).returning('id').executeTakeFirstOrThrow();
}

export function updateBatchCounts(db: Db, tenantCode: string, id: number, c: {
  rows: number; accepted: number; rejected: number; dup_in_file: number; dup_in_registry: number; fuzzy: number; warnings: number;
}) {
  return db.updateTable('import_batch').set(c).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();
}

export function findBatch(db: Db, tenantCode: string, id: number) {
  return db.selectFrom('import_batch').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();
}

/** Locks the batch for a decision (approve/discard) until the transaction ends. */
export function lockBatch(db: Db, tenantCode: string, id: number) {
  return db.selectFrom('import_batch').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface BatchFilter { tenantCode: string; opdId: number | null; villageCode: string | null; status?: string; limit: number; before?: number }

export function listBatches(db: Db, f: BatchFilter) {
  let q = db.selectFrom('import_batch').selectAll().where('tenant_code', '=', f.tenantCode).orderBy('id', 'desc').limit(f.limit);
  if (f.opdId !== null) q = q.where('opd_id', '=', f.opdId);
  if (f.villageCode !== null) q = q.where('village_code', '=', f.villageCode);
  if (f.status) q = q.where('status', '=', f.status as 'staged');
  if (f.before) q = q.where('id', '<', f.before);
  return q.execute();
}

export function decideBatch(db: Db, tenantCode: string, id: number, d: {
  status: 'approved' | 'discarded'; actorId: number | null; actorUsername: string; approval?: Record<string, number>;
  counts?: { accepted: number; dup_in_registry: number };
}) {
  return db.updateTable('import_batch').set({
    status: d.status, decided_by: d.actorId, decided_by_username: d.actorUsername, decided_at: sql`now()`,
    ...(d.approval ? { approval: JSON.stringify(d.approval) } : {}), ...(d.counts ?? {}),
  }).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();
}

export async function deleteBatchRows(db: Db, tenantCode: string, id: number) {
  await db.deleteFrom('import_match').where('tenant_code', '=', tenantCode).where('batch_id', '=', id).execute();
  await db.deleteFrom('import_row').where('tenant_code', '=', tenantCode).where('batch_id', '=', id).execute();
}

export type RowStatusFilter = 'accepted' | 'rejected' | 'duplicate' | 'fuzzy' | 'warning' | 'problem';

/** One page of staged rows (keyset on row_no), with the row's fuzzy candidates. */
export function listRows(db: Db, tenantCode: string, batchId: number, status: RowStatusFilter | undefined, after: number, limit: number) {
  let q = db.selectFrom('import_row as r')
    .leftJoin(opdNames(db).as('o'), (j) => j.onRef('o.tenant_code', '=', 'r.tenant_code').onRef('o.id', '=', 'r.opd_id'))
    .select('o.name as opd_name')
    .select(['r.row_no', 'r.status', 'r.nik', 'r.name', 'r.birth_date', 'r.sex', 'r.village_code', 'r.opd_id', 'r.wage', 'r.income',
      'r.occupation', 'r.position', 'r.phone', 'r.reasons', 'r.warnings', 'r.raw'])
    .select(sql<{ otherRow: number | null; otherPersonId: number | null; score: number; signals: string[] }[] | null>`(
      SELECT jsonb_agg(jsonb_build_object('otherRow', m.other_row_no, 'otherPersonId', m.other_person_id, 'score', round(m.score::numeric, 2), 'signals', m.signals))
      FROM import_match m WHERE m.tenant_code = r.tenant_code AND m.batch_id = r.batch_id AND m.row_no = r.row_no)`.as('matches'))
    .where('r.tenant_code', '=', tenantCode).where('r.batch_id', '=', batchId).where('r.row_no', '>', after)
    .orderBy('r.row_no').limit(limit);
  if (status === 'accepted' || status === 'rejected' || status === 'duplicate') q = q.where('r.status', '=', status);
  if (status === 'problem') q = q.where('r.status', 'in', ['rejected', 'duplicate']);
  if (status === 'warning') q = q.where('r.warnings', 'is not', null);
  if (status === 'fuzzy') q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM import_match m WHERE m.tenant_code = r.tenant_code AND m.batch_id = r.batch_id AND m.row_no = r.row_no)`);
  return q.execute();
}

export function findBatchTenant(db: Db, id: number) {
  return db.selectFrom('import_batch').select('tenant_code').where('id', '=', id).executeTakeFirst();
}
