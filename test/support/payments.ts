/**
 * Bills for payment tests, written straight into `bill` (the billing run needs participants; payment
 * rules only need bills with amounts and due dates). Each bill gets a unique number.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/database';

let seq = 0;

export interface BillSpec { month: string; dueOn: string; amount: number; groupId: number; scheme?: 'pu' | 'bpu'; kind?: 'regular' | 'correction' }

export async function someBills(db: Db, tenantCode: string, agreementId: number, specs: BillSpec[]): Promise<number[]> {
  const ids: number[] = [];
  for (const b of specs) {
    const r = await sql<{ id: number }>`INSERT INTO bill (tenant_code, number, agreement_id, group_id, month, kind, scheme, due_on, participants, amount)
      VALUES (${tenantCode}, ${`TAG/UJI/${++seq}`}, ${agreementId}, ${b.groupId}, ${`${b.month}-01`}, ${b.kind ?? 'regular'}, ${b.scheme ?? 'pu'}, ${b.dueOn}, 10, ${b.amount})
      RETURNING id`.execute(db);
    ids.push(Number(r.rows[0]!.id));
  }
  return ids;
}

export async function setLateFee(db: Db, tenantCode: string, agreementId: number, on: boolean) {
  await sql`INSERT INTO billing_agreement_setting (tenant_code, agreement_id, late_fee) VALUES (${tenantCode}, ${agreementId}, ${on})
    ON CONFLICT (tenant_code, agreement_id) DO UPDATE SET late_fee = EXCLUDED.late_fee`.execute(db);
}
