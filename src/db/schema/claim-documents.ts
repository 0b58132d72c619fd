/**
 * Claim heirs and documents (migration 0017): the heir-relation order and the document checklist per
 * claim type (tenant-free reference data, effective-dated), and each claim's heirs and uploaded papers.
 */
import type { Generated } from 'kysely';

type Int8 = number;
export type Confidence = 'confirmed' | 'unconfirmed';

export interface ClaimHeirRelationTable {
  code: string; rank: number; is_child: boolean; label_id: string; label_en: string; legal_basis: string; confidence: Confidence;
}

export interface ClaimDocumentRequirementTable {
  claim_type: string; code: string; label_id: string; label_en: string; required: boolean;
  applies_to: 'claim' | 'each-scholarship-child'; only_if: 'traffic-accident' | null; sort: number;
  legal_basis: string; confidence: Confidence; effective_from: string; effective_to: string | null;
}

export interface ClaimHeirTable {
  tenant_code: string; id: Generated<Int8>; claim_id: Int8; name: string; relation: string; nik: string;
  birth_date: string; sex: 'L' | 'P'; bank_name: string | null; bank_account: string | null;
  school_level: 'tk' | 'sd' | 'smp' | 'sma' | 's1' | null; married: Generated<boolean>; working: Generated<boolean>;
  created_by: string; created_at: Generated<Date>;
}

export type ClaimDocumentStatus = 'received' | 'verified' | 'rejected';

export interface ClaimDocumentTable {
  tenant_code: string; id: Generated<Int8>; claim_id: Int8; requirement_code: string; heir_id: Int8 | null;
  filename: string; content_type: 'application/pdf' | 'image/jpeg' | 'image/png'; size: number; sha256: string;
  storage_key: string; status: Generated<ClaimDocumentStatus>; note: string | null; uploaded_by: string;
  uploaded_at: Generated<Date>; decided_by: string | null; decided_at: Date | null;
}

export interface ClaimDocumentsTables {
  claim_heir_relation: ClaimHeirRelationTable;
  claim_document_requirement: ClaimDocumentRequirementTable;
  claim_heir: ClaimHeirTable;
  claim_document: ClaimDocumentTable;
}
