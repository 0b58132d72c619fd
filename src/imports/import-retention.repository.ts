/**
 * SQL for the retention of staged import rows (one query per function): mark the decided batches past
 * retention, then delete their rows table by table — each one set-based statement, never a row loop.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface BatchKey { tenant_code: string; id: number }

/**
 * Marks approved/discarded batches decided more than `olderThanDays` ago whose rows are still kept, and
 * returns them. The UPDATE locks those batches: a concurrent run waits, then finds them marked and skips them.
 */
export function markBatchesPurged(db: Db, olderThanDays: number, tenantCode: string | null) {
  let q = db.updateTable('import_batch').set({ rows_purged_at: sql`now()` })
    .where('status', 'in', ['approved', 'discarded'])
    .where('decided_at', '<', sql<Date>`now() - make_interval(days => ${olderThanDays})`)
    .where('rows_purged_at', 'is', null);
  if (tenantCode !== null) q = q.where('tenant_code', '=', tenantCode);
  return q.returning(['tenant_code', 'id']).execute();
}

/** Deletes every staged row (or fuzzy candidate) of the given batches; answers how many went per batch. */
export async function deleteStagedOf(db: Db, table: 'import_row' | 'import_match', batches: readonly BatchKey[]) {
  const { rows } = await sql<{ tenant_code: string; batch_id: number; n: number }>`
    WITH gone AS (
      DELETE FROM ${sql.table(table)} t
      USING unnest(${batches.map((b) => b.tenant_code)}::text[], ${batches.map((b) => b.id)}::int8[]) AS b(tenant_code, id)
      WHERE t.tenant_code = b.tenant_code AND t.batch_id = b.id
      RETURNING t.tenant_code, t.batch_id)
    SELECT tenant_code, batch_id, count(*)::int AS n FROM gone GROUP BY tenant_code, batch_id`.execute(db);
  return rows;
}
