/** SQL for BPJS's answer: what the answered NIKs match, applying the answer set-based, and the stored answer. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { AnswerOutcome } from '../db/schema';

/** Participations of these NIKs submitted in a batch (any status since: a later answer may repeat an earlier one). */
export const submittedOf = (db: Db, tenantCode: string, niks: string[]) =>
  db.selectFrom('participation').select(['id', 'nik', 'status', 'kpj', 'coverage_from', 'starts_on', 'coverage_to', 'group_id', 'batch_id', 'refusal_reason'])
    .where('tenant_code', '=', tenantCode).where('nik', 'in', niks.length ? niks : ['-']).where('batch_id', 'is not', null)
    .orderBy('id').execute();

/** Who already holds these KPJ numbers in the regency. */
export const kpjHolders = (db: Db, tenantCode: string, kpjs: string[]) =>
  db.selectFrom('participation').select(['kpj', 'nik']).distinct()
    .where('tenant_code', '=', tenantCode).where('kpj', 'in', kpjs.length ? kpjs : ['-']).execute();

export const findAnswerBySha = (db: Db, tenantCode: string, sha: string) =>
  db.selectFrom('enrolment_answer').selectAll().where('tenant_code', '=', tenantCode).where('file_sha256', '=', sha).executeTakeFirst();

export const findAnswer = (db: Db, tenantCode: string, id: number) =>
  db.selectFrom('enrolment_answer').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();

export const listAnswers = (db: Db, tenantCode: string, limit: number) =>
  db.selectFrom('enrolment_answer').selectAll().where('tenant_code', '=', tenantCode).orderBy('id', 'desc').limit(limit).execute();

export const listAnswerRows = (db: Db, tenantCode: string, answerId: number, outcomes?: AnswerOutcome[]) => {
  let q = db.selectFrom('enrolment_answer_row').selectAll().where('tenant_code', '=', tenantCode).where('answer_id', '=', answerId);
  if (outcomes) q = q.where('outcome', 'in', outcomes);
  return q.orderBy('row_no').execute();
};

/** Activates submitted participations with BPJS's KPJ and coverage date; returns the ids changed. */
export async function activate(db: Db, tenantCode: string, rows: { id: number; kpj: string; from: string }[]): Promise<number[]> {
  if (!rows.length) return [];
  const r = await sql<{ id: number }>`UPDATE participation p SET status = 'aktif', kpj = a.kpj, coverage_from = a.from_date, updated_at = now()
    FROM unnest(${rows.map((x) => x.id)}::bigint[], ${rows.map((x) => x.kpj)}::text[], ${rows.map((x) => x.from)}::date[]) AS a(id, kpj, from_date)
    WHERE p.tenant_code = ${tenantCode} AND p.id = a.id AND p.status = 'diajukan' RETURNING p.id`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

export async function refuse(db: Db, tenantCode: string, rows: { id: number; reason: string }[]): Promise<number[]> {
  if (!rows.length) return [];
  const r = await sql<{ id: number }>`UPDATE participation p SET status = 'ditolak', refusal_reason = a.reason, updated_at = now()
    FROM unnest(${rows.map((x) => x.id)}::bigint[], ${rows.map((x) => x.reason)}::text[]) AS a(id, reason)
    WHERE p.tenant_code = ${tenantCode} AND p.id = a.id AND p.status = 'diajukan' RETURNING p.id`.execute(db);
  return r.rows.map((x) => Number(x.id));
}

/** History of an answer: one row per participation with what BPJS said. */
export async function insertAnswerHistory(db: Db, tenantCode: string, to: 'aktif' | 'ditolak', rows: { id: number; batchId: number; changes: Record<string, unknown> }[], actor: { id: number | null; username: string }) {
  if (!rows.length) return;
  await sql`INSERT INTO participation_history (tenant_code, participation_id, actor_id, actor_username, action, from_status, to_status, batch_id, changes)
    SELECT ${tenantCode}, a.id, ${actor.id}::bigint, ${actor.username}, ${to === 'aktif' ? 'activate' : 'refuse'}, 'diajukan', ${to}, a.batch_id, a.changes
    FROM unnest(${rows.map((x) => x.id)}::bigint[], ${rows.map((x) => x.batchId)}::bigint[], ${rows.map((x) => JSON.stringify(x.changes))}::jsonb[]) AS a(id, batch_id, changes)`.execute(db);
}

/** Registration batches of the regency with nobody left waiting for an answer are answered. */
export const closeAnsweredBatches = (db: Db, tenantCode: string) =>
  sql`UPDATE enrolment_batch b SET status = 'answered', answered_at = now() WHERE b.tenant_code = ${tenantCode} AND b.status = 'open'
    AND b.kind = 'registration'
    AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.tenant_code = b.tenant_code AND p.batch_id = b.id AND p.status = 'diajukan')`.execute(db);

export interface StoredAnswer {
  tenantCode: string; fileName: string; sha256: string; format: 'csv' | 'xlsx'; template: { name: string; version: number }; headers: string[];
  counts: Record<'rows' | 'activated' | 'refused' | 'unmatched' | 'invalid' | 'duplicates', number>; actorId: number | null; actorUsername: string;
}

export async function insertAnswer(db: Db, a: StoredAnswer): Promise<number> {
  const row = await db.insertInto('enrolment_answer').values({
    tenant_code: a.tenantCode, file_name: a.fileName, file_sha256: a.sha256, format: a.format, template_name: a.template.name,
    template_version: a.template.version, headers: JSON.stringify(a.headers), ...a.counts, created_by: a.actorId, created_by_username: a.actorUsername,
  }).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export interface StoredRow {
  rowNo: number; nik: string | null; kpj: string | null; coverageFrom: string | null; status: string | null; reason: string | null;
  outcome: AnswerOutcome; outcomeReason: string | null; participationId: number | null; raw: string[];
}

export async function insertAnswerRows(db: Db, tenantCode: string, answerId: number, rows: StoredRow[]): Promise<void> {
  if (!rows.length) return;
  const col = <K extends keyof StoredRow>(k: K) => rows.map((r) => r[k]);
  await sql`INSERT INTO enrolment_answer_row (tenant_code, answer_id, row_no, nik, kpj, coverage_from, answer_status, answer_reason, outcome, outcome_reason, participation_id, raw)
    SELECT ${tenantCode}, ${answerId}::bigint, t.* FROM unnest(${col('rowNo')}::int[], ${col('nik')}::text[], ${col('kpj')}::text[], ${col('coverageFrom')}::text[],
      ${col('status')}::text[], ${col('reason')}::text[], ${col('outcome')}::text[], ${col('outcomeReason')}::text[], ${col('participationId')}::bigint[],
      ${rows.map((r) => JSON.stringify(r.raw))}::jsonb[]) AS t`.execute(db);
}
