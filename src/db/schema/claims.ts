/**
 * Claims tables (migration 0016): claims with their eligibility verdict, computed benefit, BPJS decision and
 * payment, and the timeline of status changes. Dates are 'YYYY-MM-DD' strings; money integer rupiah.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = Date;
type Int8 = number;
type IsoDate = string;
type Json<T> = ColumnType<T, string, string>;

export type ClaimType =
  | 'jkm' | 'jkk-death' | 'jkk-disability-total' | 'jkk-disability-partial'
  | 'jkk-stmb' | 'jkk-medical' | 'jkk-transport' | 'beasiswa';
export type ClaimStatus = 'dilaporkan' | 'berkas-lengkap' | 'diajukan' | 'disetujui' | 'ditolak' | 'dibayar';

/** One benefit line as stored and shown: amount with its legal basis and the rule id it came from. */
export interface StoredBenefitLine { code: string; label: string; amount: number; basis: string; rule: string; confidence: 'confirmed' | 'unconfirmed' }
export interface StoredBenefit { total: number; lines: StoredBenefitLine[] }

export interface ClaimTable {
  tenant_code: string;
  id: Generated<Int8>;
  number: string;
  participation_id: Int8;
  nik: string;
  worker_group: 'non-asn' | 'rentan';
  scheme: 'pu' | 'bpu';
  agreement_id: Int8;
  group_id: Int8;
  opd_id: Int8 | null;
  village_code: string | null;
  type: ClaimType;
  programme: 'JKK' | 'JKM';
  incident_date: IsoDate;
  status: Generated<ClaimStatus>;
  eligible: boolean;
  reasons: Generated<string[]>;
  wage_base: Int8 | null;
  benefit_total: Generated<Int8>;
  benefit: Json<StoredBenefit>;
  inputs: Json<Record<string, unknown>>;
  chronology: Generated<string>;
  traffic_accident: Generated<boolean>;
  reported_on: IsoDate;
  documents_complete_on: IsoDate | null;
  submitted_on: IsoDate | null;
  approved_on: IsoDate | null;
  approved_amount: Int8 | null;
  rejected_on: IsoDate | null;
  rejected_reason: string | null;
  paid_on: IsoDate | null;
  paid_amount: Int8 | null;
  example: Generated<boolean>;
  created_by: Int8 | null;
  created_by_username: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface ClaimEventTable {
  tenant_code: string;
  claim_id: Int8;
  id: Generated<Int8>;
  from_status: ClaimStatus | null;
  to_status: ClaimStatus;
  happened_on: IsoDate;
  amount: Int8 | null;
  note: Generated<string>;
  actor_id: Int8 | null;
  actor_username: string | null;
  at: Generated<Timestamp>;
}

export interface ClaimsTables {
  claim: ClaimTable;
  claim_event: ClaimEventTable;
}
