/**
 * The staged import as sources for another capability's set-based statement (the registry's approval
 * writes persons and memberships INSERT … SELECT from them). Builders only: nothing runs here, the
 * caller embeds them as sub-queries, which PostgreSQL flattens into the plan of a join on the table.
 */
import type { Db } from '../db/database';

/** The accepted rows of one batch: what an approval registers. */
export const acceptedRowSource = (db: Db, tenantCode: string, batchId: number) =>
  db.selectFrom('import_row').selectAll().where('tenant_code', '=', tenantCode).where('batch_id', '=', batchId).where('status', '=', 'accepted');

/** Every accepted staged row (for a join on tenant, batch and row number). */
export const anyAcceptedRowSource = (db: Db) => db.selectFrom('import_row').selectAll().where('status', '=', 'accepted');

/** The fuzzy candidates found for one batch (a row against another row or a registered person). */
export const batchMatchSource = (db: Db, tenantCode: string, batchId: number) =>
  db.selectFrom('import_match').selectAll().where('tenant_code', '=', tenantCode).where('batch_id', '=', batchId);

/** Who created a person: the batch it came from (maker, checker, file). */
export const findBatchProvenance = (db: Db, tenantCode: string, batchId: number) =>
  db.selectFrom('import_batch').select(['id', 'file_name', 'created_by_username', 'created_at', 'decided_by_username', 'decided_at'])
    .where('tenant_code', '=', tenantCode).where('id', '=', batchId).executeTakeFirst();
