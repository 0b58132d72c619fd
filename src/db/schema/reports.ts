/**
 * Reports tables (migration 0019): the participation roll-up with its refresh state, and the UCJ reference
 * figures (tenant-free); migration 0024: the PKS money and claims per tenant. Dates are 'YYYY-MM-DD' strings; `value` (numeric) comes back as a string.
 */
import type { ColumnType, Generated } from 'kysely';

type Int8 = number;
type IsoDate = string;

export type UcjReferenceKind = 'employed-population' | 'ucj-target' | 'bpjs-participants';

export interface ReportActiveTable {
  tenant_code: string;
  month: IsoDate;
  on_date: IsoDate;
  group_id: Int8;
  agreement_id: Int8;
  worker_group: 'non-asn' | 'rentan';
  opd_id: Int8 | null;
  village_code: string | null;
  unit: string;
  active: number;
}

export interface ReportTenantMonthTable {
  tenant_code: string;
  month: IsoDate;
  on_date: IsoDate;
  group_id: Int8;
  agreement_id: Int8;
  worker_group: 'non-asn' | 'rentan';
  active: number;
}

export interface ReportTenantStateTable {
  tenant_code: string;
  as_of: IsoDate;
  refreshed_at: Generated<Date>;
}

export interface ReportRefreshMarkTable {
  id: number;
  since: Date;
}

export interface UcjReferenceTable {
  kind: UcjReferenceKind;
  region_code: string;
  year: number;
  value: ColumnType<string, string | number, string | number>;
  source: string;
  example: Generated<boolean>;
  imported_at: Generated<Date>;
  imported_by: string | null;
}

/** Migration 0024: a PKS's money as billing's ledger computes it on `as_of` (the province and national views). */
export interface ReportPksFinanceTable {
  tenant_code: string;
  agreement_id: Int8;
  budget: Int8;
  billed: Int8;
  paid: Int8;
  outstanding: Int8;
  overdue: Int8;
  late_fees: Int8;
  as_of: IsoDate;
}

/** Migration 0024: claims per tenant and incident year. */
export interface ReportTenantClaimsTable {
  tenant_code: string;
  year: number;
  filed: number;
  approved: number;
  paid: number;
  refused: number;
  benefits_paid: Int8;
}

export interface ReportsTables {
  report_active: ReportActiveTable;
  report_tenant_month: ReportTenantMonthTable;
  report_tenant_state: ReportTenantStateTable;
  report_refresh_mark: ReportRefreshMarkTable;
  report_pks_finance: ReportPksFinanceTable;
  report_tenant_claims: ReportTenantClaimsTable;
  ucj_reference: UcjReferenceTable;
}
