/**
 * What self-service reads from billing and claims, by the signatures of /work/CONTRACTS.md: months paid
 * (billing's coverage.service) and a claim with its heirs and missing documents (claims' services).
 * Bound here in one place; until those capabilities are merged the binding answers "nothing paid" and
 * "no such claim", which the pages show as such.
 */
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
  monthsPaid: async () => [],
  claimByNumber: async () => null,
  missingDocuments: async () => [],
  heirMatches: async () => false,
};
