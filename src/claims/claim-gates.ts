/**
 * Checks a transition must pass inside its transaction. `berkas-lengkap` (documents complete) needs every
 * required paper of the claim type's checklist uploaded and verified (claim-documents.service.ts, throws
 * CLAIM_DOCUMENTS_MISSING / CLAIM_DOCUMENTS_UNVERIFIED).
 */
import type { Db } from '../db/database';
import { assertDocumentsComplete } from './claim-documents.service';

export async function beforeDocumentsComplete(tx: Db, tenantCode: string, claimId: number): Promise<void> {
  await assertDocumentsComplete(tx, tenantCode, claimId);
}
