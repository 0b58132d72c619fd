/**
 * What billing exposes to the reports roll-up (src/reports, issue #14 §5): the regencies whose bills,
 * payments (recorded or reversed) or late-fee switch changed since a moment. The figures themselves come
 * from the PKS ledger (payment-ledger.service `ledgerOf`), so the roll-up and the budget page never differ.
 * No actor: reports scopes what it shows.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export async function billingChangedTenantsSince(db: Db, since: Date): Promise<string[]> {
  const r = await sql<{ tenant_code: string }>`
    SELECT tenant_code FROM bill WHERE issued_at >= ${since}
    UNION SELECT tenant_code FROM payment WHERE created_at >= ${since} OR reversed_at >= ${since}
    UNION SELECT tenant_code FROM billing_agreement_setting WHERE updated_at >= ${since}`.execute(db);
  return r.rows.map((row) => row.tenant_code);
}
