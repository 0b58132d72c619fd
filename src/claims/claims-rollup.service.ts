/**
 * What claims expose to the reports roll-up (src/reports, issue #14 §5): the regencies whose claims changed
 * since a moment (index claim_updated_idx, migration 0024) and each regency's claims per incident year —
 * filed, approved (approved or paid), paid, refused, benefits paid — in one grouped scan. No actor.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface ClaimYearTotals { tenantCode: string; year: number; filed: number; approved: number; paid: number; refused: number; benefitsPaid: number }

export async function claimChangedTenantsSince(db: Db, since: Date): Promise<string[]> {
  const r = await sql<{ tenant_code: string }>`SELECT DISTINCT tenant_code FROM claim WHERE updated_at >= ${since}`.execute(db);
  return r.rows.map((row) => row.tenant_code);
}

export async function claimYearTotals(db: Db, tenants: string[]): Promise<ClaimYearTotals[]> {
  const r = await sql<ClaimYearTotals>`
    SELECT tenant_code AS "tenantCode", extract(year FROM incident_date)::int AS year, count(*)::int AS filed,
           count(*) FILTER (WHERE status IN ('disetujui', 'dibayar'))::int AS approved,
           count(*) FILTER (WHERE status = 'dibayar')::int AS paid,
           count(*) FILTER (WHERE status = 'ditolak')::int AS refused,
           coalesce(sum(paid_amount), 0)::int8 AS "benefitsPaid"
    FROM claim WHERE tenant_code = ANY(${tenants}::text[])
    GROUP BY 1, 2`.execute(db);
  return r.rows.map((row) => ({ ...row, benefitsPaid: Number(row.benefitsPaid) }));
}
