/**
 * Uploading, reading and deciding a claim's documents. An upload is a PDF, JPEG or PNG by its bytes (not
 * its name), at most 10 MB, new to the claim (SHA-256), and for a paper on the claim type's checklist.
 * The file is on disk before its row commits and removed again when the row does not (claim-file-store.ts);
 * every upload and every read of the bytes is audit-logged, in scope only (claim-document-access).
 */
import type { RequestContext } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import type { Db } from '../db/database';
import { DomainError, notFound } from '../domain/errors';
import { filenameFor, sniffFileType } from '../domain/file-sniff';
import { assertDocumentsOpen, loadClaimFacts } from './claim-document-access.service';
import { toDocumentMeta } from './claim-documents.service';
import { readClaimFile, removeClaimFile, sha256Of, storeClaimFile, sweepClaimFiles, tenantsWithClaimFiles } from './claim-file-store';
import * as repo from './claim-documents.repository';

export const CLAIM_DOCUMENT_LIMIT_BYTES = 10 * 1024 * 1024;

export interface UploadInput { requirementCode: string; heirId?: number | null; filename: string; content: Buffer }

async function checkUpload(db: Db, tenantCode: string, claim: { id: number; type: string; incident_date: string }, input: UploadInput) {
  if (input.content.length === 0) throw new DomainError('CLAIM_DOCUMENT_EMPTY', 'invalid', { field: 'file' });
  if (input.content.length > CLAIM_DOCUMENT_LIMIT_BYTES) throw new DomainError('CLAIM_DOCUMENT_TOO_LARGE', 'invalid', { field: 'file', limitMb: CLAIM_DOCUMENT_LIMIT_BYTES / 1024 / 1024 });
  const type = sniffFileType(input.content.subarray(0, 16));
  if (!type) throw new DomainError('CLAIM_DOCUMENT_TYPE', 'invalid', { field: 'file' });
  const requirement = (await repo.listRequirements(db, claim.type, claim.incident_date)).find((r) => r.code === input.requirementCode);
  if (!requirement) throw new DomainError('CLAIM_DOCUMENT_NOT_REQUIRED', 'invalid', { field: 'requirementCode', code: input.requirementCode });
  if (requirement.applies_to === 'each-scholarship-child') {
    const heirs = await repo.listHeirs(db, tenantCode, claim.id);
    if (!heirs.some((h) => h.id === input.heirId && h.is_child)) throw new DomainError('CLAIM_DOCUMENT_HEIR_REQUIRED', 'invalid', { field: 'heirId' });
  }
  const sha256 = sha256Of(input.content);
  if (await repo.findDocumentBySha(db, tenantCode, claim.id, sha256)) throw new DomainError('CLAIM_DOCUMENT_DUPLICATE', 'conflict');
  return { type, sha256, heirId: requirement.applies_to === 'each-scholarship-child' ? (input.heirId ?? null) : null };
}

export async function uploadClaimDocument(db: Db, dataDir: string, ctx: RequestContext, tenantCode: string, claimId: number, input: UploadInput) {
  const claim = await loadClaimFacts(db, ctx, tenantCode, claimId, 'claims:write');
  assertDocumentsOpen(claim);
  const { type, sha256, heirId } = await checkUpload(db, tenantCode, claim, input);
  const key = await storeClaimFile(dataDir, tenantCode, input.content);
  try {
    return await db.transaction().execute(async (tx) => {
      const doc = await repo.insertDocument(tx, {
        tenant_code: tenantCode, claim_id: claimId, requirement_code: input.requirementCode, heir_id: heirId,
        filename: filenameFor(input.filename, type), content_type: type, size: input.content.length, sha256, storage_key: key, uploaded_by: ctx.actor.username,
      });
      await recordAudit(tx, ctx, { action: 'claim.document.upload', entity: 'claim', entityId: claimId, tenantCode, details: { number: claim.number, documentId: doc.id, requirement: input.requirementCode, sha256, size: doc.size } });
      return toDocumentMeta(doc);
    });
  } catch (error) {
    // no file without its row: the row did not commit, so the bytes go too
    await removeClaimFile(dataDir, tenantCode, key);
    // two identical uploads at once: the unique index decides, the loser hears the usual words
    if ((error as { code?: string }).code === '23505') throw new DomainError('CLAIM_DOCUMENT_DUPLICATE', 'conflict');
    throw error;
  }
}

/** The bytes of one document, for roles allowed to see claim papers in the claim's scope; audit-logged. */
export async function readClaimDocument(db: Db, dataDir: string, ctx: RequestContext, tenantCode: string, claimId: number, documentId: number) {
  const claim = await loadClaimFacts(db, ctx, tenantCode, claimId, 'claims:documents');
  const doc = await repo.findDocument(db, tenantCode, claimId, documentId);
  if (!doc) throw notFound('document', documentId);
  const content = await readClaimFile(dataDir, tenantCode, doc.storage_key, doc.sha256);
  if (!content) throw new DomainError('CLAIM_DOCUMENT_FILE_MISSING', 'gone', { documentId });
  await recordAudit(db, ctx, { action: 'claim.document.download', entity: 'claim', entityId: claimId, tenantCode, details: { number: claim.number, documentId, requirement: doc.requirement_code } });
  return { ...toDocumentMeta(doc), content };
}

/** The Dinas's check of a received document: verified, or rejected with the reason (then it counts as missing). */
export async function decideClaimDocument(db: Db, ctx: RequestContext, tenantCode: string, claimId: number, documentId: number, decision: { verdict: 'verified' | 'rejected'; note?: string }) {
  const claim = await loadClaimFacts(db, ctx, tenantCode, claimId, 'claims:verify');
  assertDocumentsOpen(claim);
  const note = decision.note?.trim() || null;
  if (decision.verdict === 'rejected' && !note) throw new DomainError('CLAIM_DOCUMENT_REJECT_NOTE', 'invalid', { field: 'note' });
  return db.transaction().execute(async (tx) => {
    const doc = await repo.decideDocument(tx, tenantCode, claimId, documentId, { status: decision.verdict, note, by: ctx.actor.username });
    if (!doc) {
      const existing = await repo.findDocument(tx, tenantCode, claimId, documentId);
      if (!existing) throw notFound('document', documentId);
      throw new DomainError('CLAIM_DOCUMENT_DECIDED', 'conflict', { status: existing.status });
    }
    await recordAudit(tx, ctx, { action: decision.verdict === 'verified' ? 'claim.document.verify' : 'claim.document.reject', entity: 'claim', entityId: claimId, tenantCode, details: { number: claim.number, documentId, note } });
    return toDocumentMeta(doc);
  });
}

/** Deletes stored files no row holds (left by a crash between write and commit); answers how many. */
export async function sweepOrphanClaimFiles(db: Db, dataDir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const tenantCode of await tenantsWithClaimFiles(dataDir)) {
    removed += await sweepClaimFiles(dataDir, tenantCode, async (keys) => new Set((await repo.heldStorageKeys(db, tenantCode, keys)).map((r) => r.storage_key)), now);
  }
  return removed;
}
