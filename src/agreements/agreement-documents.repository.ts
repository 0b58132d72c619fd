/** SQL for attached documents. Listing never reads the bytes; only `findDocumentContent` does. */
import type { Insertable } from 'kysely';
import type { Db } from '../db/database';
import type { AgreementDocumentTable } from '../db/schema';

const META = ['id', 'title', 'filename', 'content_type', 'size', 'sha256', 'uploaded_by', 'uploaded_at'] as const;

export const insertDocument = (db: Db, row: Insertable<AgreementDocumentTable>) =>
  db.insertInto('agreement_document').values(row).returning(META).executeTakeFirstOrThrow();

export const listDocuments = (db: Db, tenantCode: string, agreementId: number) =>
  db.selectFrom('agreement_document').select(META).where('tenant_code', '=', tenantCode)
    .where('agreement_id', '=', agreementId).orderBy('id').execute();

export const findDocumentBySha = (db: Db, tenantCode: string, agreementId: number, sha256: string) =>
  db.selectFrom('agreement_document').select('id').where('tenant_code', '=', tenantCode)
    .where('agreement_id', '=', agreementId).where('sha256', '=', sha256).executeTakeFirst();

export const findDocumentContent = (db: Db, tenantCode: string, agreementId: number, id: number) =>
  db.selectFrom('agreement_document').select([...META, 'content']).where('tenant_code', '=', tenantCode)
    .where('agreement_id', '=', agreementId).where('id', '=', id).executeTakeFirst();

export const deleteDocument = (db: Db, tenantCode: string, agreementId: number, id: number) =>
  db.deleteFrom('agreement_document').where('tenant_code', '=', tenantCode).where('agreement_id', '=', agreementId)
    .where('id', '=', id).executeTakeFirst();
