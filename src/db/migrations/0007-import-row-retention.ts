/**
 * Retention of staged import rows (UU 27/2022 on personal data protection, Pasal 16 (2): personal data is
 * deleted once its retention period ends). A decided batch's rows are purged after the configured number
 * of days (src/imports/import-retention.service.ts); the batch itself, its counts and its audit trail stay,
 * and `rows_purged_at` records when its rows went, so the rows page and error sheet can say so.
 * No index: import_batch holds one row per uploaded file, and the daily purge scans it in milliseconds.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_batch ADD COLUMN rows_purged_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_batch DROP COLUMN rows_purged_at`.execute(db);
}
