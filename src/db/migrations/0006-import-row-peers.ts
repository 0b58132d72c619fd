/**
 * Fuzzy-duplicate blocking moves out of SQL: while a file streams, the import files each accepted row
 * under its blocking keys and records the earlier rows sharing one (src/imports/fuzzy-blocking.ts). The
 * in-file fuzzy search then scores exactly those pairs instead of self-joining millions of name tokens.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_row ADD COLUMN peer_rows integer[]`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_row DROP COLUMN peer_rows`.execute(db);
}
