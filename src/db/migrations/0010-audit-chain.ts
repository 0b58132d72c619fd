/**
 * The tamper-evident audit log (issue #16): each entry gets its place in one chain (`chain_seq`) and the
 * SHA-256 of the previous entry's hash and its own content (`chain_hash`). Writers insert as before, with
 * both null; the sealer (src/audit/audit-chain.service.ts) links committed entries in order under an
 * advisory lock, so an audit write never waits for another transaction. The partial index finds the
 * entries still to seal. audit_log is installation-wide (not a tenant table).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE audit_log ADD COLUMN chain_seq bigint, ADD COLUMN chain_hash bytea;
    CREATE UNIQUE INDEX audit_log_chain_seq_idx ON audit_log (chain_seq);
    CREATE INDEX audit_log_unsealed_idx ON audit_log (id) WHERE chain_seq IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log DROP COLUMN chain_seq, DROP COLUMN chain_hash`.execute(db);
}
