/**
 * Payments of contributions (issue #12 items 3–7): SP2D payments against a PKS, what each was allocated
 * to when recorded, reversal columns (a payment is never deleted), BPJS receipt statements with every
 * row kept and its outcome, and the Dinas's in-app notifications (due-date reminders).
 *
 * - `payment` is idempotent by its SP2D number per PKS (UNIQUE (tenant_code, agreement_id, sp2d_number)):
 *   recording the same SP2D twice answers with the first. `bill_ids` keeps the bills the user picked,
 *   because the allocation is replayed from the payments in recording order (src/domain/payment-allocation.ts).
 * - `payment_allocation` is what the payment paid when it was recorded (the receipt). The bills' paid
 *   amounts today come from the replay: after a reversal or a new bill, credit moves on (PP 50/2025).
 * - `reconciliation` is idempotent by the file's SHA-256 per tenant.
 * - No triggers; tenant_code leads every key and foreign key (Citus-ready).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE payment (
      tenant_code text NOT NULL REFERENCES tenant (code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      agreement_id bigint NOT NULL,
      sp2d_number text NOT NULL CHECK (length(sp2d_number) BETWEEN 1 AND 100),
      paid_on date NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      account text NOT NULL DEFAULT '',
      bill_ids bigint[] NOT NULL DEFAULT '{}',
      scan_file text,
      scan_name text,
      scan_sha256 text,
      example boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by_id bigint,
      created_by_username text,
      reversed_at timestamptz,
      reversal_reason text,
      reversed_by_username text,
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, agreement_id, sp2d_number),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement (tenant_code, id),
      CHECK ((reversed_at IS NULL) = (reversal_reason IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX payment_agreement_idx ON payment (tenant_code, agreement_id, id)`.execute(db);
  await sql`
    CREATE TABLE payment_allocation (
      tenant_code text NOT NULL,
      payment_id bigint NOT NULL,
      bill_id bigint NOT NULL,
      amount bigint NOT NULL CHECK (amount > 0),
      PRIMARY KEY (tenant_code, payment_id, bill_id),
      FOREIGN KEY (tenant_code, payment_id) REFERENCES payment (tenant_code, id),
      FOREIGN KEY (tenant_code, bill_id) REFERENCES bill (tenant_code, id)
    )`.execute(db);
  await sql`
    CREATE TABLE reconciliation (
      tenant_code text NOT NULL REFERENCES tenant (code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      file_name text NOT NULL,
      sha256 text NOT NULL,
      format text NOT NULL,
      headers text[] NOT NULL,
      rows integer NOT NULL,
      matched integer NOT NULL,
      amount_differs integer NOT NULL,
      unmatched integer NOT NULL,
      invalid integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by_id bigint,
      created_by_username text,
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, sha256)
    )`.execute(db);
  await sql`
    CREATE TABLE reconciliation_row (
      tenant_code text NOT NULL,
      reconciliation_id bigint NOT NULL,
      row_no integer NOT NULL,
      bill_number text,
      npp text,
      month date,
      amount bigint,
      received_on date,
      outcome text NOT NULL CHECK (outcome IN ('matched','amount-differs','unmatched','invalid')),
      reason text,
      bill_id bigint,
      expected bigint,
      raw text[] NOT NULL,
      PRIMARY KEY (tenant_code, reconciliation_id, row_no),
      FOREIGN KEY (tenant_code, reconciliation_id) REFERENCES reconciliation (tenant_code, id),
      FOREIGN KEY (tenant_code, bill_id) REFERENCES bill (tenant_code, id)
    )`.execute(db);
  // BPJS's employer number (NPP) of a PKS: its receipt statements may name it instead of a bill number
  await sql`ALTER TABLE billing_agreement_setting ADD COLUMN npp text CHECK (npp ~ '^[0-9A-Za-z.-]{1,30}$')`.execute(db);
  await sql`CREATE UNIQUE INDEX billing_agreement_setting_npp_key ON billing_agreement_setting (tenant_code, npp) WHERE npp IS NOT NULL`.execute(db);
  await sql`
    CREATE TABLE billing_notification (
      tenant_code text NOT NULL REFERENCES tenant (code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL CHECK (kind IN ('bill-due-soon','bill-overdue')),
      bill_id bigint NOT NULL,
      bill_number text NOT NULL,
      due_on date NOT NULL,
      outstanding bigint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      read_by_username text,
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, bill_id, kind),
      FOREIGN KEY (tenant_code, bill_id) REFERENCES bill (tenant_code, id)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['billing_notification', 'reconciliation_row', 'reconciliation', 'payment_allocation', 'payment']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
  await sql`ALTER TABLE billing_agreement_setting DROP COLUMN IF EXISTS npp`.execute(db);
}
