/**
 * Participation facts for the reports roll-up (src/reports): the covered spans as a Kysely sub-query, and
 * the regencies whose participations changed since a moment (index participation_updated_idx, 0019).
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

/**
 * Every participation BPJS ever covered (`aktif`, or `berakhir` after activation), with the unit it counts
 * under. A participation is active on day d when coverage_from ≤ d ≤ coverage_to (coverage_to is the PKS
 * end, or the end date: covered through that day).
 */
export const coveredSpanSource = (db: Db) =>
  db.selectFrom('participation').select(['tenant_code', 'agreement_id', 'group_id', 'worker_group', 'opd_id', 'village_code', 'coverage_from', 'coverage_to'])
    .where('status', 'in', ['aktif', 'berakhir']).where('coverage_from', 'is not', null);

export async function changedTenantsSince(db: Db, since: Date): Promise<string[]> {
  const r = await sql<{ tenant_code: string }>`SELECT DISTINCT tenant_code FROM participation WHERE updated_at >= ${since}`.execute(db);
  return r.rows.map((row) => row.tenant_code);
}

/** The tenants that have any participation (the regencies with a programme). */
export async function tenantsWithParticipations(db: Db): Promise<string[]> {
  const r = await sql<{ tenant_code: string }>`SELECT DISTINCT tenant_code FROM participation`.execute(db);
  return r.rows.map((row) => row.tenant_code);
}
