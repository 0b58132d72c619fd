/**
 * Catalogue queries of the backup: which tables and columns hold the installation's data, the applied
 * migrations, the sequences behind identity columns. Generic over the schema, so a table added by a later
 * migration is backed up without touching this file.
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';

/** Tables never copied: the migration bookkeeping (the schema comes from the code) and login sessions. */
const SKIPPED = ['kysely_migration', 'kysely_migration_lock', 'session'];

export interface TableColumns { name: string; columns: string[] }
export interface SequenceValue { name: string; value: string; isCalled: boolean }

export async function listDataTables(db: Db): Promise<TableColumns[]> {
  const { rows } = await sql<{ name: string; columns: string[] }>`
    SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> ALL(${SKIPPED})
    GROUP BY c.relname ORDER BY c.relname`.execute(db);
  return rows;
}

export async function listMigrations(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

export async function listSequences(db: Db): Promise<SequenceValue[]> {
  const { rows } = await sql<{ name: string; value: string | null }>`
    SELECT sequencename AS name, last_value::text AS value FROM pg_sequences
    WHERE schemaname = current_schema() ORDER BY sequencename`.execute(db);
  // a sequence never used has no last_value: restore it to "next value is its start" (is_called false)
  return rows.map((r) => ({ name: r.name, value: r.value ?? '1', isCalled: r.value !== null }));
}

export async function setSequences(db: Db, sequences: SequenceValue[]): Promise<void> {
  if (sequences.length === 0) return;
  await sql`SELECT setval(quote_ident(s.name)::regclass, s.value::bigint, s.is_called)
    FROM unnest(${sequences.map((s) => s.name)}::text[], ${sequences.map((s) => s.value)}::text[], ${sequences.map((s) => s.isCalled)}::bool[])
      AS s(name, value, is_called)`.execute(db);
}

/** Empties the tables a restore refills, and the sessions (everyone signs in again on the restored data). */
export async function truncateTables(db: Db, tables: string[]): Promise<void> {
  await sql`TRUNCATE ${sql.join([...tables, 'session'].map((t) => sql.id(t)))} RESTART IDENTITY`.execute(db);
}

/**
 * Triggers and foreign keys stay quiet for the rest of the transaction: the rows come from one consistent
 * snapshot, and the registry's guards (e.g. `person_no_truncate`, migration 0005) would refuse the
 * TRUNCATE. Needs a superuser (the embedded server's `postgres`) or a role allowed to set it.
 */
export async function disableTriggersForTransaction(db: Db): Promise<void> {
  await sql`SET LOCAL session_replication_role = replica`.execute(db);
}
