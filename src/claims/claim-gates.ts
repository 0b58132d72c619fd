/**
 * Checks a transition must pass inside its transaction. `berkas-lengkap` (documents complete) is gated on
 * the document checklist that claimdocs keeps (src/claims/claim-documents.service.ts `assertDocumentsComplete`,
 * throws CLAIM_DOCUMENTS_MISSING); until that lands the gate lets the transition through.
 */
import type { Db } from '../db/database';

export async function beforeDocumentsComplete(_tx: Db, _tenantCode: string, _claimId: number): Promise<void> {}
