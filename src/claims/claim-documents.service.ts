/**
 * The document checklist of a claim (what its type asks, what is held, what is missing) and the facts
 * other capabilities read (CONTRACTS.md, claimdocs-m1): `missingDocuments`, `heirMatches`, and the
 * `berkas-lengkap` gate `assertDocumentsComplete` — complete means every required paper is received and
 * verified by the Dinas. The functions without a RequestContext do no scope check: their callers did.
 */
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/database';
import { computeChecklist, missingItems, unverifiedItems, type ChecklistItem } from '../domain/claim-checklist';
import { DomainError } from '../domain/errors';
import { normalizeNik } from '../domain/nik';
import { loadClaimFacts, type ClaimFacts } from './claim-document-access.service';
import { scholarshipChildren } from './claim-heirs.service';
import * as repo from './claim-documents.repository';

async function checklistOf(db: Db, tenantCode: string, claim: Pick<ClaimFacts, 'id' | 'type' | 'incident_date' | 'traffic_accident'>): Promise<ChecklistItem[]> {
  const [requirements, documents, children] = await Promise.all([
    repo.listRequirements(db, claim.type, claim.incident_date),
    repo.listDocuments(db, tenantCode, claim.id),
    claim.type === 'beasiswa' || claim.type === 'jkm' || claim.type === 'jkk-death' ? scholarshipChildren(db, tenantCode, claim.id) : [],
  ]);
  return computeChecklist(
    requirements.map((r) => ({ code: r.code, labelId: r.label_id, labelEn: r.label_en, required: r.required, appliesTo: r.applies_to, onlyIf: r.only_if })),
    { trafficAccident: claim.traffic_accident, scholarshipChildren: children.map((c) => ({ id: c.heirId, name: c.name })) },
    documents.map((d) => ({ id: d.id, requirementCode: d.requirement_code, heirId: d.heir_id, status: d.status })),
  );
}

async function checklistById(db: Db, tenantCode: string, claimId: number): Promise<ChecklistItem[] | null> {
  const claim = await repo.findClaimFacts(db, tenantCode, claimId, { opdId: null, villageCode: null });
  return claim ? checklistOf(db, tenantCode, claim) : null;
}

const labelsOf = (items: ChecklistItem[]) => items.map((i) => ({ code: i.code, label_id: i.labelId, label_en: i.labelEn }));

/** Required documents with nothing received yet (CONTRACTS: claimdocs-m1). An unknown claim has none. */
export async function missingDocuments(db: Db, tenantCode: string, claimId: number): Promise<{ code: string; label_id: string; label_en: string }[]> {
  return labelsOf(missingItems((await checklistById(db, tenantCode, claimId)) ?? []));
}

/** Whether a NIK is recorded as an heir of the claim (CONTRACTS: claimdocs-m1). */
export async function heirMatches(db: Db, tenantCode: string, claimId: number, heirNik: string): Promise<boolean> {
  const nik = normalizeNik(heirNik);
  if (!/^\d{16}$/.test(nik)) return false;
  return !!(await repo.findHeirByNik(db, tenantCode, claimId, nik));
}

/** The `berkas-lengkap` gate: throws while a required document is missing or not yet verified. */
export async function assertDocumentsComplete(db: Db, tenantCode: string, claimId: number): Promise<void> {
  const items = (await checklistById(db, tenantCode, claimId)) ?? [];
  const missing = missingItems(items);
  if (missing.length) throw new DomainError('CLAIM_DOCUMENTS_MISSING', 'conflict', { missing: missing.map((i) => i.labelId).join('; '), codes: missing.map((i) => i.code) });
  const unverified = unverifiedItems(items);
  if (unverified.length) throw new DomainError('CLAIM_DOCUMENTS_UNVERIFIED', 'conflict', { unverified: unverified.map((i) => i.labelId).join('; '), codes: unverified.map((i) => i.code) });
}

/** The claim page's checklist and documents (metadata only: the bytes come one by one, audit-logged). */
export async function claimChecklist(db: Db, ctx: RequestContext, tenantCode: string, claimId: number) {
  const claim = await loadClaimFacts(db, ctx, tenantCode, claimId, 'claims:read');
  const [items, documents, requirements] = await Promise.all([
    checklistOf(db, tenantCode, claim), repo.listDocuments(db, tenantCode, claimId), repo.listRequirements(db, claim.type, claim.incident_date),
  ]);
  const basis = requirements[0];
  return {
    claimId, complete: missingItems(items).length === 0 && unverifiedItems(items).length === 0,
    legalBasis: basis?.legal_basis ?? '', confidence: basis?.confidence ?? 'unconfirmed',
    items: items.map((i) => ({ code: i.code, heirId: i.heirId, label: { id: i.labelId, en: i.labelEn }, required: i.required, status: i.status, documentIds: [...i.documentIds] })),
    documents: documents.map(toDocumentMeta),
  };
}

export const toDocumentMeta = (d: Awaited<ReturnType<typeof repo.listDocuments>>[number]) => ({
  id: d.id, requirementCode: d.requirement_code, heirId: d.heir_id, filename: d.filename, contentType: d.content_type, size: d.size,
  sha256: d.sha256, status: d.status, note: d.note, uploadedBy: d.uploaded_by, uploadedAt: d.uploaded_at.toISOString(),
  decidedBy: d.decided_by, decidedAt: d.decided_at?.toISOString() ?? null,
});
