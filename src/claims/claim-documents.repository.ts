/**
 * SQL for claim heirs, documents and their reference data (one query per function). Reads `claim` (this
 * capability's own table) only for what the checklist and the scope need: type, status, incident date,
 * traffic accident, the participant's NIK and the OPD/village the claim is scoped by.
 */
import type { Insertable } from 'kysely';
import type { Db } from '../db/database';
import type { ClaimDocumentStatus, ClaimDocumentTable, ClaimHeirTable } from '../db/schema';

export interface ClaimScopeFilter { opdId: number | null; villageCode: string | null }

export function findClaimFacts(db: Db, tenantCode: string, claimId: number, scope: ClaimScopeFilter) {
  let q = db.selectFrom('claim').select(['id', 'number', 'type', 'status', 'incident_date', 'traffic_accident', 'nik'])
    .where('tenant_code', '=', tenantCode).where('id', '=', claimId);
  if (scope.opdId !== null) q = q.where('opd_id', '=', scope.opdId);
  if (scope.villageCode !== null) q = q.where('village_code', '=', scope.villageCode);
  return q.executeTakeFirst();
}

/** The checklist of a claim type in force on a date (the incident's), in display order. */
export const listRequirements = (db: Db, claimType: string, on: string) =>
  db.selectFrom('claim_document_requirement').selectAll().where('claim_type', '=', claimType)
    .where('effective_from', '<=', on).where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', on)]))
    .orderBy('sort').execute();

export const listRelations = (db: Db) => db.selectFrom('claim_heir_relation').selectAll().orderBy('rank').execute();

const HEIR_COLUMNS = ['h.id', 'h.name', 'h.relation', 'h.nik', 'h.birth_date', 'h.sex', 'h.bank_name', 'h.bank_account', 'h.school_level',
  'h.married', 'h.working', 'h.created_by', 'h.created_at', 'r.rank', 'r.is_child', 'r.label_id', 'r.label_en', 'r.legal_basis', 'r.confidence'] as const;

export const listHeirs = (db: Db, tenantCode: string, claimId: number) =>
  db.selectFrom('claim_heir as h').innerJoin('claim_heir_relation as r', 'r.code', 'h.relation').select(HEIR_COLUMNS)
    .where('h.tenant_code', '=', tenantCode).where('h.claim_id', '=', claimId).orderBy('r.rank').orderBy('h.birth_date').orderBy('h.id').execute();

export const insertHeir = (db: Db, row: Insertable<ClaimHeirTable>) =>
  db.insertInto('claim_heir').values(row).returning('id').executeTakeFirstOrThrow();

export const deleteHeir = (db: Db, tenantCode: string, claimId: number, heirId: number) =>
  db.deleteFrom('claim_heir').where('tenant_code', '=', tenantCode).where('claim_id', '=', claimId).where('id', '=', heirId).executeTakeFirst();

/** Whether a NIK is one of a claim's heirs (self-service asks this before showing a claim to an heir). */
export const findHeirByNik = (db: Db, tenantCode: string, claimId: number, nik: string) =>
  db.selectFrom('claim_heir').select('id').where('tenant_code', '=', tenantCode).where('claim_id', '=', claimId).where('nik', '=', nik).executeTakeFirst();

const DOCUMENT_COLUMNS = ['id', 'requirement_code', 'heir_id', 'filename', 'content_type', 'size', 'sha256', 'status', 'note',
  'uploaded_by', 'uploaded_at', 'decided_by', 'decided_at'] as const;

export const listDocuments = (db: Db, tenantCode: string, claimId: number) =>
  db.selectFrom('claim_document').select(DOCUMENT_COLUMNS).where('tenant_code', '=', tenantCode).where('claim_id', '=', claimId).orderBy('id').execute();

export const findDocument = (db: Db, tenantCode: string, claimId: number, documentId: number) =>
  db.selectFrom('claim_document').select([...DOCUMENT_COLUMNS, 'storage_key']).where('tenant_code', '=', tenantCode)
    .where('claim_id', '=', claimId).where('id', '=', documentId).executeTakeFirst();

export const findDocumentBySha = (db: Db, tenantCode: string, claimId: number, sha256: string) =>
  db.selectFrom('claim_document').select('id').where('tenant_code', '=', tenantCode).where('claim_id', '=', claimId).where('sha256', '=', sha256).executeTakeFirst();

export const insertDocument = (db: Db, row: Insertable<ClaimDocumentTable>) =>
  db.insertInto('claim_document').values(row).returning(DOCUMENT_COLUMNS).executeTakeFirstOrThrow();

/** Verifies or rejects a document still awaiting the Dinas; answers nothing when it was decided already. */
export const decideDocument = (db: Db, tenantCode: string, claimId: number, documentId: number, decision: { status: Exclude<ClaimDocumentStatus, 'received'>; note: string | null; by: string }) =>
  db.updateTable('claim_document').set({ status: decision.status, note: decision.note, decided_by: decision.by, decided_at: new Date() })
    .where('tenant_code', '=', tenantCode).where('claim_id', '=', claimId).where('id', '=', documentId).where('status', '=', 'received')
    .returning(DOCUMENT_COLUMNS).executeTakeFirst();

/** Which of these storage keys some row holds (the orphan sweep keeps those files). */
export const heldStorageKeys = (db: Db, tenantCode: string, keys: string[]) =>
  db.selectFrom('claim_document').select('storage_key').where('tenant_code', '=', tenantCode).where('storage_key', 'in', keys.length ? keys : ['-']).execute();

export const hasDocuments = async (db: Db, tenantCode: string) =>
  !!(await db.selectFrom('claim_document').select('id').where('tenant_code', '=', tenantCode).limit(1).executeTakeFirst());

/** The children recorded with a school level among the heirs of the given claims (the scholarship's children). */
export const listSchoolChildren = (db: Db, tenantCode: string, claimIds: number[]) =>
  db.selectFrom('claim_heir as h').innerJoin('claim_heir_relation as r', 'r.code', 'h.relation')
    .select(['h.id', 'h.claim_id', 'h.nik', 'h.name', 'h.birth_date', 'h.school_level', 'h.married', 'h.working'])
    .where('h.tenant_code', '=', tenantCode).where('h.claim_id', 'in', claimIds.length ? claimIds : [-1])
    .where('r.is_child', '=', true).where('h.school_level', 'is not', null)
    .orderBy('h.birth_date').orderBy('h.id').execute();
