/**
 * Enrolment tables (migration 0012): participations with their history, registration and non-active
 * batches, BPJS answer files and their rows, per-regency settings, and the exchange templates (reference
 * data, tenant-free). Dates are 'YYYY-MM-DD' strings.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = Date;
type Int8 = number;
type IsoDate = string;
type Json<T> = ColumnType<T, string, string>;

export type ParticipationStatus = 'calon' | 'diajukan' | 'aktif' | 'berakhir' | 'ditolak';
export type EndReason = 'meninggal' | 'berhenti' | 'pindah' | 'tidak-memenuhi-syarat' | 'akhir-pks';
export type TemplateKind = 'registration' | 'non-active' | 'answer';
export type WaitlistOrder = 'decile-then-registered' | 'registered';
export type AnswerOutcome = 'activated' | 'refused' | 'unmatched' | 'invalid' | 'duplicate' | 'unchanged';

/** One column of an export template: where its value comes from and how it is written. */
export interface ExportColumn { header: string; field: string; value?: string; format: 'text' | 'integer' | 'dd-mm-yyyy' }
/** One field of an answer template: the header spellings accepted for it. */
export interface AnswerColumn { field: string; aliases: string[]; required: boolean }

export interface BpjsTemplateTable {
  name: string;
  version: number;
  kind: TemplateKind;
  title: string;
  columns: Json<ExportColumn[] | AnswerColumn[]>;
  confirmed: Generated<boolean>;
  source_note: Generated<string>;
  effective_from: IsoDate;
  created_at: Generated<Timestamp>;
}

export interface EnrolmentSettingTable {
  tenant_code: string;
  waitlist_order: Generated<WaitlistOrder>;
  registration_template: Generated<string>;
  updated_at: Generated<Timestamp>;
}

export interface EnrolmentBatchTable {
  tenant_code: string;
  id: Generated<Int8>;
  kind: 'registration' | 'non-active';
  agreement_id: Int8 | null;
  template_name: string;
  template_version: number;
  participants: Generated<number>;
  status: Generated<'open' | 'answered'>;
  created_by: Int8 | null;
  created_by_username: string | null;
  created_at: Generated<Timestamp>;
  answered_at: Timestamp | null;
}

export interface ParticipationTable {
  tenant_code: string;
  id: Generated<Int8>;
  person_id: Int8;
  membership_id: Int8;
  nik: string;
  worker_group: 'non-asn' | 'rentan';
  opd_id: Int8 | null;
  village_code: string | null;
  agreement_id: Int8;
  group_id: Int8;
  programmes: string[];
  status: Generated<ParticipationStatus>;
  starts_on: IsoDate;
  coverage_from: IsoDate | null;
  coverage_to: IsoDate;
  kpj: string | null;
  batch_id: Int8 | null;
  non_active_batch_id: Int8 | null;
  replaces_id: Int8 | null;
  end_reason: EndReason | null;
  ended_on: IsoDate | null;
  refusal_reason: string | null;
  example: Generated<boolean>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface ParticipationHistoryTable {
  tenant_code: string;
  id: Generated<Int8>;
  participation_id: Int8;
  at: Generated<Timestamp>;
  actor_id: Int8 | null;
  actor_username: string | null;
  action: string;
  from_status: ParticipationStatus | null;
  to_status: ParticipationStatus;
  batch_id: Int8 | null;
  changes: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface EnrolmentAnswerTable {
  tenant_code: string;
  id: Generated<Int8>;
  file_name: string;
  file_sha256: string;
  format: 'csv' | 'xlsx';
  template_name: string;
  template_version: number;
  rows: number;
  activated: number;
  refused: number;
  unmatched: number;
  invalid: number;
  duplicates: number;
  unchanged: Generated<number>;
  /** the file's header row (migration 0013) */
  headers: ColumnType<string[], string | undefined, string>;
  created_by: Int8 | null;
  created_by_username: string | null;
  created_at: Generated<Timestamp>;
}

export interface EnrolmentAnswerRowTable {
  tenant_code: string;
  answer_id: Int8;
  row_no: number;
  nik: string | null;
  kpj: string | null;
  coverage_from: string | null;
  answer_status: string | null;
  answer_reason: string | null;
  outcome: AnswerOutcome;
  outcome_reason: string | null;
  participation_id: Int8 | null;
  raw: Json<string[]>;
}

export interface EnrolmentTables {
  bpjs_template: BpjsTemplateTable;
  enrolment_setting: EnrolmentSettingTable;
  enrolment_batch: EnrolmentBatchTable;
  participation: ParticipationTable;
  participation_history: ParticipationHistoryTable;
  enrolment_answer: EnrolmentAnswerTable;
  enrolment_answer_row: EnrolmentAnswerRowTable;
}
