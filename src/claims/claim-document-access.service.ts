/**
 * The claim as heirs and documents see it, loaded inside the caller's scope: the regency (404 outside
 * it, then 403 without the permission), and for an `opd`/`desa` operator only claims of its own OPD's or
 * village's participants — a document of another village's claim is as absent as a claim that does not
 * exist. Every heir and document route starts here.
 */
import type { RequestContext } from '../auth/actor';
import type { Permission } from '../auth/roles';
import type { Db } from '../db/database';
import { DomainError } from '../domain/errors';
import { loadClaim, type LoadedClaim } from './claim-access.service';
import './claim-documents.messages';

export type ClaimFacts = Pick<LoadedClaim, 'id' | 'number' | 'type' | 'status' | 'incident_date' | 'traffic_accident' | 'nik' | 'participation_id'>;

const DEATH_TYPES = new Set(['jkm', 'jkk-death', 'beasiswa']);
/** Heirs decide who is paid: fixed once the claim went to BPJS. */
const HEIRS_OPEN = new Set(['dilaporkan', 'berkas-lengkap']);
/** Papers may still come while BPJS handles the claim (it may ask for more), not after it ended. */
const DOCUMENTS_OPEN = new Set(['dilaporkan', 'berkas-lengkap', 'diajukan', 'disetujui']);

/** The claims helper's scope door (claim-access.service.ts), narrowed to what heirs and documents read. */
export const loadClaimFacts = (db: Db, ctx: RequestContext, tenantCode: string, claimId: number, permission: Permission): Promise<ClaimFacts> =>
  loadClaim(db, ctx, tenantCode, claimId, permission);

export const hasHeirs = (claim: Pick<ClaimFacts, 'type'>) => DEATH_TYPES.has(claim.type);

export function assertHeirsOpen(claim: ClaimFacts): void {
  if (!hasHeirs(claim)) throw new DomainError('CLAIM_HEIRS_NOT_DEATH', 'invalid');
  if (!HEIRS_OPEN.has(claim.status)) throw new DomainError('CLAIM_DOCUMENTS_LOCKED', 'conflict', { status: claim.status });
}

export function assertDocumentsOpen(claim: ClaimFacts): void {
  if (!DOCUMENTS_OPEN.has(claim.status)) throw new DomainError('CLAIM_DOCUMENTS_LOCKED', 'conflict', { status: claim.status });
}
