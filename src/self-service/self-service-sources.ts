/**
 * What self-service reads from billing and claims, by the signatures of /work/CONTRACTS.md: months paid
 * (billing's coverage.service) and a claim with its heirs and missing documents (claims' services).
 * Bound here in one place, so the seams are visible at a glance.
 */
import { monthsPaid } from '../billing/coverage.service';
import { heirMatches, missingDocuments } from '../claims/claim-documents.service';
import { claimByNumber } from '../claims/claims-facts.service';
import type { Db } from '../db/database';

export interface ClaimFacts {
  tenantCode: string; id: number; number: string; nik: string; status: string;
  deadlines: { code: string; due: string; overdue: boolean }[];
}

export interface SelfServiceSources {
  monthsPaid(db: Db, tenantCode: string, participationId: number, year: number): Promise<string[]>;
  claimByNumber(db: Db, claimNumber: string): Promise<ClaimFacts | null>;
  missingDocuments(db: Db, tenantCode: string, claimId: number): Promise<{ code: string; label_id: string; label_en: string }[]>;
  heirMatches(db: Db, tenantCode: string, claimId: number, heirNik: string): Promise<boolean>;
}

export const sources: SelfServiceSources = {
  monthsPaid,
  claimByNumber,
  missingDocuments,
  heirMatches,
};
