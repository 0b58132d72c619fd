/**
 * Bill lines reference their bill without a row-level foreign key (issue #12 §13, bench/billing.bench.ts).
 *
 * A month's billing run inserts up to millions of bill lines in one statement. The foreign key
 * bill_line → bill checked every line on its own (a trigger call, an index probe and a row lock per line):
 * at 200,000 lines it was ~40 % of the run (2.1 of 5.5 s), as much as writing the lines themselves, and it
 * alone put the run above 1.5× a bare INSERT … SELECT of the same lines. The guarantee is kept by
 * construction, as for the other bulk tables (migration 0005, the report roll-ups of 0019) but without a
 * trigger (new triggers on tenant tables are not allowed):
 *  - lines are written only by the billing run (src/billing/billing-run.repository.ts), and every line's
 *    bill id is one the run inserted itself, earlier in the same transaction (INSERT … RETURNING id);
 *  - bills are never deleted, except a correction bill that found nothing to correct, in the run's own
 *    transaction and only while no line refers to it (`deleteEmptyBill` checks);
 *  - a bill's key never changes (nothing updates tenant_code or id).
 * `bill_line_tenant_code_bill_id_fkey` goes; the primary key (tenant_code, bill_id, …) still indexes the
 * lines by bill. The foreign keys onto bill from low-volume tables (payments, reconciliation) stay.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE bill_line DROP CONSTRAINT bill_line_tenant_code_bill_id_fkey`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE bill_line ADD CONSTRAINT bill_line_tenant_code_bill_id_fkey FOREIGN KEY (tenant_code, bill_id) REFERENCES bill (tenant_code, id)`.execute(db);
}
