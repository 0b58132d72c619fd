/** SQL for the BPJS exchange: templates, registration and non-active batches, their participants. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { ExportColumn, TemplateKind } from '../db/schema';

export interface TemplateRef { name: string; version: number; columns: ExportColumn[]; title: string; confirmed: boolean }

/** The newest version of a template (a new BPJS layout is a new version row, not a code change). */
export async function currentTemplate(db: Db, kind: TemplateKind, name?: string): Promise<TemplateRef> {
  let q = db.selectFrom('bpjs_template').select(['name', 'version', 'columns', 'title', 'confirmed']).where('kind', '=', kind);
  if (name) q = q.where('name', '=', name);
  const row = await q.orderBy('version', 'desc').orderBy('effective_from', 'desc').executeTakeFirst();
  if (!row) throw new Error(`no ${kind} template`);
  return { ...row, columns: row.columns as ExportColumn[] };
}

export const findTemplate = (db: Db, name: string, version: number) =>
  db.selectFrom('bpjs_template').selectAll().where('name', '=', name).where('version', '=', version).executeTakeFirst();

export const listTemplates = (db: Db) =>
  db.selectFrom('bpjs_template').selectAll().orderBy('kind').orderBy('name').orderBy('version').execute();

export async function hasParticipations(db: Db, tenantCode: string, agreementId: number): Promise<boolean> {
  return !!(await db.selectFrom('participation').select('id').where('tenant_code', '=', tenantCode).where('agreement_id', '=', agreementId).limit(1).executeTakeFirst());
}

export async function insertBatch(db: Db, b: { tenantCode: string; kind: 'registration' | 'non-active'; agreementId: number | null; template: TemplateRef; actorId: number | null; actorUsername: string }): Promise<number> {
  const row = await db.insertInto('enrolment_batch').values({
    tenant_code: b.tenantCode, kind: b.kind, agreement_id: b.agreementId, template_name: b.template.name, template_version: b.template.version,
    created_by: b.actorId, created_by_username: b.actorUsername,
  }).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A batch whose answer is in (or, for the demo and non-active reports, needs none). */
export const closeBatch = (db: Db, tenantCode: string, id: number, participants: number) =>
  db.updateTable('enrolment_batch').set({ participants, status: 'answered', answered_at: sql`now()` })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).execute();

export const setBatchCount = (db: Db, tenantCode: string, id: number, participants: number) =>
  db.updateTable('enrolment_batch').set({ participants }).where('tenant_code', '=', tenantCode).where('id', '=', id).execute();

/** All `calon` of a PKS become `diajukan` in the batch; returns their ids. */
export async function submitCandidates(db: Db, tenantCode: string, agreementId: number, batchId: number): Promise<number[]> {
  const rows = await db.updateTable('participation').set({ status: 'diajukan', batch_id: batchId, updated_at: sql`now()` })
    .where('tenant_code', '=', tenantCode).where('agreement_id', '=', agreementId).where('status', '=', 'calon')
    .returning('id').execute();
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** Ended participations not yet reported to BPJS as non-active; marks them with the batch. */
export async function markNonActive(db: Db, tenantCode: string, batchId: number): Promise<number[]> {
  const rows = await db.updateTable('participation').set({ non_active_batch_id: batchId })
    .where('tenant_code', '=', tenantCode).where('status', '=', 'berakhir').where('kpj', 'is not', null).where('non_active_batch_id', 'is', null)
    .returning('id').execute();
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

export const findBatch = (db: Db, tenantCode: string, id: number) =>
  db.selectFrom('enrolment_batch').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();

export const listBatches = (db: Db, tenantCode: string, limit: number) =>
  db.selectFrom('enrolment_batch').selectAll().where('tenant_code', '=', tenantCode).orderBy('id', 'desc').limit(limit).execute();

/** The participations a batch carries (registration: batch_id; non-active: non_active_batch_id). */
export const batchParticipationIds = async (db: Db, tenantCode: string, batchId: number, kind: 'registration' | 'non-active') =>
  (await db.selectFrom('participation').select('id').where('tenant_code', '=', tenantCode)
    .where(kind === 'registration' ? 'batch_id' : 'non_active_batch_id', '=', batchId).orderBy('id').execute()).map((r) => Number(r.id));
