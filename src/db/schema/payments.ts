/**
 * Payment tables (migration 0015, capability src/billing/ — helper files payments-*): SP2D payments and
 * what each paid when recorded, BPJS receipt statements (reconciliation) with every row, and the Dinas's
 * in-app notifications. Money is bigint integer rupiah; dates are 'YYYY-MM-DD' strings.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = Date;
type Int8 = number;
type IsoDate = string;

/** A statement row's status (migration 0020): matched, amount differs, no bill, unusable row. */
export type ReconciliationOutcome = 'cocok' | 'selisih' | 'tidak-cocok' | 'tidak-valid';
export type NotificationKind = 'bill-due-soon' | 'bill-overdue';

export interface PaymentTable {
  tenant_code: string;
  id: Generated<Int8>;
  agreement_id: Int8;
  sp2d_number: string;
  paid_on: IsoDate;
  amount: Int8;
  account: Generated<string>;
  bill_ids: ColumnType<Int8[], Int8[] | undefined, Int8[]>;
  scan_file: string | null;
  scan_name: string | null;
  scan_sha256: string | null;
  example: Generated<boolean>;
  created_at: Generated<Timestamp>;
  created_by_id: Int8 | null;
  created_by_username: string | null;
  reversed_at: Timestamp | null;
  reversal_reason: string | null;
  reversed_by_username: string | null;
}

export interface PaymentAllocationTable {
  tenant_code: string;
  payment_id: Int8;
  bill_id: Int8;
  amount: Int8;
}

export interface ReconciliationTable {
  tenant_code: string;
  id: Generated<Int8>;
  file_name: string;
  sha256: string;
  format: string;
  headers: string[];
  rows: number;
  matched: number;
  amount_differs: number;
  unmatched: number;
  invalid: number;
  created_at: Generated<Timestamp>;
  created_by_id: Int8 | null;
  created_by_username: string | null;
  /** The PKS asked for (migration 0020); null: the regency's (or the bpjs branch's) PKS. */
  agreement_id: Int8 | null;
  /** The one BPJS branch of every PKS it was matched against (a `bpjs` user reads only its own branch's). */
  branch_code: string | null;
}

export interface ReconciliationRowTable {
  tenant_code: string;
  reconciliation_id: Int8;
  row_no: number;
  bill_number: string | null;
  npp: string | null;
  month: IsoDate | null;
  amount: Int8 | null;
  received_on: IsoDate | null;
  outcome: ReconciliationOutcome;
  reason: string | null;
  bill_id: Int8 | null;
  expected: Int8 | null;
  raw: string[];
  /** Migration 0020: the PKS and every bill the row matched (NPP + month: one bill per group). */
  agreement_id: Int8 | null;
  bill_ids: ColumnType<Int8[], Int8[] | undefined, Int8[]>;
  /** What BPJS received in all rows of the file naming the same bill(s): compared with `expected`. */
  received_total: Int8 | null;
}

export interface BillingNotificationTable {
  tenant_code: string;
  id: Generated<Int8>;
  kind: NotificationKind;
  bill_id: Int8;
  bill_number: string;
  due_on: IsoDate;
  outstanding: Int8;
  created_at: Generated<Timestamp>;
  read_at: Timestamp | null;
  read_by_username: string | null;
}

export interface PaymentsTables {
  payment: PaymentTable;
  payment_allocation: PaymentAllocationTable;
  reconciliation: ReconciliationTable;
  reconciliation_row: ReconciliationRowTable;
  billing_notification: BillingNotificationTable;
}
