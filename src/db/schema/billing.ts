/**
 * Billing tables (migration 0014): bills and their participant-month lines, billing settings per tenant
 * and per PKS, and the tenant-free `holiday` reference table of the working-day calendar (src/calendar).
 * Money columns are bigint integer rupiah; months are 'YYYY-MM-01' date strings.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = Date;
type Int8 = number;
type IsoDate = string;

export type BillKind = 'regular' | 'correction';
export type BillLineKind = 'regular' | 'susulan' | 'pengurangan';
export type HolidayKind = 'national' | 'cuti-bersama';

export interface HolidayTable {
  date: IsoDate;
  kind: HolidayKind;
  name_id: string;
  name_en: string;
  recurring: Generated<boolean>;
  source: string;
  entered_by: Generated<string>;
  example: Generated<boolean>;
  created_at: Generated<Timestamp>;
}

export interface BillingSettingTable {
  tenant_code: string;
  whole_month: Generated<boolean>;
  pu_grace_months: Generated<number>;
  updated_at: Generated<Timestamp>;
}

export interface BillingAgreementSettingTable {
  tenant_code: string;
  agreement_id: Int8;
  late_fee: Generated<boolean>;
  updated_at: Generated<Timestamp>;
}

export interface BillTable {
  tenant_code: string;
  id: Generated<Int8>;
  number: string;
  agreement_id: Int8;
  group_id: Int8;
  month: IsoDate;
  kind: BillKind;
  scheme: 'pu' | 'bpu';
  due_on: IsoDate;
  due_rule_ids: ColumnType<string[], string[] | undefined, string[]>;
  participants: Generated<number>;
  jkk: Generated<Int8>;
  jkm: Generated<Int8>;
  jht: Generated<Int8>;
  amount: Generated<Int8>;
  issued_at: Generated<Timestamp>;
  issued_by: string | null;
  example: Generated<boolean>;
}

export interface BillLineTable {
  tenant_code: string;
  bill_id: Int8;
  participation_id: Int8;
  month: IsoDate;
  kind: BillLineKind;
  group_id: Int8;
  base: Int8;
  base_source: string;
  scheme: 'pu' | 'bpu';
  risk_class: string | null;
  funding: string;
  jkk: Int8;
  jkm: Int8;
  jht: Generated<Int8>;
  amount: Int8;
  rule_ids: string[];
  reason: string | null;
  reason_on: IsoDate | null;
  worker_group: string;
  opd_id: Int8 | null;
  village_code: string | null;
}

export interface BillingTables {
  holiday: HolidayTable;
  billing_setting: BillingSettingTable;
  billing_agreement_setting: BillingAgreementSettingTable;
  bill: BillTable;
  bill_line: BillLineTable;
}
