/**
 * Foundation tables. Reference tables (region, bpjs_branch, regulation_rule) are tenant-free; every
 * tenant-owned table leads its primary key and its foreign keys with `tenant_code` (the Kemendagri
 * regency code), so the schema can later be distributed by that column.
 */
import type { ColumnType, Generated } from 'kysely';

/** timestamptz comes back as Date. int8 is parsed to number in the pool (safe-integer checked). */
type Timestamp = Date;
type Int8 = number;

export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

export interface RegionTable {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
}

export interface BpjsBranchTable {
  code: string;
  name: string;
  province_code: string;
}

export interface BpjsBranchAreaTable {
  branch_code: string;
  regency_code: string;
}

export interface TenantTable {
  code: string;
  name: string;
  province_code: string;
  created_at: Generated<Timestamp>;
}

export interface OpdTable {
  tenant_code: string;
  id: Generated<Int8>;
  name: string;
  kind: string;
  created_at: Generated<Timestamp>;
}

export type Role = 'admin' | 'dinas' | 'opd' | 'desa' | 'bpjs' | 'viewer' | 'auditor';

export interface AppUserTable {
  id: Generated<Int8>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  tenant_code: string | null;
  opd_id: Int8 | null;
  village_code: string | null;
  branch_code: string | null;
  /** viewer/auditor scope: a province or regency code; null = national. */
  region_scope: string | null;
  must_change_password: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: Generated<Timestamp>;
  password_changed_at: Generated<Timestamp>;
}

export interface SessionTable {
  token_hash: string;
  user_id: Int8;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<Int8>;
  at: Generated<Timestamp>;
  actor_id: Int8 | null;
  actor_username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  tenant_code: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Place in the hash chain; null until the sealer links the entry (migration 0010). */
  chain_seq: ColumnType<Int8 | null, never, Int8 | null>;
  chain_hash: ColumnType<Buffer | null, never, Buffer | null>;
}

export interface FoundationTables {
  region: RegionTable;
  bpjs_branch: BpjsBranchTable;
  bpjs_branch_area: BpjsBranchAreaTable;
  tenant: TenantTable;
  opd: OpdTable;
  app_user: AppUserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
}
