/**
 * Reconciliation with BPJS's receipt statements (issue #12 item 4), completing the tables of 0015 before
 * any code wrote to them:
 * - a statement is matched against a set of PKS — one asked for, the branch's PKS for a `bpjs` uploader, or
 *   all of the regency's — so the reconciliation keeps that PKS (`agreement_id`) and, when every candidate
 *   PKS is with one BPJS branch, that branch (`branch_code`): a `bpjs` user reads only its own branch's;
 * - a row matched by NPP + month stands for every bill of that PKS and month (one per group), so a row keeps
 *   the PKS and all the bills it matched (`agreement_id`, `bill_ids`), not one bill;
 * - the row's status uses the words the Dinas uses (cocok / selisih / tidak-cocok / tidak-valid), as bill
 *   statuses do (lunas, kurang-bayar).
 * tenant_code leads every key and foreign key (Citus-ready); no triggers.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE reconciliation
      ADD COLUMN agreement_id bigint,
      ADD COLUMN branch_code text REFERENCES bpjs_branch (code),
      ADD FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement (tenant_code, id)`.execute(db);
  await sql`
    ALTER TABLE reconciliation_row
      DROP CONSTRAINT reconciliation_row_outcome_check,
      ADD CONSTRAINT reconciliation_row_outcome_check CHECK (outcome IN ('cocok', 'selisih', 'tidak-cocok', 'tidak-valid')),
      ADD COLUMN agreement_id bigint,
      ADD COLUMN bill_ids bigint[] NOT NULL DEFAULT '{}',
      ADD COLUMN received_total bigint,
      ADD FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement (tenant_code, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE reconciliation_row
      DROP COLUMN agreement_id, DROP COLUMN bill_ids, DROP COLUMN received_total,
      DROP CONSTRAINT reconciliation_row_outcome_check,
      ADD CONSTRAINT reconciliation_row_outcome_check CHECK (outcome IN ('matched', 'amount-differs', 'unmatched', 'invalid'))`.execute(db);
  await sql`ALTER TABLE reconciliation DROP COLUMN agreement_id, DROP COLUMN branch_code`.execute(db);
}
