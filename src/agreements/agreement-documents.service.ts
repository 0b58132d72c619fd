/**
 * Documents attached to an agreement (PDF scans of the signed MoU/PKS/addenda). Stored in the database
 * (bytea) with their SHA-256, so backups carry them and a tampered or duplicate file is recognisable.
 * Only PDFs (checked by the `%PDF-` magic bytes, not the name) of at most 10 MB are accepted.
 */
import { createHash } from 'node:crypto';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import { loadAgreement } from './agreement-access.service';
import * as repo from './agreement-documents.repository';

export const DOCUMENT_LIMIT_BYTES = 10 * 1024 * 1024;
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

export const toDocumentMeta = (d: Awaited<ReturnType<typeof repo.listDocuments>>[number]) => ({
  id: d.id, title: d.title, filename: d.filename, contentType: d.content_type, size: d.size, sha256: d.sha256,
  uploadedBy: d.uploaded_by, uploadedAt: d.uploaded_at.toISOString(),
});

export async function listDocuments(db: Db, ctx: RequestContext, tenantCode: string, id: number) {
  await loadAgreement(db, ctx, tenantCode, id, 'agreements:read');
  return (await repo.listDocuments(db, tenantCode, id)).map(toDocumentMeta);
}

/** Keeps a filename printable and short; the stored bytes are what count. */
const cleanFilename = (name: string) => name.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200) || 'dokumen.pdf';

export async function attachDocument(db: Db, ctx: RequestContext, tenantCode: string, id: number, input: { title: string; filename: string; content: Buffer }) {
  await loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
  if (input.content.length > DOCUMENT_LIMIT_BYTES) throw new DomainError('DOCUMENT_TOO_LARGE', 'invalid', { limitMb: DOCUMENT_LIMIT_BYTES / 1024 / 1024 });
  if (input.content.length < PDF_MAGIC.length || !input.content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw new DomainError('DOCUMENT_NOT_PDF', 'invalid');
  }
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  if (await repo.findDocumentBySha(db, tenantCode, id, sha256)) throw new DomainError('DOCUMENT_DUPLICATE', 'conflict');
  return db.transaction().execute(async (tx) => {
    const doc = await repo.insertDocument(tx, {
      tenant_code: tenantCode, agreement_id: id, title: input.title, filename: cleanFilename(input.filename),
      content_type: 'application/pdf', size: input.content.length, sha256, content: input.content, uploaded_by: ctx.actor.username,
    });
    await recordAudit(tx, ctx, { action: 'agreement.document.attach', entity: 'agreement', entityId: id, tenantCode, details: { documentId: doc.id, sha256, size: doc.size } });
    return toDocumentMeta(doc);
  });
}

export async function readDocument(db: Db, ctx: RequestContext, tenantCode: string, id: number, documentId: number) {
  await loadAgreement(db, ctx, tenantCode, id, 'agreements:read');
  const doc = await repo.findDocumentContent(db, tenantCode, id, documentId);
  if (!doc) throw notFound('document', documentId);
  await recordAudit(db, ctx, { action: 'agreement.document.download', entity: 'agreement', entityId: id, tenantCode, details: { documentId } });
  return { ...toDocumentMeta(doc), content: doc.content };
}

export async function removeDocument(db: Db, ctx: RequestContext, tenantCode: string, id: number, documentId: number) {
  await loadAgreement(db, ctx, tenantCode, id, 'agreements:write');
  await db.transaction().execute(async (tx) => {
    const deleted = await repo.deleteDocument(tx, tenantCode, id, documentId);
    if (!deleted.numDeletedRows) throw notFound('document', documentId);
    await recordAudit(tx, ctx, { action: 'agreement.document.remove', entity: 'agreement', entityId: id, tenantCode, details: { documentId } });
  });
}
