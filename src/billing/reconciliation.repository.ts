/** SQL on `reconciliation` and `reconciliation_row` (migrations 0015, 0020): one query per function. */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { ReconciliationOutcome } from '../db/schema';

export type ReconciliationRecord = NonNullable<Awaited<ReturnType<typeof findReconciliation>>>;

/** One statement of a regency at a time: the same file uploaded twice at once is reconciled once. */
export async function lockTenantReconciliation(tx: Db, tenantCode: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('lindung.reconciliation'), hashtext(${tenantCode}))`.execute(tx);
}

export const findReconciliation = (db: Db, tenantCode: string, id: number) =>
  db.selectFrom('reconciliation').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();

export const findBySha = (db: Db, tenantCode: string, sha256: string) =>
  db.selectFrom('reconciliation').selectAll().where('tenant_code', '=', tenantCode).where('sha256', '=', sha256).executeTakeFirst();

/** Newest first; `branchCode` narrows to one BPJS branch's (a `bpjs` reader). */
export function listReconciliations(db: Db, tenantCode: string, branchCode: string | null, limit: number) {
  let q = db.selectFrom('reconciliation').selectAll().where('tenant_code', '=', tenantCode);
  if (branchCode !== null) q = q.where('branch_code', '=', branchCode);
  return q.orderBy('id', 'desc').limit(limit).execute();
}

export const insertReconciliation = (tx: Db, r: {
  tenantCode: string; fileName: string; sha256: string; format: string; headers: string[]; agreementId: number | null; branchCode: string | null;
  counts: { rows: number; matched: number; amountDiffers: number; unmatched: number; invalid: number }; actorId: number | null; actorUsername: string | null;
}) => tx.insertInto('reconciliation').values({
  tenant_code: r.tenantCode, file_name: r.fileName, sha256: r.sha256, format: r.format, headers: r.headers, agreement_id: r.agreementId,
  branch_code: r.branchCode, rows: r.counts.rows, matched: r.counts.matched, amount_differs: r.counts.amountDiffers, unmatched: r.counts.unmatched,
  invalid: r.counts.invalid, created_by_id: r.actorId, created_by_username: r.actorUsername,
}).returning('id').executeTakeFirstOrThrow().then((x) => Number(x.id));

export interface RowInsert {
  rowNo: number; billNumber: string | null; npp: string | null; month: string | null; amount: number | null; receivedOn: string | null;
  outcome: ReconciliationOutcome; reason: string | null; agreementId: number | null; billIds: number[]; expected: number | null;
  receivedTotal: number | null; raw: string[];
}

/** Every row of the statement, in chunks of one multi-row INSERT each (a statement holds at most 20,000 rows). */
export async function insertRows(tx: Db, tenantCode: string, reconciliationId: number, rows: RowInsert[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insertInto('reconciliation_row').values(rows.slice(i, i + 1000).map((r) => ({
      tenant_code: tenantCode, reconciliation_id: reconciliationId, row_no: r.rowNo, bill_number: r.billNumber, npp: r.npp,
      month: r.month ? `${r.month}-01` : null, amount: r.amount, received_on: r.receivedOn, outcome: r.outcome, reason: r.reason,
      bill_id: r.billIds.length === 1 ? r.billIds[0]! : null, agreement_id: r.agreementId, bill_ids: r.billIds, expected: r.expected,
      received_total: r.receivedTotal, raw: r.raw,
    }))).execute();
  }
}

/** The rows of a statement in file order; `outcomes` narrows (the error sheet: every row not `cocok`). */
export function listRows(db: Db, tenantCode: string, reconciliationId: number, outcomes?: ReconciliationOutcome[]) {
  let q = db.selectFrom('reconciliation_row').selectAll().where('tenant_code', '=', tenantCode).where('reconciliation_id', '=', reconciliationId);
  if (outcomes) q = q.where('outcome', 'in', outcomes);
  return q.orderBy('row_no').execute();
}
