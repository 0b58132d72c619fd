/** SQL reading bills and their lines (migration 0014). One query per function; no actor here. */
import { sql } from 'kysely';
import type { Db } from '../db/database';

const BILL_COLUMNS = ['b.id', 'b.number', 'b.agreement_id', 'b.group_id', 'b.month', 'b.kind', 'b.scheme', 'b.due_on', 'b.due_rule_ids',
  'b.participants', 'b.jkk', 'b.jkm', 'b.jht', 'b.amount', 'b.issued_at', 'b.example'] as const;

export type BillRow = Awaited<ReturnType<typeof findBill>> & {};

export interface BillFilter { agreementId?: number; month?: string; ids?: number[] }

/** Bills of a tenant, oldest due first (the order payments allocate in). */
export function listBills(db: Db, tenantCode: string, f: BillFilter) {
  let q = db.selectFrom('bill as b').select(BILL_COLUMNS).where('b.tenant_code', '=', tenantCode);
  if (f.agreementId !== undefined) q = q.where('b.agreement_id', '=', f.agreementId);
  if (f.month !== undefined) q = q.where('b.month', '=', f.month);
  if (f.ids) q = q.where('b.id', 'in', f.ids.length ? f.ids : [-1]);
  return q.orderBy('b.due_on').orderBy('b.month').orderBy('b.id').execute();
}

export function findBill(db: Db, tenantCode: string, id: number) {
  return db.selectFrom('bill as b').select(BILL_COLUMNS).where('b.tenant_code', '=', tenantCode).where('b.id', '=', id).executeTakeFirst();
}

/**
 * The line a participant-month is billed on: the newest regular/susulan line, when the month's lines do
 * not net to zero (a pengurangan took it back).
 */
export async function findBilledLine(db: Db, tenantCode: string, participationId: number, month: string) {
  const rows = await db.selectFrom('bill_line as l')
    .innerJoin('bill as b', (j) => j.onRef('b.tenant_code', '=', 'l.tenant_code').onRef('b.id', '=', 'l.bill_id'))
    .select(['l.bill_id', 'b.number', 'l.kind', 'l.base', 'l.base_source', 'l.scheme', 'l.rule_ids', 'l.amount', 'l.jkk', 'l.jkm', 'l.jht'])
    .where('l.tenant_code', '=', tenantCode).where('l.participation_id', '=', participationId).where('l.month', '=', month)
    .orderBy('l.bill_id', 'desc').execute();
  const net = rows.reduce((n, r) => n + (r.kind === 'pengurangan' ? -1 : 1), 0);
  return net > 0 ? rows.find((r) => r.kind !== 'pengurangan') ?? null : null;
}

/** Per-bill line counts and sums by OPD or village (the bill's summary per unit). */
export function sumLinesByUnit(db: Db, tenantCode: string, billId: number) {
  return db.selectFrom('bill_line as l')
    .select(['l.opd_id', 'l.village_code',
      sql<number>`count(*) FILTER (WHERE l.kind <> 'pengurangan') - count(*) FILTER (WHERE l.kind = 'pengurangan')`.as('participants'),
      sql<number>`sum(l.amount)::bigint`.as('amount')])
    .where('l.tenant_code', '=', tenantCode).where('l.bill_id', '=', billId)
    .groupBy(['l.opd_id', 'l.village_code']).orderBy('l.opd_id').orderBy('l.village_code').execute();
}
