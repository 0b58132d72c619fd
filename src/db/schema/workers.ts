/**
 * Participant registry (person, membership, history, dedup reviews), the staged import (batch, rows,
 * fuzzy matches) and background jobs — migration 0004. Money is whole rupiah (int8 → number).
 */
import type { WorkerGroup } from '../../domain/worker-group';
import type { ColumnType, Generated } from 'kysely';

type Timestamp = Date;
type Int8 = number;
type IsoDate = string;
type Json<T> = ColumnType<T, string, string>;
type JsonNullable<T> = ColumnType<T | null, string | null | undefined, string | null>;

export type WorkerGroupColumn = WorkerGroup;

export interface JobTable {
  tenant_code: string;
  id: Generated<Int8>;
  kind: string;
  status: Generated<'running' | 'succeeded' | 'failed'>;
  phase: string | null;
  processed: Generated<Int8>;
  total: Int8 | null;
  percent: Generated<number>;
  rows_per_second: number | null;
  eta_seconds: number | null;
  result: JsonNullable<Record<string, unknown>>;
  error: JsonNullable<{ code: string; details: Record<string, unknown> }>;
  created_by: Int8 | null;
  created_by_username: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  finished_at: Timestamp | null;
}

export interface ImportBatchTable {
  tenant_code: string;
  id: Generated<Int8>;
  worker_group: WorkerGroupColumn;
  status: 'staged' | 'approved' | 'discarded';
  file_name: string;
  file_sha256: string;
  file_bytes: Int8;
  format: 'csv' | 'xlsx';
  sheet: string | null;
  encoding: string | null;
  delimiter: string | null;
  header_row: number;
  headers: Json<string[]>;
  column_map: Json<Record<string, number>>;
  unknown_columns: Json<string[]>;
  notes: Json<{ code: string; params?: Record<string, string | number> }[]>;
  opd_id: Int8 | null;
  village_code: string | null;
  rules_on: IsoDate;
  rows: Generated<number>;
  accepted: Generated<number>;
  rejected: Generated<number>;
  dup_in_file: Generated<number>;
  dup_in_registry: Generated<number>;
  fuzzy: Generated<number>;
  warnings: Generated<number>;
  created_by: Int8 | null;
  created_by_username: string | null;
  created_at: Generated<Timestamp>;
  decided_by: Int8 | null;
  decided_by_username: string | null;
  decided_at: Timestamp | null;
  approval: JsonNullable<Record<string, number>>;
  /** When the retention purge removed the batch's staged rows (migration 0007); null while they are kept. */
  rows_purged_at: Timestamp | null;
}

export interface ImportRowTable {
  tenant_code: string;
  batch_id: Int8;
  row_no: number;
  status: 'accepted' | 'rejected' | 'duplicate';
  nik: string | null;
  name: string | null;
  name_key: string | null;
  name_initials: string | null;
  birth_place: string | null;
  birth_date: IsoDate | null;
  sex: 'L' | 'P' | null;
  mother_name: string | null;
  address: string | null;
  village_code: string | null;
  phone: string | null;
  opd_id: Int8 | null;
  position: string | null;
  wage: Int8 | null;
  employment_start: IsoDate | null;
  occupation: string | null;
  income: Int8 | null;
  welfare_decile: number | null;
  reasons: JsonNullable<{ column?: string; code: string; params?: Record<string, string | number> }[]>;
  warnings: JsonNullable<{ column?: string; code: string; params?: Record<string, string | number> }[]>;
  raw: JsonNullable<string[]>;
  /** Earlier rows of the file sharing a fuzzy blocking key (src/imports/fuzzy-blocking.ts). */
  peer_rows: number[] | null;
}

export interface ImportMatchTable {
  tenant_code: string;
  batch_id: Int8;
  row_no: number;
  other_row_no: number | null;
  other_person_id: Int8 | null;
  score: number;
  signals: string[];
}

export interface PersonTable {
  tenant_code: string;
  id: Generated<Int8>;
  nik: string;
  name: string;
  name_key: string;
  name_initials: string;
  birth_place: string | null;
  birth_date: IsoDate;
  sex: 'L' | 'P';
  mother_name: string | null;
  address: string | null;
  village_code: string | null;
  phone: string | null;
  status: Generated<'active' | 'inactive' | 'merged'>;
  merged_into: Int8 | null;
  source_batch_id: Int8 | null;
  source_row_no: number | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface MembershipTable {
  tenant_code: string;
  id: Generated<Int8>;
  person_id: Int8;
  worker_group: WorkerGroupColumn;
  status: Generated<'active' | 'ended'>;
  opd_id: Int8 | null;
  position: string | null;
  wage: Int8 | null;
  employment_start: IsoDate | null;
  occupation: string | null;
  village_code: string | null;
  declared_income: Int8 | null;
  welfare_decile: number | null;
  started_on: IsoDate;
  ended_on: IsoDate | null;
  source_batch_id: Int8 | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface PersonHistoryTable {
  tenant_code: string;
  id: Generated<Int8>;
  person_id: Int8;
  at: Generated<Timestamp>;
  actor_id: Int8 | null;
  actor_username: string | null;
  action: string;
  batch_id: Int8 | null;
  changes: Json<Record<string, unknown>>;
}

export interface DedupReviewTable {
  tenant_code: string;
  id: Generated<Int8>;
  person_id: Int8;
  other_person_id: Int8;
  score: number;
  signals: string[];
  batch_id: Int8 | null;
  status: Generated<'pending' | 'merged' | 'kept'>;
  kept_person_id: Int8 | null;
  decided_by: Int8 | null;
  decided_by_username: string | null;
  decided_at: Timestamp | null;
  note: string | null;
  created_at: Generated<Timestamp>;
}

export interface WorkersTables {
  job: JobTable;
  import_batch: ImportBatchTable;
  import_row: ImportRowTable;
  import_match: ImportMatchTable;
  person: PersonTable;
  membership: MembershipTable;
  person_history: PersonHistoryTable;
  dedup_review: DedupReviewTable;
}
