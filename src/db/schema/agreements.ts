/**
 * Agreement tables (migration 0003): MoU/PKS, their participant groups, addenda and attached documents.
 * Every table leads its key with tenant_code. Money columns are bigint integer rupiah.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = Date;
type Int8 = number;
/** jsonb: read as the parsed value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

export type AgreementKind = 'mou' | 'pks';
export type AgreementStatus = 'draft' | 'signed' | 'active' | 'ended';
export type ProgrammeCode = 'JKK' | 'JKM' | 'JHT';

/** A signatory or witness of an agreement, on the regency's or BPJS's side. */
export interface AgreementPerson {
  role: 'signatory' | 'witness';
  side: 'regency' | 'bpjs';
  name: string;
  position: string;
  institution: string;
}

export interface AgreementTable {
  tenant_code: string;
  id: Generated<Int8>;
  kind: AgreementKind;
  parent_id: Int8 | null;
  renewed_from_id: Int8 | null;
  number: string;
  title: string;
  status: Generated<AgreementStatus>;
  branch_code: string;
  regency_party: string;
  dinas_name: string;
  dinas_address: Generated<string>;
  bpjs_party: string;
  period_start: string;
  period_end: string;
  fiscal_year: number | null;
  programmes: ColumnType<ProgrammeCode[], ProgrammeCode[] | undefined, ProgrammeCode[]>;
  people: ColumnType<AgreementPerson[], string | undefined, string>;
  budget_fiscal_year: number | null;
  budget_account: string | null;
  budget_amount: Int8 | null;
  budget_dpa_number: string | null;
  signed_on: string | null;
  signed_place: string | null;
  note: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  activated_at: Timestamp | null;
  ended_at: Timestamp | null;
}

export type WagePolicy = 'ump' | 'fixed' | 'declared';

export interface AgreementGroupTable {
  tenant_code: string;
  agreement_id: Int8;
  id: Generated<Int8>;
  position: number;
  name: string;
  scheme: 'pu' | 'bpu';
  risk_class: 'very-low' | 'low' | 'medium' | 'high' | 'very-high' | null;
  funding: Generated<'apbd' | 'apbn' | 'self'>;
  sector: 'transport' | 'other' | null;
  target_headcount: number;
  wage_policy: WagePolicy;
  wage_province_code: string | null;
  wage_year: number | null;
  wage_amount: Int8 | null;
}

export interface AgreementChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AgreementAddendumTable {
  tenant_code: string;
  agreement_id: Int8;
  id: Generated<Int8>;
  version: number;
  number: string;
  title: string;
  signed_on: string;
  reason: Generated<string>;
  changes: Json<AgreementChange[]>;
  created_by: string | null;
  created_at: Generated<Timestamp>;
}

export interface AgreementDocumentTable {
  tenant_code: string;
  agreement_id: Int8;
  id: Generated<Int8>;
  title: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Generated<Timestamp>;
}

export interface AgreementsTables {
  agreement: AgreementTable;
  agreement_group: AgreementGroupTable;
  agreement_addendum: AgreementAddendumTable;
  agreement_document: AgreementDocumentTable;
}
