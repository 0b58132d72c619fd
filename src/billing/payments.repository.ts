/** SQL on `payment` and `payment_allocation` (migration 0015): one query per function. */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export type PaymentRow = Awaited<ReturnType<typeof findPayment>> & object;

/** Payments of one PKS are recorded one at a time: the allocation replays every earlier payment. */
export async function lockAgreementPayments(tx: Db, tenantCode: string, agreementId: number): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('lindung.payment'), hashtext(${`${tenantCode}:${agreementId}`}))`.execute(tx);
}

export const findPayment = (db: Db, tenantCode: string, id: number) =>
  db.selectFrom('payment').selectAll().where('tenant_code', '=', tenantCode).where('id', '=', id).executeTakeFirst();

export const findPaymentBySp2d = (db: Db, tenantCode: string, agreementId: number, sp2dNumber: string) =>
  db.selectFrom('payment').selectAll().where('tenant_code', '=', tenantCode).where('agreement_id', '=', agreementId)
    .where('sp2d_number', '=', sp2dNumber).executeTakeFirst();

/** Every payment of these PKS (reversed ones too: the list shows them), in recording order. */
export const listPayments = (db: Db, tenantCode: string, agreementIds: number[]) =>
  db.selectFrom('payment').selectAll().where('tenant_code', '=', tenantCode)
    .where('agreement_id', 'in', agreementIds.length ? agreementIds : [-1]).orderBy('id').execute();

export const insertPayment = (tx: Db, row: {
  tenantCode: string; agreementId: number; sp2dNumber: string; paidOn: string; amount: number; account: string; billIds: number[];
  scan: { file: string; name: string; sha256: string } | null; example: boolean; actorId: number | null; actorUsername: string | null;
}) => tx.insertInto('payment').values({
  tenant_code: row.tenantCode, agreement_id: row.agreementId, sp2d_number: row.sp2dNumber, paid_on: row.paidOn, amount: row.amount,
  account: row.account, bill_ids: row.billIds, scan_file: row.scan?.file ?? null, scan_name: row.scan?.name ?? null,
  scan_sha256: row.scan?.sha256 ?? null, example: row.example, created_by_id: row.actorId, created_by_username: row.actorUsername,
}).returning('id').executeTakeFirstOrThrow().then((r) => Number(r.id));

export async function insertAllocations(tx: Db, tenantCode: string, paymentId: number, rows: { billId: number; amount: number }[]) {
  if (!rows.length) return;
  await tx.insertInto('payment_allocation')
    .values(rows.map((r) => ({ tenant_code: tenantCode, payment_id: paymentId, bill_id: r.billId, amount: r.amount }))).execute();
}

export const allocationsOf = (db: Db, tenantCode: string, paymentId: number) =>
  db.selectFrom('payment_allocation').select(['bill_id', 'amount']).where('tenant_code', '=', tenantCode)
    .where('payment_id', '=', paymentId).orderBy('bill_id').execute();

/** Marks a payment reversed; null when it already was (the row is never deleted). */
export const markReversed = (tx: Db, tenantCode: string, id: number, reason: string, username: string | null) =>
  tx.updateTable('payment').set({ reversed_at: sql`now()`, reversal_reason: reason, reversed_by_username: username })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).where('reversed_at', 'is', null)
    .returning('id').executeTakeFirst();

/** The CLI reverses by id alone: the tenant comes from the row (scope is checked on its PKS after). */
export const findPaymentAnyTenant = (db: Db, id: number) =>
  db.selectFrom('payment').selectAll().where('id', '=', id).executeTakeFirst();

export const allocationsOfPayments = (db: Db, tenantCode: string, paymentIds: number[]) =>
  db.selectFrom('payment_allocation').select(['payment_id', 'bill_id', 'amount']).where('tenant_code', '=', tenantCode)
    .where('payment_id', 'in', paymentIds.length ? paymentIds : [-1]).orderBy('payment_id').orderBy('bill_id').execute();

/** Attaches (or replaces) the stored scan of a payment. */
export const setScan = (tx: Db, tenantCode: string, id: number, scan: { file: string; name: string; sha256: string }) =>
  tx.updateTable('payment').set({ scan_file: scan.file, scan_name: scan.name, scan_sha256: scan.sha256 })
    .where('tenant_code', '=', tenantCode).where('id', '=', id).execute();
